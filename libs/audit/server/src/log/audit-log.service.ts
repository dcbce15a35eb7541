import { Injectable } from '@nestjs/common';
import { AuditFilterInput, AuditPageInput, assertMayReadAuditLog, auditQueryOf } from '@qcdc/audit/domain';
import { Caller } from '@qcdc/shared/contracts';
import { TenantDb } from '@qcdc/shared/db';
import { AuditEntryRow, AuditLogRepository } from './audit-log.repository';

/** One page of the log, newest first, with the number of entries that match over all pages. */
export interface AuditLogSlice {
  entries: AuditEntryRow[];
  total: number;
  size: number;
  offset: number;
}

/** Reading the audit log: the caller's own tenant's, for its administrators only. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly db: TenantDb,
    private readonly log: AuditLogRepository,
  ) {}

  async page(caller: Caller, filter: AuditFilterInput | null, page: AuditPageInput | null): Promise<AuditLogSlice> {
    assertMayReadAuditLog(caller);
    const query = auditQueryOf(filter, page);
    const { rows, total } = await this.db.transaction((em) => this.log.page(em, query));
    return { entries: rows, total, size: query.size, offset: query.offset };
  }
}

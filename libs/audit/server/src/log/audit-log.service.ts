import { Injectable } from '@nestjs/common';
import { AuditFilterInput, AuditPageInput, assertMayReadAuditLog, auditQueryOf, changeList } from '@qcdc/audit/domain';
import { Caller } from '@qcdc/shared/contracts';
import { TenantDb } from '@qcdc/shared/db';
import { AuditLogPage } from './audit-log.types';
import { AuditLogRepository } from './audit-log.repository';

/** Reading the audit log: the caller's own tenant's, for its administrators only. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly db: TenantDb,
    private readonly log: AuditLogRepository,
  ) {}

  async page(caller: Caller, filter: AuditFilterInput | null, page: AuditPageInput | null): Promise<AuditLogPage> {
    assertMayReadAuditLog(caller);
    const query = auditQueryOf(filter, page);
    const { rows, total } = await this.db.transaction((em) => this.log.page(em, query));
    return {
      total,
      size: query.size,
      offset: query.offset,
      entries: rows.map((r) => ({
        id: r.id,
        occurredAt: r.occurredAt,
        actor: { userId: r.userId, role: r.role, orgUnitId: r.orgUnitId },
        action: r.action,
        objectType: r.objectType,
        objectId: r.objectId,
        changes: changeList(r.before, r.after),
        requestId: r.requestId,
      })),
    };
  }
}

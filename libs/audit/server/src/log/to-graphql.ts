import { changeList } from '@qcdc/audit/domain';
import { AuditEntry, AuditLogPage } from './audit-log.types';
import { AuditEntryRow } from './audit-log.repository';
import { AuditLogSlice } from './audit-log.service';

/** An entry as the log shows it: who under which membership, and each changed field with its before and after. */
const toAuditEntry = (r: AuditEntryRow): AuditEntry => ({
  id: r.id,
  occurredAt: r.occurredAt,
  actor: { userId: r.userId, role: r.role, orgUnitId: r.orgUnitId },
  action: r.action,
  objectType: r.objectType,
  objectId: r.objectId,
  changes: changeList(r.before, r.after),
  requestId: r.requestId,
});

export const toAuditLogPage = (slice: AuditLogSlice): AuditLogPage => ({
  entries: slice.entries.map(toAuditEntry),
  total: slice.total,
  size: slice.size,
  offset: slice.offset,
});

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditQuery } from '@qcdc/audit/domain';
import { JsonObject } from '@qcdc/shared/events';

export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  userId: string;
  role: string | null;
  orgUnitId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  before: JsonObject | null;
  after: JsonObject | null;
  requestId: string | null;
}

const WHERE = `($1::uuid IS NULL OR actor_user_id = $1) AND ($2::text IS NULL OR object_type = $2)
           AND ($3::text IS NULL OR object_id = $3) AND ($4::timestamptz IS NULL OR occurred_at >= $4)
           AND ($5::timestamptz IS NULL OR occurred_at < $5)`;

/** The current tenant's audit log, through its read model `audit.entry_log`. */
@Injectable()
export class AuditLogRepository {
  async page(em: EntityManager, q: AuditQuery): Promise<{ rows: AuditEntryRow[]; total: number }> {
    const filter = [q.userId, q.objectType, q.objectId, q.since, q.until];
    const rows: AuditEntryRow[] = await em.query(
      `SELECT event_id AS id, occurred_at AS "occurredAt", actor_user_id AS "userId", actor_role AS role,
              actor_org_unit_id AS "orgUnitId", action, object_type AS "objectType", object_id AS "objectId",
              before, after, request_id AS "requestId"
         FROM audit.entry_log WHERE ${WHERE}
        ORDER BY occurred_at DESC, event_id DESC LIMIT $6 OFFSET $7`,
      [...filter, q.size, q.offset],
    );
    const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM audit.entry_log WHERE ${WHERE}`, filter);
    return { rows, total };
  }
}

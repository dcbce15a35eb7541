import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditQuery } from '@qcdc/audit/domain';
import { firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
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

/** The current tenant's audit log, through its read model `audit.entry_log`. */
@Injectable()
export class AuditLogRepository {
  async page(em: EntityManager, q: AuditQuery): Promise<{ rows: AuditEntryRow[]; total: number }> {
    let filtered = qb.selectFrom('audit.entry_log');
    if (q.userId !== null) filtered = filtered.where('actor_user_id', '=', q.userId);
    if (q.objectType !== null) filtered = filtered.where('object_type', '=', q.objectType);
    if (q.objectId !== null) filtered = filtered.where('object_id', '=', q.objectId);
    if (q.since !== null) filtered = filtered.where('occurred_at', '>=', sql<Date>`${q.since}::timestamptz`);
    if (q.until !== null) filtered = filtered.where('occurred_at', '<', sql<Date>`${q.until}::timestamptz`);
    const rows = await rowsOf(
      em,
      filtered
        .select([
          'event_id as id',
          'occurred_at as occurredAt',
          'actor_user_id as userId',
          'actor_role as role',
          'actor_org_unit_id as orgUnitId',
          'action',
          'object_type as objectType',
          'object_id as objectId',
          'before',
          'after',
          'request_id as requestId',
        ])
        .orderBy('occurred_at', 'desc')
        .orderBy('event_id', 'desc')
        .limit(q.size)
        .offset(q.offset),
    );
    const counted = await firstOf(em, filtered.select((eb) => eb.fn.countAll<string>().as('total')));
    return { rows: rows as AuditEntryRow[], total: Number(counted?.total ?? 0) };
  }
}

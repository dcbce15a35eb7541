import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@qcdc/shared/events';

/** The append-only audit log of the current tenant, as the audit consumer writes it. */
@Injectable()
export class AuditEntryRepository {
  /** Files the entry of one event; false when this event id was filed before (a job delivered twice). */
  async file(em: EntityManager, e: EventEnvelope<'audit.recorded'>): Promise<boolean> {
    const p = e.payload;
    const rows = await em.query(
      `INSERT INTO audit.entries (tenant_id, event_id, occurred_at, actor_user_id, actor_role, actor_org_unit_id,
                                  action, object_type, object_id, before, after, request_id)
       VALUES (qcdc.current_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)
       ON CONFLICT (tenant_id, event_id) DO NOTHING RETURNING event_id`,
      [
        e.eventId,
        e.occurredAt,
        p.actor.userId,
        p.actor.role,
        p.actor.orgUnitId,
        p.action,
        p.object.type,
        p.object.id,
        p.before === null ? null : JSON.stringify(p.before),
        p.after === null ? null : JSON.stringify(p.after),
        p.requestId,
      ],
    );
    return rows.length === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentTenant, qb, rowsOf } from '@qcdc/shared/db';
import { EventEnvelope } from '@qcdc/shared/events';

/** The append-only audit log of the current tenant, as the audit consumer writes it. */
@Injectable()
export class AuditEntryRepository {
  /** Files the entry of one event; false when this event id was filed before (a job delivered twice). */
  async file(em: EntityManager, e: EventEnvelope<'audit.recorded'>): Promise<boolean> {
    const p = e.payload;
    const filed = await rowsOf(
      em,
      qb
        .insertInto('audit.entries')
        .values({
          tenant_id: currentTenant(),
          event_id: e.eventId,
          occurred_at: e.occurredAt,
          actor_user_id: p.actor.userId,
          actor_role: p.actor.role,
          actor_org_unit_id: p.actor.orgUnitId,
          action: p.action,
          object_type: p.object.type,
          object_id: p.object.id,
          before: p.before === null ? null : JSON.stringify(p.before),
          after: p.after === null ? null : JSON.stringify(p.after),
          request_id: p.requestId,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'event_id']).doNothing())
        .returning('event_id'),
    );
    return filed.length === 1;
  }
}

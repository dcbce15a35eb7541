import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentTenant, rowsOf, qb } from '@qcdc/shared/db';

/** The mail consumer's record of the events it has mailed, in the current tenant. */
@Injectable()
export class DeliveryRepository {
  /**
   * Claims an event for sending; false when it was mailed before (a job delivered twice). The claim commits
   * only after the message went out, so a failed send leaves no record and the retry sends again.
   */
  async claim(em: EntityManager, delivery: { eventId: string; template: string; recipient: string }): Promise<boolean> {
    const rows = await rowsOf(
      em,
      qb
        .insertInto('mail.deliveries')
        .values({ tenant_id: currentTenant(), event_id: delivery.eventId, template: delivery.template, recipient: delivery.recipient })
        .onConflict((oc) => oc.columns(['tenant_id', 'event_id']).doNothing())
        .returning('event_id'),
    );
    return rows.length === 1;
  }
}

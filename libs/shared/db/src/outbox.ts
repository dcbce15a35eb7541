import { EntityManager } from 'typeorm';
import { DomainEvent } from '@qcdc/shared/contracts';

/** Schemas that own an outbox table; the relay drains each. */
export const OUTBOX_SCHEMAS = ['tenancy', 'activities', 'scoring', 'reports'] as const;
export type OutboxSchema = (typeof OUTBOX_SCHEMAS)[number];

/** Channel notified on commit so the relay wakes at once instead of on its next poll. */
export const OUTBOX_CHANNEL = 'qcdc_outbox';

/**
 * Appends an event to the service's outbox inside the caller's transaction: the event exists if and only
 * if the change that caused it committed. The relay moves it to BullMQ later, so Redis being down delays
 * roll-ups and loses nothing.
 */
export async function appendToOutbox(em: EntityManager, schema: OutboxSchema, event: DomainEvent): Promise<void> {
  await em.query(
    `INSERT INTO ${schema}.outbox (tenant_id, topic, payload) VALUES (qcdc.current_tenant(), $1, $2::jsonb)`,
    [event.type, JSON.stringify(event)],
  );
  await em.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, schema]);
}

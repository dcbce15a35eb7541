import { EntityManager } from 'typeorm';
import { EVENTS, EventName, EventPayload, checkPayload } from '@qcdc/shared/events';
import { currentTenant, execute, qb, sql } from './query';

/** Schemas that own an outbox table; the relay drains each. */
export const OUTBOX_SCHEMAS = ['tenancy', 'activities', 'scoring', 'reports'] as const;
export type OutboxSchema = (typeof OUTBOX_SCHEMAS)[number];

/** The outbox table of a schema; every outbox has the same columns, so one of them types them all. */
export const outboxOf = (schema: OutboxSchema) => `${schema}.outbox` as 'tenancy.outbox';

/** Channel notified on commit so the relay wakes at once instead of on its next poll. */
export const OUTBOX_CHANNEL = 'qcdc_outbox';

/**
 * Publishes a domain event from the service's outbox, inside the caller's transaction: the event exists if
 * and only if the change that caused it committed. The payload is checked against the catalogue first; an
 * invalid one throws (InvalidEventError) and the whole transaction rolls back. The row belongs to the
 * transaction's tenant (row-level security checks it), which the relay puts into the envelope. The relay
 * moves it to every subscribed consumer's queue later, so Redis being down delays consumers and loses nothing.
 */
export async function publishEvent<N extends EventName>(
  em: EntityManager,
  schema: OutboxSchema,
  name: N,
  payload: EventPayload<N>,
): Promise<void> {
  const checked = checkPayload(name, payload);
  await execute(
    em,
    qb.insertInto(outboxOf(schema)).values({
      tenant_id: currentTenant(),
      topic: name,
      version: EVENTS[name].version,
      payload: JSON.stringify(checked),
    }),
  );
  await execute(em, qb.selectNoFrom(sql<void>`pg_notify(${OUTBOX_CHANNEL}, ${schema})`.as('notified')));
}

/**
 * Publishes many events of one name in one statement (an import's thousands of units and people), with the
 * same guarantees as `publishEvent`: every payload is checked first, and the rows commit with the change.
 */
export async function publishEvents<N extends EventName>(
  em: EntityManager,
  schema: OutboxSchema,
  name: N,
  payloads: readonly EventPayload<N>[],
): Promise<void> {
  if (payloads.length === 0) return;
  const checked = payloads.map((payload) => JSON.stringify(checkPayload(name, payload)));
  await execute(
    em,
    qb
      .insertInto(outboxOf(schema))
      .columns(['tenant_id', 'topic', 'version', 'payload'])
      .expression(
        qb.selectFrom(sql<{ payload: string }>`unnest(${checked}::jsonb[])`.as('p')).select([
          currentTenant().as('tenant_id'),
          sql<string>`${name}::text`.as('topic'),
          sql<number>`${EVENTS[name].version}::int`.as('version'),
          sql<string>`p`.as('payload'),
        ]),
      ),
  );
  await execute(em, qb.selectNoFrom(sql<void>`pg_notify(${OUTBOX_CHANNEL}, ${schema})`.as('notified')));
}

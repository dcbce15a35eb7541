import { Queue } from 'bullmq';
import { Client } from 'pg';
import { loadConfig } from '@qcdc/shared/config';
import { OUTBOX_SCHEMAS } from '@qcdc/shared/db';
import { CONSUMER_NAMES, ConsumerName, ConsumerRegistry, EventEnvelope, jobIdOf } from '@qcdc/shared/events';
import { ProvinceFixture, ThrowawayRedis, createProvince, freePort, ownerClient } from '@qcdc/shared/testing';
import { ConsumerQueues } from '../consumers/consumer-queues';
import { OutboxRelayService } from './outbox-relay.service';

/**
 * The relay against a real Redis that goes away and comes back: each event reaches the queue of every
 * consumer subscribed to it, as job `<consumer>.<event id>`; rows wait in the outbox while Redis is down;
 * nothing is lost or doubled. The registry here has one event with two subscribers.
 */
describe('outbox relay', () => {
  const registry: ConsumerRegistry = { rollups: ['report.submitted'], audit: ['report.submitted', 'audit.recorded'], documents: [], mail: [], reminders: [] };
  let owner: Client;
  let province: ProvinceFixture;
  let redis: ThrowawayRedis;
  let queues: ConsumerQueues;
  let relay: OutboxRelayService;

  const addOutboxRows = async (n: number, topic = 'report.submitted') => {
    const { rows } = await owner.query(
      `INSERT INTO reports.outbox (tenant_id, topic, version, payload)
       SELECT $1::uuid, $3, 1, jsonb_build_object('n', g) FROM generate_series(1, $2) g RETURNING id::text, event_id::text`,
      [province.tenantId, n, topic],
    );
    return rows.map((r) => ({ id: r.id as string, eventId: r.event_id as string }));
  };
  const unpublished = async () =>
    (await owner.query(`SELECT count(*)::int AS n FROM reports.outbox WHERE published_at IS NULL`)).rows[0].n;
  const waiting = async (consumer: ConsumerName) => queues[consumer].getWaitingCount();

  beforeAll(async () => {
    owner = await ownerClient();
    province = await createProvince(owner);
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const config = loadConfig('worker');
    queues = Object.fromEntries(
      CONSUMER_NAMES.map((name) => [
        name,
        new Queue<EventEnvelope>(name, {
          prefix: config.queuePrefix,
          connection: { host: '127.0.0.1', port: redis.port, enableOfflineQueue: false, maxRetriesPerRequest: null },
        }),
      ]),
    ) as ConsumerQueues;
    relay = new OutboxRelayService(config, queues, registry);
  });

  afterAll(async () => {
    await relay.onApplicationShutdown();
    for (const queue of Object.values(queues)) await queue.close().catch(() => undefined); // Redis may be down
    await redis.stop();
    await owner.end();
  });

  it('sends each committed row to every subscribed consumer, as <consumer>.<event id>, once', async () => {
    for (const schema of OUTBOX_SCHEMAS) await owner.query(`UPDATE ${schema}.outbox SET published_at = now()`); // only this test's rows count
    const rows = await addOutboxRows(3);
    expect(await relay.drain()).toBe(3);
    expect(await unpublished()).toBe(0);
    for (const { eventId } of rows) {
      for (const consumer of ['rollups', 'audit'] as const) {
        const job = await queues[consumer].getJob(jobIdOf(consumer, eventId));
        expect(job?.id).toBe(`${consumer}.${eventId}`);
        expect(job?.name).toBe('report.submitted');
        expect(job?.data).toEqual({
          eventId,
          name: 'report.submitted',
          version: 1,
          tenantId: province.tenantId,
          occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          payload: { n: expect.any(Number) },
        });
      }
    }
    expect(await relay.drain()).toBe(0);
    expect([await waiting('rollups'), await waiting('audit')]).toEqual([3, 3]);
  });

  it('sends a row only to its subscribers, and marks a row nobody subscribes to as published', async () => {
    const [audited] = await addOutboxRows(1, 'audit.recorded');
    const [unheard] = await addOutboxRows(1, 'org-unit.upserted');
    expect(await relay.drain()).toBe(2);
    expect(await unpublished()).toBe(0);
    expect(await queues.audit.getJob(jobIdOf('audit', audited.eventId))).toBeDefined();
    expect(await queues.rollups.getJob(jobIdOf('rollups', audited.eventId))).toBeUndefined();
    for (const consumer of CONSUMER_NAMES) expect(await queues[consumer].getJob(jobIdOf(consumer, unheard.eventId))).toBeUndefined();
  });

  it('keeps the rows while Redis is down and relays them when it is back', async () => {
    await redis.stop();
    const rows = await addOutboxRows(2);
    await expect(relay.drain()).rejects.toThrow();
    expect(await unpublished()).toBe(2);

    await redis.start(); // a fresh, empty Redis: as after a restart without persistence
    await waitFor(() => queues.rollups.getWaitingCount().then(() => true, () => false));
    expect(await relay.drain()).toBe(2);
    expect(await unpublished()).toBe(0);
    for (const { eventId } of rows) {
      expect(await queues.rollups.getJob(jobIdOf('rollups', eventId))).toBeDefined();
      expect(await queues.audit.getJob(jobIdOf('audit', eventId))).toBeDefined();
    }
  });

  it('relays a row twice as one job per consumer when it is published again (a crash before the mark)', async () => {
    const [{ id }] = await addOutboxRows(1);
    expect(await relay.drain()).toBe(1);
    const counts = [await waiting('rollups'), await waiting('audit')];
    await owner.query(`UPDATE reports.outbox SET published_at = NULL WHERE id = $1`, [id]);
    expect(await relay.drain()).toBe(1);
    expect([await waiting('rollups'), await waiting('audit')]).toEqual(counts);
  });
});

/** Polls a condition without sleeping a fixed time; fails after 10 s. */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met within 10 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

import { Queue } from 'bullmq';
import { Client } from 'pg';
import { loadConfig } from '@qcdc/shared/config';
import { OutboxJob, QUEUES } from '@qcdc/shared/contracts';
import { ProvinceFixture, ThrowawayRedis, createProvince, freePort, ownerClient } from '@qcdc/shared/testing';
import { OutboxRelayService, jobIdOf } from './outbox-relay.service';

/** The relay against a Redis that goes away and comes back: rows wait in the outbox, nothing is lost or doubled. */
describe('outbox relay', () => {
  let owner: Client;
  let province: ProvinceFixture;
  let redis: ThrowawayRedis;
  let queue: Queue<OutboxJob>;
  let relay: OutboxRelayService;

  const addOutboxRow = async (n: number) => {
    const { rows } = await owner.query(
      `INSERT INTO reports.outbox (tenant_id, topic, payload)
       SELECT $1::uuid, 'report.submitted', jsonb_build_object('type', 'report.submitted', 'tenantId', $1::text, 'n', g)
         FROM generate_series(1, $2) g RETURNING id::text, event_id::text`,
      [province.tenantId, n],
    );
    return rows.map((r) => ({ id: r.id as string, eventId: r.event_id as string }));
  };
  const unpublished = async () =>
    (await owner.query(`SELECT count(*)::int AS n FROM reports.outbox WHERE published_at IS NULL`)).rows[0].n;

  beforeAll(async () => {
    owner = await ownerClient();
    province = await createProvince(owner);
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const config = loadConfig('worker');
    queue = new Queue(QUEUES.rollups, {
      prefix: config.queuePrefix,
      connection: { host: '127.0.0.1', port: redis.port, enableOfflineQueue: false, maxRetriesPerRequest: null },
    });
    relay = new OutboxRelayService(config, queue);
  });

  afterAll(async () => {
    await relay.onApplicationShutdown();
    await queue.close().catch(() => undefined); // Redis may be down if a test failed midway
    await redis.stop();
    await owner.end();
  });

  it('moves committed rows to BullMQ with deterministic job ids, once', async () => {
    await owner.query(`UPDATE reports.outbox SET published_at = now()`); // only this test's rows count
    const ids = await addOutboxRow(3);
    expect(await relay.drain()).toBe(3);
    expect(await unpublished()).toBe(0);
    for (const { eventId } of ids) {
      const job = await queue.getJob(jobIdOf('reports', eventId));
      expect(job?.data.eventId).toBe(jobIdOf('reports', eventId));
      expect(job?.data.event.tenantId).toBe(province.tenantId);
    }
    expect(await relay.drain()).toBe(0);
    expect(await queue.getWaitingCount()).toBe(3);
  });

  it('keeps the rows while Redis is down and relays them when it is back', async () => {
    await redis.stop();
    const ids = await addOutboxRow(2);
    await expect(relay.drain()).rejects.toThrow();
    expect(await unpublished()).toBe(2);

    await redis.start(); // a fresh, empty Redis: as after a restart without persistence
    await waitFor(() => queue.getWaitingCount().then(() => true, () => false));
    expect(await relay.drain()).toBe(2);
    expect(await unpublished()).toBe(0);
    for (const { eventId } of ids) expect(await queue.getJob(jobIdOf('reports', eventId))).toBeDefined();
  });

  it('relays a row twice as one job when it is published again (a crash before the mark)', async () => {
    const [{ id }] = await addOutboxRow(1);
    expect(await relay.drain()).toBe(1);
    const count = await queue.getWaitingCount();
    await owner.query(`UPDATE reports.outbox SET published_at = NULL WHERE id = $1`, [id]);
    expect(await relay.drain()).toBe(1);
    expect(await queue.getWaitingCount()).toBe(count);
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

import { randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { Client } from 'pg';
import { loadConfig } from '@qcdc/shared/config';
import { OUTBOX_SCHEMAS, TenantDb, publishEvent, recordAudit } from '@qcdc/shared/db';
import { CONSUMER_NAMES, CONSUMERS, ConsumerName, EventEnvelope, EventPayload, InvalidEventError, jobIdOf } from '@qcdc/shared/events';
import { ConsumerQueues, EventConsumerHost, OutboxRelayService } from '@qcdc/shared/relay';
import { AuditConsumer } from '@qcdc/audit/server';
import { RollupConsumer, RollupService } from '@qcdc/rollups/server';
import { ProvinceFixture, ThrowawayRedis, createPeriod, createProvince, freePort, ownerClient, tenantDbFor, testClock } from '@qcdc/shared/testing';
// The repositories are not part of the libs' public API; the test builds the consumers as NestJS would.
import { RollupRepository } from '../../libs/rollups/server/src/rollups/rollup.repository';
import { AuditEntryRepository } from '../../libs/audit/server/src/entries/audit-entry.repository';

/**
 * Events end to end inside the worker's parts, against real PostgreSQL and Redis: payloads are checked on
 * publish, the relay fans events out to both consumers, each consumer applies each event once whatever the
 * order and however often it is delivered, and an event that fails the catalogue is dead-lettered with the
 * reason and applied nowhere.
 */
describe('events to many consumers', () => {
  let owner: Client;
  let province: ProvinceFixture;
  let periodId: string;
  let redis: ThrowawayRedis;
  let queues: ConsumerQueues;
  let relay: OutboxRelayService;
  const dbs: Record<'reports' | 'rollups' | 'audit', { db: TenantDb; close: () => Promise<void> }> = {} as never;
  /** The consumers of report submissions and audit entries (the mail consumer has its own test, through the stack). */
  let consumers: Record<'rollups' | 'audit', EventConsumerHost<ConsumerName>>;

  const submission = (unitId: string): EventPayload<'report.submitted'> => ({
    reportId: randomUUID(),
    unitId,
    periodId,
    submittedAt: '2026-12-01T03:00:00.000Z',
    late: false,
    scoreTotal: 92.5,
    band: 'TOT',
    snapshotId: null,
    number: 1,
    renderJobId: null,
    criteria: {},
  });
  const count = async (sql: string) => (await owner.query(sql, [province.tenantId])).rows[0].n as number;
  const auditEntries = () => count(`SELECT count(*)::int AS n FROM audit.entries WHERE tenant_id = $1`);
  const processed = () => count(`SELECT count(*)::int AS n FROM rollups.processed_events WHERE tenant_id = $1`);
  const submitted = () => count(`SELECT count(*)::int AS n FROM rollups.unit_standings WHERE tenant_id = $1 AND submitted_at IS NOT NULL`);
  const outboxRows = () => count(`SELECT count(*)::int AS n FROM reports.outbox WHERE tenant_id = $1`);
  const deadLetter = async (consumer: ConsumerName, jobId: string) =>
    (await owner.query(`SELECT reason FROM events.dead_letters WHERE consumer = $1 AND job_id = $2`, [consumer, jobId])).rows[0]
      ?.reason as string | undefined;
  /** Every job of a consumer's queue, as BullMQ hands them to the processor. */
  const jobsOf = async (consumer: ConsumerName) => (await queues[consumer].getJobs(['waiting'])) as Job<unknown>[];
  /** A job as the relay would send it, with any data at all. */
  const rawJob = async (consumer: ConsumerName, data: unknown) => {
    const id = jobIdOf(consumer, randomUUID());
    await queues[consumer].add('anything', data as EventEnvelope, { jobId: id });
    return (await queues[consumer].getJob(id)) as Job<unknown>;
  };

  beforeAll(async () => {
    owner = await ownerClient();
    province = await createProvince(owner, { units: 3 });
    periodId = await createPeriod(owner, province.tenantId);
    for (const role of ['reports', 'rollups', 'audit'] as const) dbs[role] = await tenantDbFor(role);
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const config = loadConfig('worker');
    const connection = { host: '127.0.0.1', port: redis.port, enableOfflineQueue: false, maxRetriesPerRequest: null };
    queues = Object.fromEntries(
      CONSUMER_NAMES.map((name) => [name, new Queue<EventEnvelope>(name, { prefix: `${config.queuePrefix}-events`, connection })]),
    ) as ConsumerQueues;
    relay = new OutboxRelayService(config, queues, CONSUMERS);
    consumers = {
      rollups: new RollupConsumer(new RollupService(dbs.rollups.db, new RollupRepository()), dbs.rollups.db.dataSource),
      audit: new AuditConsumer(dbs.audit.db, new AuditEntryRepository()),
    } as Record<'rollups' | 'audit', EventConsumerHost<ConsumerName>>;
    for (const schema of OUTBOX_SCHEMAS) await owner.query(`UPDATE ${schema}.outbox SET published_at = now()`); // only this test's rows
  });

  afterAll(async () => {
    await relay.onApplicationShutdown();
    for (const queue of Object.values(queues)) await queue.close().catch(() => undefined);
    await redis.stop();
    for (const { close } of Object.values(dbs)) await close();
    await owner.end();
  });

  it('refuses an invalid payload on publish, before anything of its transaction commits', async () => {
    const before = await outboxRows();
    const bad = { ...submission(province.unitIds[0]), scoreTotal: 'chín mươi' } as unknown as EventPayload<'report.submitted'>;
    await expect(
      dbs.reports.db.forTenant(province.tenantId, async (em) => {
        await publishEvent(em, 'reports', 'report.submitted', submission(province.unitIds[1])); // a valid one first
        await publishEvent(em, 'reports', 'report.submitted', bad);
      }),
    ).rejects.toThrow(InvalidEventError);
    await expect(
      dbs.reports.db.forTenant(province.tenantId, (em) =>
        publishEvent(em, 'reports', 'report.submitted', { ...submission(province.unitIds[0]), band: 'XUAT_SAC' as 'TOT' }),
      ),
    ).rejects.toThrow(/band/);
    expect(await outboxRows()).toBe(before);
  });

  it('fans events out to both consumers; each applies each event once, delivered twice and out of order', async () => {
    const by = { userId: randomUUID(), tenantId: province.tenantId, memberships: [] };
    await dbs.reports.db.forTenant(province.tenantId, async (em) => {
      for (const unitId of province.unitIds) {
        const payload = submission(unitId);
        await publishEvent(em, 'reports', 'report.submitted', payload);
        await recordAudit(em, 'reports', { by, action: 'report.submit', objectId: payload.reportId, after: { status: 'SUBMITTED' } });
      }
    });
    expect(await relay.drain()).toBe(6);
    const deliveries = { rollups: await jobsOf('rollups'), audit: await jobsOf('audit') };
    expect([deliveries.rollups.length, deliveries.audit.length]).toEqual([3, 3]);
    for (const consumer of ['rollups', 'audit'] as const) {
      for (const job of deliveries[consumer]) expect(job.id).toBe(jobIdOf(consumer, (job.data as EventEnvelope).eventId));
    }

    for (const consumer of ['rollups', 'audit'] as const) {
      const jobs = deliveries[consumer];
      const outcomes = [];
      // Newest first, then everything again: a late duplicate of each.
      for (const job of [...jobs].reverse()) outcomes.push(await consumers[consumer].process(job));
      for (const job of jobs) outcomes.push(await consumers[consumer].process(job));
      expect({ consumer, outcomes }).toEqual({ consumer, outcomes: [...Array(3).fill('applied'), ...Array(3).fill('duplicate')] });
    }
    expect([await processed(), await submitted(), await auditEntries()]).toEqual([3, 3, 3]);
  });

  it('dead-letters what fails the catalogue, with the reason, and applies none of it', async () => {
    const before = [await processed(), await submitted(), await auditEntries()];
    const valid: EventEnvelope<'report.submitted'> = {
      eventId: randomUUID(),
      name: 'report.submitted',
      version: 1,
      tenantId: province.tenantId,
      occurredAt: testClock().now().toISOString(),
      payload: submission(province.unitIds[0]),
    };
    const cases: ['rollups' | 'audit', unknown, RegExp][] = [
      ['rollups', { ...valid, payload: { ...valid.payload, scoreTotal: -5 } }, /payload of "report.submitted" v1: scoreTotal/],
      ['rollups', { ...valid, payload: { ...valid.payload, periodId: undefined } }, /periodId/],
      ['rollups', { ...valid, version: 2 }, /v2 is unknown/],
      ['rollups', { ...valid, name: 'report.deleted' }, /unknown event "report.deleted"/],
      ['rollups', { ...valid, tenantId: 'tinh-khac' }, /envelope: tenantId/],
      ['rollups', { ...valid, tenantId: randomUUID() }, /refused: This province does not exist/],
      ['audit', valid, /audit does not subscribe to "report.submitted"/],
      ['audit', { ...valid, name: 'audit.recorded', payload: { action: 'report.delete' } }, /payload of "audit.recorded" v1/],
      ['rollups', 'not an envelope', /envelope/],
    ];
    for (const [consumer, data, reason] of cases) {
      const job = await rawJob(consumer, data);
      expect(await consumers[consumer].process(job)).toBe('dead-lettered');
      expect({ data, reason: await deadLetter(consumer, String(job.id)) }).toEqual({ data, reason: expect.stringMatching(reason) });
    }
    expect([await processed(), await submitted(), await auditEntries()]).toEqual(before);
  });
});

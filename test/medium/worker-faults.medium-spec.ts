import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Band } from '@qcdc/shared/contracts';
import { OutboxSchema, TenantDb, publishEvent } from '@qcdc/shared/db';
import { EventName, EventPayload } from '@qcdc/shared/events';
import { summariseSubmissions } from '@qcdc/rollups/domain';
import {
  AppProcess,
  ProvinceFixture,
  ThrowawayRedis,
  createPeriod,
  createProvince,
  freePort,
  ownerClient,
  provinceRollupRow,
  tenantDbFor,
  testClock,
  waitForRollups,
  waitForStatus,
} from '@qcdc/shared/testing';

/**
 * The real worker process against faults: Redis going away and coming back, and the worker itself killed
 * with SIGKILL. Submissions made meanwhile wait in the outbox; afterwards the roll-ups equal a ground truth
 * computed independently, nothing lost and nothing counted twice. Uses a private Redis and restarts
 * everything it breaks.
 */
describe('the worker under faults', () => {
  let owner: Client;
  let reportsDb: { db: TenantDb; close: () => Promise<void> };
  let tenancyDb: { db: TenantDb; close: () => Promise<void> };
  let redis: ThrowawayRedis;
  let worker: AppProcess;
  let health: string;
  let province: ProvinceFixture;
  let periodId: string;
  const submitted: EventPayload<'report.submitted'>[] = [];

  const publish = <N extends EventName>(db: TenantDb, schema: OutboxSchema, name: N, payload: EventPayload<N>) =>
    db.forTenant(province.tenantId, (em) => publishEvent(em, schema, name, payload), { write: true });

  /** As ReportService.submit does: the event goes into the reports outbox in a committed transaction. */
  const submit = async (count: number) => {
    for (let i = 0; i < count; i += 1) {
      const unitId = province.unitIds[submitted.length];
      const band: Band = (['TOT', 'KHA', 'TRUNG_BINH', 'YEU'] as const)[submitted.length % 4];
      const event: EventPayload<'report.submitted'> = {
        reportId: randomUUID(),
        unitId,
        periodId,
        submittedAt: testClock().now().toISOString(),
        late: submitted.length % 3 === 0,
        scoreTotal: { TOT: 95, KHA: 80, TRUNG_BINH: 60, YEU: 40 }[band],
        band,
        snapshotId: null,
        number: 1,
        renderJobId: null,
        criteria: {},
      };
      await publish(reportsDb.db, 'reports', 'report.submitted', event);
      submitted.push(event);
    }
  };

  beforeAll(async () => {
    owner = await ownerClient();
    reportsDb = await tenantDbFor('reports');
    tenancyDb = await tenantDbFor('tenancy');
    province = await createProvince(owner, { units: 15 });
    periodId = await createPeriod(owner, province.tenantId);
    for (const [i, unitId] of province.unitIds.entries()) {
      await publish(tenancyDb.db, 'tenancy', 'org-unit.upserted', {
        unitId,
        code: `DV${i}`,
        name: `Đơn vị ${i}`,
        kind: 'UNIT',
        unitType: 'AGENCY',
        blocId: province.blocId,
        blocName: 'Khối',
        expectedFrom: null,
        closedOn: null,
        effectiveOn: null,
      });
    }
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const port = await freePort();
    health = `http://127.0.0.1:${port}/health`;
    worker = new AppProcess('worker', {
      ...process.env,
      REDIS_URL: redis.url,
      WORKER_PORT: String(port),
      QUEUE_PREFIX: `${process.env['QUEUE_PREFIX']}-faults`,
    });
    worker.start();
    await waitForStatus(health);
  }, 60_000);

  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await redis?.stop();
    await reportsDb?.close();
    await tenancyDb?.close();
    await owner?.end();
  });

  const expectTruth = async () => {
    await waitForRollups(owner, province.tenantId, 20_000);
    expect(await provinceRollupRow(owner, province.tenantId, periodId)).toEqual(summariseSubmissions(province.unitIds.length, submitted));
  };

  it('rolls up submissions while everything is up', async () => {
    await submit(5);
    await expectTruth();
  });

  it('keeps submissions made while Redis is down and rolls them up when it is back', async () => {
    await redis.stop();
    await waitForStatus(health, 503);
    await submit(5);
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n FROM reports.outbox WHERE tenant_id = $1 AND published_at IS NULL`,
      [province.tenantId],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    await redis.start();
    await waitForStatus(health);
    await expectTruth();
  }, 60_000);

  it('loses nothing when the worker is killed and started again', async () => {
    await worker.kill('SIGKILL');
    await submit(5);
    worker.start();
    await waitForStatus(health);
    await expectTruth();
  }, 60_000);
});

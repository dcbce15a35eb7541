import { ClsService, ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, roleDatabaseUrl } from '@qcdc/shared/config';
import { ProvinceFixture, createProvince, ownerClient } from '@qcdc/shared/testing';
import { TenantContext, TenantDb, lockUnitForSubmission, lockUnitForWrite, standaloneTransactionHost } from '@qcdc/shared/db';

/**
 * A write of a unit's records (activities, evidence, self-scores) and the unit's submission, in two services at
 * the same moment: the advisory lock on the unit orders them, so the submission never reads records that a
 * write still changes, and a write after it reads the report frozen. Waiting is seen in pg_locks, not timed.
 */
describe('the unit lock between writes and a submission', () => {
  let owner: Client;
  const sources: DataSource[] = [];
  let cls: ClsService;
  let province: ProvinceFixture;

  const dbOf = async (role: 'activities' | 'scoring' | 'reports') => {
    const dataSource = await new DataSource({ type: 'postgres', url: roleDatabaseUrl(loadConfig('worker'), role), extra: { max: 2 } }).initialize();
    sources.push(dataSource);
    return new TenantDb(dataSource, new TenantContext(cls), standaloneTransactionHost(dataSource));
  };
  /** Runs a transaction that takes the lock, then holds it until `release` is called. */
  const holding = (db: TenantDb, lock: typeof lockUnitForWrite, unitId: string) => {
    const gate: { promise?: Promise<void>; resolve?: () => void } = {};
    gate.promise = new Promise<void>((resolve) => (gate.resolve = resolve));
    let locked = false;
    const done = cls.run(async () => {
      new TenantContext(cls).setCaller({ userId: 'u', tenantId: province.tenantId, memberships: [] });
      await db.transaction(async (em) => {
        await lock(em, unitId);
        locked = true;
        await gate.promise;
      });
    });
    return { done, release: () => gate.resolve?.(), isLocked: () => locked };
  };
  const waitingOnAdvisoryLocks = async () =>
    (await owner.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).rows[0].n as number;
  const until = async (condition: () => boolean | Promise<boolean>) => {
    while (!(await condition())) await new Promise((resolve) => setImmediate(resolve));
  };

  beforeAll(async () => {
    owner = await ownerClient();
    cls = ClsServiceManager.getClsService();
    province = await createProvince(owner);
  });

  afterAll(async () => {
    await Promise.all(sources.map((s) => s.destroy()));
    await owner.end();
  });

  it('holds a submission until the writes in flight commit', async () => {
    const [activities, scoring, reports] = await Promise.all([dbOf('activities'), dbOf('scoring'), dbOf('reports')]);
    const unit = province.unitIds[0];
    const activityWrite = holding(activities, lockUnitForWrite, unit);
    const scoreWrite = holding(scoring, lockUnitForWrite, unit);
    await until(() => activityWrite.isLocked() && scoreWrite.isLocked()); // writers share the lock
    const submission = holding(reports, lockUnitForSubmission, unit);
    await until(async () => (await waitingOnAdvisoryLocks()) === 1);
    activityWrite.release();
    await activityWrite.done;
    expect(submission.isLocked()).toBe(false);
    scoreWrite.release();
    await scoreWrite.done;
    await until(submission.isLocked);
    submission.release();
    await submission.done;
  });

  it('holds a write until the submission in flight commits, and leaves other units alone', async () => {
    const [activities, reports] = await Promise.all([dbOf('activities'), dbOf('reports')]);
    const [unit, otherUnit] = province.unitIds;
    const submission = holding(reports, lockUnitForSubmission, unit);
    await until(submission.isLocked);
    const elsewhere = holding(activities, lockUnitForWrite, otherUnit);
    await until(elsewhere.isLocked);
    elsewhere.release();
    await elsewhere.done;
    const write = holding(activities, lockUnitForWrite, unit);
    await until(async () => (await waitingOnAdvisoryLocks()) === 1);
    expect(write.isLocked()).toBe(false);
    submission.release();
    await submission.done;
    await until(write.isLocked);
    write.release();
    await write.done;
  });
});

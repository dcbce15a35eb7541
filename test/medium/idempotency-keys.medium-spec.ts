import { randomUUID } from 'node:crypto';
import { ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DbRoleName, loadConfig, roleDatabaseUrl } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import {
  IDEMPOTENCY_RETENTION_DAYS,
  IdempotencyClaim,
  TenantContext,
  TenantDb,
  claimIdempotencyKey,
  execute,
  firstOf,
  qb,
  sql,
  standaloneTransactionHost,
  storeIdempotentResponses,
} from '@qcdc/shared/db';
import { ProvinceFixture, TEST_CLOCK_START, createProvince, ownerClient } from '@qcdc/shared/testing';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The claim of an idempotency key in PostgreSQL, as the subgraphs' interceptor uses it: stored answers come back,
 * another request under the key is told apart, a concurrent claim waits for the holder's commit (or takes over
 * after its rollback), a key counts for IDEMPOTENCY_RETENTION_DAYS by the application's clock and is purged
 * after; and a province created inside a keyed (platform) transaction.
 */
describe('idempotency keys in PostgreSQL', () => {
  let owner: Client;
  let province: ProvinceFixture;
  const sources: DataSource[] = [];
  /** The application's clock, which these tests move: `qcdc.now()` in the transactions TenantDb opens. */
  let now = new Date(TEST_CLOCK_START).getTime();
  const clock: Clock = { now: () => new Date(now) };

  async function tenantDb(role: DbRoleName): Promise<TenantDb> {
    const dataSource = await new DataSource({ type: 'postgres', url: roleDatabaseUrl(loadConfig('worker'), role), extra: { max: 4 } }).initialize();
    sources.push(dataSource);
    const host = standaloneTransactionHost(dataSource, `idempotency-${role}-${sources.length}`);
    return new TenantDb(dataSource, new TenantContext(ClsServiceManager.getClsService()), host, clock);
  }

  let db: TenantDb;
  const claimOf = (requestHash = 'a'.repeat(64)): IdempotencyClaim => ({ userId: randomUUID(), key: randomUUID(), requestHash });
  const claim = (c: IdempotencyClaim) => db.forTenant(province.tenantId, (em) => claimIdempotencyKey(em, 'activities', c));
  const claimAndStore = (c: IdempotencyClaim, responses: Record<string, string>) =>
    db.forTenant(province.tenantId, async (em) => {
      const claimed = await claimIdempotencyKey(em, 'activities', c);
      await storeIdempotentResponses(em, 'activities', c, responses);
      return claimed;
    });
  const rowsOfKey = async (key: string) =>
    (await owner.query(`SELECT count(*)::int AS n FROM activities.idempotency_keys WHERE idempotency_key = $1`, [key])).rows[0].n;

  beforeAll(async () => {
    owner = await ownerClient();
    province = await createProvince(owner);
    db = await tenantDb('activities');
  });

  afterAll(async () => {
    for (const s of sources) await s.destroy();
    await owner.end();
  });

  afterEach(() => {
    now = new Date(TEST_CLOCK_START).getTime();
  });

  it('gives back what was stored for the same request, and tells another request apart', async () => {
    const c = claimOf();
    expect(await claimAndStore(c, { recordActivity: 'first answer' })).toEqual({ reused: false, responses: {} });
    expect(await claim(c)).toEqual({ reused: false, responses: { recordActivity: 'first answer' } });
    expect(await claim({ ...c, requestHash: 'b'.repeat(64) })).toEqual({ reused: true });
    // Another person's key of the same value is theirs.
    expect(await claim({ ...c, userId: randomUUID() })).toEqual({ reused: false, responses: {} });
  });

  it('keeps no key when the transaction that claimed it rolls back', async () => {
    const c = claimOf();
    await expect(
      db.forTenant(province.tenantId, async (em) => {
        await claimIdempotencyKey(em, 'activities', c);
        await storeIdempotentResponses(em, 'activities', c, { recordActivity: 'lost' });
        throw new Error('the mutation failed');
      }),
    ).rejects.toThrow('the mutation failed');
    expect(await rowsOfKey(c.key)).toBe(0);
  });

  /** Two transactions on one key: the first claims and waits for `release`; the second claims while it holds. */
  async function race(first: 'commits' | 'rolls back', committedBefore: Record<string, string> | null = null) {
    const c = claimOf();
    if (committedBefore) await claimAndStore(c, committedBefore);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let claimed!: () => void;
    const firstClaimed = new Promise<void>((resolve) => (claimed = resolve));
    const holder = db
      .forTenant(province.tenantId, async (em) => {
        await claimIdempotencyKey(em, 'activities', c);
        claimed();
        await released;
        await storeIdempotentResponses(em, 'activities', c, { ...committedBefore, recordActivity: 'the holder’s answer' });
        if (first === 'rolls back') throw new Error('the holder failed');
      })
      .catch((e: Error) => e.message);
    await firstClaimed;
    let secondDone = false;
    const second = claim(c).then((result) => {
      secondDone = true;
      return result;
    });
    // The second claim waits on the holder's row lock (PostgreSQL says so), not on a timer of ours.
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error('the second claim never waited for the holder of the key');
      const { rows } = await owner.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%idempotency_keys%'`,
      );
      if (rows[0].n === 1) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(secondDone).toBe(false);
    release();
    await holder;
    return { result: await second, key: c.key };
  }

  it('makes a concurrent claim wait for the holder and answer what the holder committed', async () => {
    const { result, key } = await race('commits');
    expect(result).toEqual({ reused: false, responses: { recordActivity: 'the holder’s answer' } });
    expect(await rowsOfKey(key)).toBe(1);
  });

  it('lets a concurrent claim take the key over when the holder rolls back', async () => {
    const { result, key } = await race('rolls back');
    expect(result).toEqual({ reused: false, responses: {} });
    expect(await rowsOfKey(key)).toBe(1);
  });

  it('makes a claim of a key committed before wait too while a transaction holds it (a field of the request still to run)', async () => {
    const { result } = await race('commits', { first: 'ran before' });
    expect(result).toEqual({ reused: false, responses: { first: 'ran before', recordActivity: 'the holder’s answer' } });
  });

  it(`counts a key for ${IDEMPOTENCY_RETENTION_DAYS} days by the application's clock, then runs the request anew`, async () => {
    const c = claimOf();
    await claimAndStore(c, { recordActivity: 'old answer' });
    now += (IDEMPOTENCY_RETENTION_DAYS * DAY) - 1000;
    expect(await claim({ ...c, requestHash: 'c'.repeat(64) })).toEqual({ reused: true });
    expect(await claim(c)).toEqual({ reused: false, responses: { recordActivity: 'old answer' } });
    now += 2000;
    // Expired: taken over as a new key, by any request.
    expect(await claimAndStore({ ...c, requestHash: 'c'.repeat(64) }, { recordActivity: 'new answer' })).toEqual({ reused: false, responses: {} });
    expect(await claim({ ...c, requestHash: 'c'.repeat(64) })).toEqual({ reused: false, responses: { recordActivity: 'new answer' } });
    const { rows } = await owner.query(`SELECT created_at FROM activities.idempotency_keys WHERE idempotency_key = $1`, [c.key]);
    expect(rows[0].created_at.getTime()).toBe(now);
  });

  it('purges the tenant’s expired keys as keyed mutations store, and nothing younger nor of another province', async () => {
    const other = await createProvince(owner);
    const old = claimOf();
    const young = claimOf();
    await claimAndStore(old, { recordActivity: 'old' });
    await db.forTenant(other.tenantId, async (em) => {
      await claimIdempotencyKey(em, 'activities', old);
      await storeIdempotentResponses(em, 'activities', old, { recordActivity: 'other province' });
    });
    now += 10 * DAY;
    await claimAndStore(young, { recordActivity: 'young' });
    now += (IDEMPOTENCY_RETENTION_DAYS - 5) * DAY;
    expect(await rowsOfKey(old.key)).toBe(2);
    await claimAndStore(claimOf(), { recordActivity: 'the one that purges' });
    const { rows } = await owner.query(
      `SELECT tenant_id, idempotency_key FROM activities.idempotency_keys WHERE idempotency_key = ANY($1) ORDER BY 1`,
      [[old.key, young.key]],
    );
    expect(rows.map((r) => [r.tenant_id === other.tenantId ? 'other' : 'this', r.idempotency_key]).sort()).toEqual(
      [['other', old.key], ['this', young.key]].sort(),
    );
  });

  describe('a province created inside an open (keyed) transaction of the platform', () => {
    let tenancy: TenantDb;
    let opener: ProvinceFixture;
    const code = () => `idem-${randomUUID().slice(0, 8)}`;
    const createTenant = (tenantCode: string) => (em: Parameters<Parameters<TenantDb['forNewTenant']>[0]>[0]) =>
      firstOf(
        em,
        qb.insertInto('tenancy.tenants').values({ code: tenantCode, name: `Tỉnh ${tenantCode}`, kind: 'PROVINCE' }).returning('id'),
      ).then((row) => (row as { id: string }).id);
    const currentTenant = (em: Parameters<Parameters<TenantDb['forNewTenant']>[0]>[0]) =>
      firstOf(em, qb.selectNoFrom(sql<string>`qcdc.current_tenant()`.as('tenant'))).then((row) => row?.tenant);

    beforeAll(async () => {
      tenancy = await tenantDb('tenancy');
      opener = await createProvince(owner);
    });

    it('runs the new province’s work as that province, then the transaction is the opener’s again', async () => {
      const tenantCode = code();
      const seen = await tenancy.forTenant(opener.tenantId, async (em) => {
        const inside = await tenancy.forNewTenant(createTenant(tenantCode), async (inner, id) => {
          await execute(
            inner,
            qb.insertInto('tenancy.org_units').values({
              tenant_id: sql<string>`qcdc.current_tenant()`,
              code: 'BCD',
              name: 'Ban Chỉ đạo',
              kind: 'PROVINCE_COMMITTEE',
              unit_type: 'COMMITTEE',
            }),
          );
          // Nested work joins as the new province.
          const nested = await tenancy.forTenant(id, async (again) => currentTenant(again));
          return { id, nested };
        });
        return { ...inside, after: await currentTenant(em) };
      });
      expect(seen.nested).toBe(seen.id);
      expect(seen.after).toBe(opener.tenantId);
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM tenancy.org_units WHERE tenant_id = $1`, [seen.id]);
      expect(rows[0].n).toBe(1);
    });

    it('rolls the new province back with the opener’s transaction', async () => {
      const tenantCode = code();
      await expect(
        tenancy.forTenant(opener.tenantId, async () => {
          await tenancy.forNewTenant(createTenant(tenantCode), async () => undefined);
          throw new Error('the keyed mutation failed afterwards');
        }),
      ).rejects.toThrow('afterwards');
      const { rows } = await owner.query(`SELECT count(*)::int AS n FROM tenancy.tenants WHERE code = $1`, [tenantCode]);
      expect(rows[0].n).toBe(0);
    });
  });
});

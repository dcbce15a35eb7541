import { ClsService, ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig, roleDatabaseUrl } from '@qcdc/shared/config';
import { AppError, fixedClock } from '@qcdc/shared/contracts';
import { ProvinceFixture, createProvince, ownerClient } from '@qcdc/shared/testing';
import { MissingTenantError, TenantContext, TenantDb, standaloneTransactionHost } from '@qcdc/shared/db';

describe('TenantDb', () => {
  let owner: Client;
  let dataSource: DataSource;
  let cls: ClsService;
  let db: TenantDb;
  let province: ProvinceFixture;

  beforeAll(async () => {
    owner = await ownerClient();
    // A pool of 2, so that a code path that held one connection while asking for another would hang here.
    dataSource = await new DataSource({
      type: 'postgres',
      url: roleDatabaseUrl(loadConfig('worker'), 'activities'),
      extra: { max: 2 },
    }).initialize();
    cls = ClsServiceManager.getClsService();
    db = new TenantDb(dataSource, new TenantContext(cls), standaloneTransactionHost(dataSource));
    province = await createProvince(owner);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await owner.end();
  });

  const insertBriefing = (topic: string) => (em: { query: DataSource['query'] }) =>
    em.query(
      `INSERT INTO activities.activities (tenant_id, unit_id, kind, occurred_on, summary, recorded_by)
       VALUES (qcdc.current_tenant(), $1, 'BRIEFING', '2026-01-05', $2, gen_random_uuid())`,
      [province.unitIds[0], topic],
    );
  const count = async (topic: string) =>
    (await owner.query(`SELECT count(*)::int AS n FROM activities.activities WHERE summary = $1`, [topic])).rows[0].n;

  it('refuses to run without a caller in the context', async () => {
    await expect(db.transaction(async () => 1)).rejects.toBeInstanceOf(MissingTenantError);
    await cls.run(async () => expect(db.transaction(async () => 1)).rejects.toBeInstanceOf(MissingTenantError));
  });

  it('runs as the caller’s tenant, set transaction-locally', async () => {
    await cls.run(async () => {
      new TenantContext(cls).setCaller({ userId: 'u', tenantId: province.tenantId, memberships: [] });
      const tenant = await db.transaction(async (em) => (await em.query(`SELECT qcdc.current_tenant() AS t`))[0].t);
      expect(tenant).toBe(province.tenantId);
    });
    // The setting does not outlive the transaction on the pooled connection.
    const [row] = await dataSource.query(`SELECT current_setting('qcdc.tenant_id', true) AS t`);
    expect(row.t ?? '').toBe('');
  });

  it('rolls the whole unit of work back when it fails half-way', async () => {
    await expect(
      db.forTenant(province.tenantId, async (em) => {
        await insertBriefing('half-way')(em);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count('half-way')).toBe(0);
  });

  it('answers NOT_FOUND for a tenant that does not exist, and refuses ids that are not UUIDs', async () => {
    await expect(db.forTenant('00000000-0000-4000-8000-000000000000', async () => 1)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(db.forTenant("x'; DROP TABLE x; --", async () => 1)).rejects.toBeInstanceOf(MissingTenantError);
  });

  it('lets a suspended province read but not write', async () => {
    await owner.query(`UPDATE tenancy.tenants SET status = 'SUSPENDED' WHERE id = $1`, [province.tenantId]);
    try {
      await expect(db.forTenant(province.tenantId, async () => 'read')).resolves.toBe('read');
      const error = await db.forTenant(province.tenantId, insertBriefing('suspended'), { write: true }).catch((e) => e);
      expect((error as AppError).code).toBe('TENANT_SUSPENDED');
      expect(await count('suspended')).toBe(0);
    } finally {
      await owner.query(`UPDATE tenancy.tenants SET status = 'ACTIVE' WHERE id = $1`, [province.tenantId]);
    }
  });

  const backendPid = async (em: { query: DataSource['query'] }) => (await em.query(`SELECT pg_backend_pid() AS pid`))[0].pid;

  it('joins the open transaction: nested work runs on the same connection and rolls back with it', async () => {
    const pids = await db
      .forTenant(province.tenantId, async (em) => {
        const outer = await backendPid(em);
        await insertBriefing('joined')(em);
        const inner = await db.forTenant(province.tenantId, async (nested) => {
          await insertBriefing('joined')(nested);
          return backendPid(nested);
        });
        expect(inner).toBe(outer);
        throw new Error('undo both');
      })
      .catch((e: Error) => e.message);
    expect(pids).toBe('undo both');
    expect(await count('joined')).toBe(0);
  });

  it('refuses nested work for another tenant instead of mixing tenants in one transaction', async () => {
    const other = await createProvince(owner);
    await expect(db.forTenant(province.tenantId, () => db.forTenant(other.tenantId, async () => 1))).rejects.toThrow(
      /cannot run work for tenant/,
    );
  });

  it('finishes many more concurrent nested callers than the pool has connections', async () => {
    const callers = Array.from({ length: 40 }, (_, i) =>
      cls.run(() => {
        new TenantContext(cls).setCaller({ userId: `u${i}`, tenantId: province.tenantId, memberships: [] });
        return db.transaction(async (em) => {
          await em.query('SELECT pg_sleep(0.005)');
          return db.transaction(async (nested) => (await nested.query(`SELECT qcdc.current_tenant() AS t`))[0].t);
        });
      }),
    );
    const tenants = await Promise.all(callers);
    expect(new Set(tenants)).toEqual(new Set([province.tenantId]));
  });

  it('stamps rows with the injected clock’s time, not the database server’s', async () => {
    const clock = fixedClock(new Date('2031-01-02T03:04:05.000Z'));
    const clocked = new TenantDb(dataSource, new TenantContext(cls), standaloneTransactionHost(dataSource, 'clocked'), clock);
    await clocked.forTenant(province.tenantId, insertBriefing('clocked'));
    const { rows } = await owner.query(`SELECT created_at FROM activities.activities WHERE summary = 'clocked'`);
    expect(rows.map((r) => (r.created_at as Date).toISOString())).toEqual(['2031-01-02T03:04:05.000Z']);
  });
});

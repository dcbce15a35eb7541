import { Client } from 'pg';
import { DB_ROLES, DbRoleName } from '@qcdc/shared/config';
import { ProvinceFixture, createPeriod, createProvince, ownerClient, roleClient } from '@qcdc/shared/testing';

/**
 * Proof that tenant isolation lives in PostgreSQL itself, not only in the services' code: under province
 * A's tenant setting, raw SQL as any service role sees no row of province B, and the roles cannot turn
 * row-level security off.
 */
describe('row-level security', () => {
  let owner: Client;
  let a: ProvinceFixture;
  let b: ProvinceFixture;
  /** Every table with a tenant_id column in the services' schemas, read from the catalogue: it cannot go stale. */
  let tenantTables: { schema: string; table: string; rls: boolean; forced: boolean; policies: number }[];

  beforeAll(async () => {
    owner = await ownerClient();
    a = await createProvince(owner);
    b = await createProvince(owner);
    for (const p of [a, b]) {
      const periodId = await createPeriod(owner, p.tenantId);
      await owner.query(
        `INSERT INTO reports.reports (tenant_id, unit_id, period_id, status) VALUES ($1, $2, $3, 'DRAFT')`,
        [p.tenantId, p.unitIds[0], periodId],
      );
      const activity = await owner.query(
        `INSERT INTO activities.activities (tenant_id, unit_id, kind, occurred_on, facts, figures, summary, recorded_by)
         VALUES ($1, $2, 'BRIEFING', '2026-03-01', '{"topic": "Quán triệt"}', '{"present": 15, "eligible": 16}', '01 cuộc, có 15/16 người dự', gen_random_uuid())
         RETURNING id`,
        [p.tenantId, p.unitIds[0]],
      );
      await owner.query(
        `INSERT INTO activities.evidence_files (tenant_id, activity_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by)
         VALUES ($1, $2, 'bien-ban.pdf', 'application/pdf', 8, repeat('a', 64), $3 || '/' || gen_random_uuid(), gen_random_uuid())`,
        [p.tenantId, activity.rows[0].id, p.tenantId],
      );
      await owner.query(`INSERT INTO reports.outbox (tenant_id, topic, payload) VALUES ($1, 'test', '{}')`, [p.tenantId]);
      for (const schema of ['tenancy', 'activities', 'scoring', 'reports']) {
        await owner.query(
          `INSERT INTO ${schema}.idempotency_keys (tenant_id, user_id, idempotency_key, request_hash)
           VALUES ($1, gen_random_uuid(), gen_random_uuid(), repeat('a', 64))`,
          [p.tenantId],
        );
      }
      await owner.query(`INSERT INTO scoring.rubrics (tenant_id, year, name) VALUES ($1, 2026, 'Bộ tiêu chí')`, [
        p.tenantId,
      ]);
      await owner.query(
        `INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type) VALUES ($1, $2, 'DV0', 'Đơn vị', 'UNIT', 'AGENCY')`,
        [p.tenantId, p.unitIds[0]],
      );
      await owner.query(
        `INSERT INTO mail.deliveries (tenant_id, event_id, template, recipient) VALUES ($1, gen_random_uuid(), 'invitation', 'a@b.vn')`,
        [p.tenantId],
      );
      await owner.query(`INSERT INTO reminders.preferences (tenant_id, user_id, opt_out) VALUES ($1, gen_random_uuid(), true)`, [p.tenantId]);
      await owner.query(
        `INSERT INTO audit.entries (tenant_id, event_id, occurred_at, actor_user_id, action, object_type, object_id)
         VALUES ($1, gen_random_uuid(), now(), gen_random_uuid(), 'org-unit.create', 'org-unit', $2)`,
        [p.tenantId, p.unitIds[0]],
      );
    }
    const { rows } = await owner.query(
      `SELECT c.table_schema AS schema, c.table_name AS table, k.relrowsecurity AS rls, k.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = c.table_schema AND p.tablename = c.table_name
                  AND p.qual LIKE '%current_tenant%') AS policies
         FROM information_schema.columns c
         JOIN pg_class k ON k.relname = c.table_name
         JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
        WHERE c.column_name = 'tenant_id' AND k.relkind = 'r'
          AND c.table_schema IN ('tenancy', 'activities', 'scoring', 'reports', 'rollups', 'audit', 'mail', 'reminders')
        ORDER BY 1, 2`,
    );
    tenantTables = rows;
  });

  afterAll(() => owner.end());

  it('covers every tenant-owned table with forced RLS and a tenant policy, tenant_id leading the key', async () => {
    expect(tenantTables.length).toBeGreaterThanOrEqual(15);
    for (const t of tenantTables) {
      expect({ table: `${t.schema}.${t.table}`, rls: t.rls, forced: t.forced, policy: t.policies > 0 }).toEqual({
        table: `${t.schema}.${t.table}`,
        rls: true,
        forced: true,
        policy: true,
      });
    }
    const { rows } = await owner.query(
      `SELECT n.nspname || '.' || k.relname AS "table", a.attname AS first_key_column
         FROM pg_index i JOIN pg_class k ON k.oid = i.indrelid JOIN pg_namespace n ON n.oid = k.relnamespace
         JOIN pg_attribute a ON a.attrelid = k.oid AND a.attnum = i.indkey[0]
        WHERE i.indisprimary AND n.nspname IN ('tenancy', 'activities', 'scoring', 'reports', 'rollups', 'audit')
          AND k.relname <> 'tenants'`,
    );
    expect(rows.filter((r) => r.first_key_column !== 'tenant_id')).toEqual([]);
  });

  it.each(Object.keys(DB_ROLES) as DbRoleName[])(
    'as %s under province A, raw SQL sees no row of province B in any table it can read',
    async (role) => {
      const client = await roleClient(role);
      try {
        let visibleOfA = 0;
        const readable: string[] = [];
        for (const t of tenantTables) {
          const { rows: grants } = await owner.query(
            `SELECT has_schema_privilege($1, $2, 'USAGE') AND has_table_privilege($1, $3, 'SELECT') AS can`,
            [DB_ROLES[role], t.schema, `${t.schema}.${t.table}`],
          );
          if (!grants[0].can) continue;
          readable.push(`${t.schema}.${t.table}`);
          // The relay drains every tenant's outbox by design, and can read nothing else (asserted below).
          if (role === 'relay') continue;
          await client.query('BEGIN');
          await client.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [a.tenantId]);
          const { rows } = await client.query(
            `SELECT count(*) FILTER (WHERE tenant_id = $1)::int AS of_b, count(*) FILTER (WHERE tenant_id = $2)::int AS of_a
               FROM ${t.schema}.${t.table}`,
            [b.tenantId, a.tenantId],
          );
          await client.query('ROLLBACK');
          expect({ table: `${t.schema}.${t.table}`, rowsOfB: rows[0].of_b }).toEqual({
            table: `${t.schema}.${t.table}`,
            rowsOfB: 0,
          });
          visibleOfA += rows[0].of_a;
        }
        if (role === 'relay') expect(readable.every((t) => t.endsWith('.outbox'))).toBe(true);
        else expect(visibleOfA).toBeGreaterThan(0);
      } finally {
        await client.end();
      }
    },
  );

  it('fails loudly when tenant data is touched without a tenant', async () => {
    const client = await roleClient('tenancy');
    try {
      await expect(client.query(`SELECT count(*) FROM tenancy.org_units`)).rejects.toThrow(/without a tenant/);
    } finally {
      await client.end();
    }
  });

  it('refuses to write a row of another province under A’s setting', async () => {
    const client = await roleClient('activities');
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [a.tenantId]);
      await expect(
        client.query(
          `INSERT INTO activities.activities (tenant_id, unit_id, kind, occurred_on, summary, recorded_by)
           VALUES ($1, $2, 'BRIEFING', '2026-03-02', 'x', gen_random_uuid())`,
          [b.tenantId, b.unitIds[0]],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [a.tenantId]);
      const update = await client.query(`UPDATE activities.activities SET summary = 'hijacked' WHERE tenant_id = $1`, [
        b.tenantId,
      ]);
      expect(update.rowCount).toBe(0);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  /** A table each role may read, to show that row_security = off does not lift the policies. */
  const READABLE: Record<DbRoleName, string> = {
    tenancy: 'tenancy.org_units',
    activities: 'activities.activities',
    scoring: 'scoring.rubrics',
    reports: 'reports.reports',
    rollups: 'rollups.units',
    relay: 'reports.outbox',
    audit: 'audit.entries',
    mail: 'mail.deliveries',
    reminders: 'reminders.sent_log',
  };

  it.each(Object.keys(DB_ROLES) as DbRoleName[])('the %s role cannot turn row-level security off', async (role) => {
    const { rows: attrs } = await owner.query(
      `SELECT rolsuper, rolbypassrls, (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned
         FROM pg_roles r WHERE rolname = $1`,
      [DB_ROLES[role]],
    );
    expect(attrs[0]).toEqual({ rolsuper: false, rolbypassrls: false, owned: 0 });

    const client = await roleClient(role);
    try {
      await expect(client.query(`ALTER TABLE tenancy.org_units DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
        /must be owner/,
      );
      await expect(client.query(`ALTER TABLE tenancy.org_units NO FORCE ROW LEVEL SECURITY`)).rejects.toThrow(
        /must be owner/,
      );
      await expect(client.query(`DROP POLICY tenant_isolation ON tenancy.org_units`)).rejects.toThrow(/must be owner/);
      await expect(client.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`SET SESSION AUTHORIZATION postgres`)).rejects.toThrow(/permission denied/);
      // row_security = off makes a query that RLS would filter an error instead of a bypass.
      await client.query(`SET row_security = off`);
      await client.query('BEGIN');
      await client.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [a.tenantId]);
      await expect(client.query(`SELECT count(*) FROM ${READABLE[role]}`)).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});

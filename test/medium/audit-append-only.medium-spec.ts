import { Client } from 'pg';
import { DB_ROLES, DbRoleName } from '@qcdc/shared/config';
import { ProvinceFixture, createProvince, ownerClient, roleClient } from '@qcdc/shared/testing';

/**
 * The audit log is append-only for everyone: no service role holds UPDATE, DELETE or TRUNCATE on
 * audit.entries, and triggers refuse them even to the owner (a superuser here), also with
 * session_replication_role = replica. Only the audit consumer's role may add entries.
 */
describe('audit.entries is append-only', () => {
  let owner: Client;
  let province: ProvinceFixture;
  const snapshot = async () =>
    (await owner.query(`SELECT event_id, action, object_id FROM audit.entries WHERE tenant_id = $1 ORDER BY event_id`, [province.tenantId]))
      .rows;
  let original: unknown[];

  beforeAll(async () => {
    owner = await ownerClient();
    province = await createProvince(owner);
    await owner.query(
      `INSERT INTO audit.entries (tenant_id, event_id, occurred_at, actor_user_id, action, object_type, object_id, after)
       SELECT $1, gen_random_uuid(), now(), gen_random_uuid(), 'org-unit.create', 'org-unit', u, '{"name": "Đơn vị"}'
         FROM unnest($2::text[]) u`,
      [province.tenantId, province.unitIds],
    );
    original = await snapshot();
  });

  afterAll(() => owner.end());

  const CHANGES = [
    `UPDATE audit.entries SET action = 'report.submit'`,
    `DELETE FROM audit.entries`,
    `TRUNCATE audit.entries`,
    `INSERT INTO audit.entries (tenant_id, event_id, occurred_at, actor_user_id, action, object_type, object_id)
     SELECT tenant_id, event_id, occurred_at, actor_user_id, 'x', 'x', 'x' FROM audit.entries
     ON CONFLICT (tenant_id, event_id) DO UPDATE SET action = 'report.submit'`,
  ];

  it.each(Object.keys(DB_ROLES) as DbRoleName[])('the %s role can neither change nor remove an entry', async (role) => {
    const client = await roleClient(role);
    try {
      for (const sql of CHANGES) {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [province.tenantId]);
        await expect(client.query(sql)).rejects.toThrow(/permission denied/);
        await client.query('ROLLBACK');
      }
      const { rows } = await owner.query(
        `SELECT has_table_privilege($1, 'audit.entries', 'UPDATE') OR has_table_privilege($1, 'audit.entries', 'DELETE')
             OR has_table_privilege($1, 'audit.entries', 'TRUNCATE') AS may`,
        [DB_ROLES[role]],
      );
      expect(rows[0].may).toBe(false);
    } finally {
      await client.end();
    }
    expect(await snapshot()).toEqual(original);
  });

  it('lets only the audit role add an entry, in its own tenant', async () => {
    for (const role of Object.keys(DB_ROLES) as DbRoleName[]) {
      const { rows } = await owner.query(`SELECT has_table_privilege($1, 'audit.entries', 'INSERT') AS may`, [DB_ROLES[role]]);
      expect({ role, may: rows[0].may }).toEqual({ role, may: role === 'audit' });
    }
    const other = await createProvince(owner);
    const client = await roleClient('audit');
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [province.tenantId]);
      await expect(
        client.query(
          `INSERT INTO audit.entries (tenant_id, event_id, occurred_at, actor_user_id, action, object_type, object_id)
           VALUES ($1, gen_random_uuid(), now(), gen_random_uuid(), 'user.create', 'user', 'x')`,
          [other.tenantId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  it('refuses UPDATE, DELETE and TRUNCATE to the owner too, even with triggers set to replica mode', async () => {
    for (const replica of [false, true]) {
      for (const sql of CHANGES.slice(0, 3)) {
        await owner.query('BEGIN');
        if (replica) await owner.query(`SET LOCAL session_replication_role = replica`);
        await expect(owner.query(sql)).rejects.toThrow(/audit.entries is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
        await owner.query('ROLLBACK');
      }
    }
    // Even a statement that matches no row is refused: the triggers fire per statement.
    await expect(owner.query(`DELETE FROM audit.entries WHERE false`)).rejects.toThrow(/append-only/);
    expect(await snapshot()).toEqual(original);
  });
});

import { Client } from 'pg';
import { ProvinceFixture, createProvince, ownerClient, roleClient } from '@qcdc/shared/testing';

/**
 * The database's side of the org tree with history, as the tenancy role: the guards behind the domain rules
 * (no overlapping dates, no cycle), the ancestors derived from dated links, and the read model every
 * service's scope checks use following the tree as it stands on the application's "today".
 */
describe('org tree history in PostgreSQL', () => {
  let owner: Client;
  let tenancy: Client;
  let p: ProvinceFixture;

  beforeAll(async () => {
    owner = await ownerClient();
    tenancy = await roleClient('tenancy');
  });

  beforeEach(async () => {
    p = await createProvince(owner, { units: 2 });
  });

  afterAll(async () => {
    await tenancy.end();
    await owner.end();
  });

  /** Runs `work` in a transaction of the province as the tenancy role, its "now" at noon of `day` in Vietnam, then rolls back. */
  async function asOf<T>(day: string, work: () => Promise<T>, commit = false): Promise<T> {
    await tenancy.query('BEGIN');
    try {
      await tenancy.query(`SELECT set_config('qcdc.tenant_id', $1, true), set_config('qcdc.now', $2, true)`, [p.tenantId, `${day}T12:00:00+07:00`]);
      const result = await work();
      await tenancy.query(commit ? 'COMMIT' : 'ROLLBACK');
      return result;
    } catch (error) {
      await tenancy.query('ROLLBACK');
      throw error;
    }
  }

  const ancestorsSeen = async (unitId: string) =>
    (await tenancy.query(`SELECT ancestor_id FROM tenancy.org_unit_ancestors WHERE unit_id = $1 ORDER BY depth`, [unitId])).rows.map(
      (r) => r.ancestor_id,
    );

  /** Moves a unit from `day` on, as the repository does: the current link ends, a new one opens, the closure follows. */
  const move = async (unitId: string, parentId: string, day: string) => {
    await tenancy.query(`UPDATE tenancy.org_unit_links SET valid = daterange(lower(valid), $2::date) WHERE unit_id = $1 AND upper_inf(valid)`, [unitId, day]);
    await tenancy.query(
      `INSERT INTO tenancy.org_unit_links (tenant_id, unit_id, parent_id, valid) VALUES (qcdc.current_tenant(), $1, $2, daterange($3::date, NULL))`,
      [unitId, parentId, day],
    );
    await tenancy.query(`SELECT tenancy.rebuild_org_unit_closure()`);
  };

  it('gives every unit made a link, a name and its ancestors from the day it opened', async () => {
    const unit = p.unitIds[0];
    const links = await owner.query(`SELECT parent_id, valid::text FROM tenancy.org_unit_links WHERE unit_id = $1`, [unit]);
    expect(links.rows).toEqual([{ parent_id: p.blocId, valid: '(,)' }]);
    expect(await asOf('2026-01-01', () => ancestorsSeen(unit))).toEqual([unit, p.blocId, p.rootId]);
  });

  it('shows scope checks the tree of their day: a unit moved on 1 July is under the new bloc from that day only', async () => {
    const other = (
      await owner.query(
        `INSERT INTO tenancy.org_units (tenant_id, parent_id, code, name, kind, unit_type) VALUES ($1, $2, 'KHOI-2', 'Khối hai', 'BLOC', 'COMMITTEE') RETURNING id`,
        [p.tenantId, p.rootId],
      )
    ).rows[0].id;
    const unit = p.unitIds[0];
    await asOf('2026-06-01', () => move(unit, other, '2026-07-01'), true);
    expect(await asOf('2026-06-30', () => ancestorsSeen(unit))).toEqual([unit, p.blocId, p.rootId]);
    expect(await asOf('2026-07-01', () => ancestorsSeen(unit))).toEqual([unit, other, p.rootId]);
    // The closure keeps both, each with its dates, joined where nothing changed (the root throughout).
    const { rows } = await owner.query(
      `SELECT ancestor_id, valid::text FROM tenancy.org_unit_closure WHERE unit_id = $1 AND depth > 0 ORDER BY depth, lower(valid) NULLS FIRST`,
      [unit],
    );
    expect(rows).toEqual([
      { ancestor_id: p.blocId, valid: '(,2026-07-01)' },
      { ancestor_id: other, valid: '[2026-07-01,)' },
      { ancestor_id: p.rootId, valid: '(,)' },
    ]);
  });

  it('refuses two links of one unit whose dates overlap (exclusion constraint), applying nothing', async () => {
    const unit = p.unitIds[0];
    await expect(
      asOf('2026-06-01', () =>
        tenancy.query(
          `INSERT INTO tenancy.org_unit_links (tenant_id, unit_id, parent_id, valid) VALUES (qcdc.current_tenant(), $1, $2, daterange('2026-07-01', NULL))`,
          [unit, p.rootId],
        ),
      ),
    ).rejects.toMatchObject({ constraint: 'org_unit_links_no_overlap' });
    expect((await owner.query(`SELECT count(*)::int AS n FROM tenancy.org_unit_links WHERE unit_id = $1`, [unit])).rows[0].n).toBe(1);
  });

  it('refuses a cycle when the closure is rebuilt (the guard behind the domain rule), applying nothing', async () => {
    const before = (await owner.query(`SELECT count(*)::int AS n FROM tenancy.org_unit_closure WHERE tenant_id = $1`, [p.tenantId])).rows[0].n;
    // The bloc under its own unit from 1 July: the walk up from the unit meets it again.
    await expect(asOf('2026-06-01', () => move(p.blocId, p.unitIds[0], '2026-07-01'), true)).rejects.toMatchObject({
      constraint: 'org_unit_links_no_cycle',
      message: expect.stringMatching(/cycle in the org tree/),
    });
    expect((await owner.query(`SELECT count(*)::int AS n FROM tenancy.org_unit_closure WHERE tenant_id = $1`, [p.tenantId])).rows[0].n).toBe(before);
    expect((await owner.query(`SELECT count(*)::int AS n FROM tenancy.org_unit_links WHERE unit_id = $1`, [p.blocId])).rows[0].n).toBe(1);
  });

  it('refuses a unit as its own parent, a merge into itself and a close before its opening (check constraints)', async () => {
    const unit = p.unitIds[0];
    await expect(
      asOf('2026-06-01', () => tenancy.query(`UPDATE tenancy.org_unit_links SET parent_id = unit_id WHERE unit_id = $1`, [unit])),
    ).rejects.toMatchObject({ constraint: 'org_unit_links_not_own_parent' });
    await expect(
      asOf('2026-06-01', () => tenancy.query(`UPDATE tenancy.org_units SET closed_on = '2026-07-01', merged_into = id WHERE id = $1`, [unit])),
    ).rejects.toMatchObject({ constraint: 'org_units_not_merged_into_itself' });
    await expect(
      asOf('2026-06-01', () =>
        tenancy.query(`UPDATE tenancy.org_units SET opened_on = '2026-07-01', closed_on = '2026-07-01' WHERE id = $1`, [unit]),
      ),
    ).rejects.toMatchObject({ constraint: 'org_units_closed_after_opened' });
  });

  it('lets scope checks follow a reporting line from its first day to its end, as every service reads them', async () => {
    const other = (
      await owner.query(
        `INSERT INTO tenancy.org_units (tenant_id, parent_id, code, name, kind, unit_type) VALUES ($1, $2, 'KHOI-3', 'Khối ba', 'BLOC', 'COMMITTEE') RETURNING id`,
        [p.tenantId, p.rootId],
      )
    ).rows[0].id;
    const unit = p.unitIds[0];
    const insert = `INSERT INTO tenancy.org_unit_reviewers (tenant_id, unit_id, reviewer_id, valid)
      VALUES (qcdc.current_tenant(), $1, $2, daterange('2026-07-01', '2026-10-01'))`;
    await asOf('2026-06-01', () => tenancy.query(insert, [unit, other]), true);
    expect(await asOf('2026-06-30', () => ancestorsSeen(unit))).toEqual([unit, p.blocId, p.rootId]);
    // Reviewed by the other bloc, not its own; still under the root; the tree's closure unchanged.
    expect(await asOf('2026-07-01', () => ancestorsSeen(unit))).toEqual([unit, other, p.rootId]);
    expect(await asOf('2026-10-01', () => ancestorsSeen(unit))).toEqual([unit, p.blocId, p.rootId]);
    // The same for a day asked (tenancy's reads of the tree as of a date), and another unit of the bloc untouched.
    const coverage = (day: string, id: string) =>
      asOf('2026-06-01', async () =>
        (await tenancy.query(`SELECT ancestor_id FROM tenancy.org_unit_coverage($1::date) WHERE unit_id = $2 ORDER BY depth`, [day, id])).rows.map(
          (r) => r.ancestor_id,
        ),
      );
    expect(await coverage('2026-08-15', unit)).toEqual([unit, other, p.rootId]);
    expect(await coverage('2026-08-15', p.unitIds[1])).toEqual([p.unitIds[1], p.blocId, p.rootId]);
    // Two overrides of one unit whose dates overlap: refused.
    await expect(
      asOf('2026-06-01', () =>
        tenancy.query(
          `INSERT INTO tenancy.org_unit_reviewers (tenant_id, unit_id, reviewer_id, valid) VALUES (qcdc.current_tenant(), $1, $2, daterange('2026-09-01', NULL))`,
          [unit, p.blocId],
        ),
      ),
    ).rejects.toMatchObject({ constraint: 'org_unit_reviewers_no_overlap' });
  });

  it('cannot see or change another province’s links (row-level security)', async () => {
    const other = await createProvince(owner);
    const seen = await asOf('2026-06-01', async () =>
      (await tenancy.query(`SELECT count(*)::int AS n FROM tenancy.org_unit_links WHERE unit_id = $1`, [other.unitIds[0]])).rows[0].n,
    );
    expect(seen).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_UNIT_TYPES } from '@qcdc/shared/contracts';

/**
 * Factories that write directly as the owner (superuser: row-level security does not apply), for tests
 * that need data in place before exercising a service's code or its role.
 */
export interface ProvinceFixture {
  tenantId: string;
  code: string;
  rootId: string;
  blocId: string;
  unitIds: string[];
}

export async function createProvince(owner: Client, options: { units?: number } = {}): Promise<ProvinceFixture> {
  const code = `t-${randomUUID().slice(0, 8)}`;
  const {
    rows: [tenant],
  } = await owner.query(`INSERT INTO tenancy.tenants (code, name, kind) VALUES ($1, $2, 'PROVINCE') RETURNING id`, [
    code,
    `Tỉnh ${code}`,
  ]);
  // The unit types every new province gets (tenancy seeds them when it makes a province).
  await owner.query(
    `INSERT INTO tenancy.unit_types (tenant_id, code, name, name_en, name_key, position)
     SELECT $1, d.code, d.name, d.name_en, lower(d.name), d.position
       FROM jsonb_to_recordset($2::jsonb) AS d (code text, name text, name_en text, position int)`,
    [tenant.id, JSON.stringify(DEFAULT_UNIT_TYPES.map((t, i) => ({ code: t.code, name: t.name, name_en: t.nameEn, position: i + 1 })))],
  );
  const insertUnit = async (parentId: string | null, unitCode: string, kind: string, unitType: string) => {
    const {
      rows: [unit],
    } = await owner.query(
      `INSERT INTO tenancy.org_units (tenant_id, parent_id, code, name, kind, unit_type)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [tenant.id, parentId, unitCode, `Đơn vị ${unitCode}`, kind, unitType],
    );
    // Its link, name and ancestors follow from the insert (trigger tenancy.org_unit_opened).
    return unit.id as string;
  };
  const rootId = await insertUnit(null, 'BCD', 'PROVINCE_COMMITTEE', 'COMMITTEE');
  const blocId = await insertUnit(rootId, 'KHOI', 'BLOC', 'COMMITTEE');
  const unitIds: string[] = [];
  for (let i = 0; i < (options.units ?? 2); i += 1) unitIds.push(await insertUnit(blocId, `DV${i}`, 'UNIT', 'AGENCY'));
  return { tenantId: tenant.id, code, rootId, blocId, unitIds };
}

export async function createPeriod(owner: Client, tenantId: string, year = 2026): Promise<string> {
  const {
    rows: [period],
  } = await owner.query(
    `INSERT INTO reports.reporting_periods (tenant_id, year, kind, window_start, window_end, due_on)
     VALUES ($1, $2, 'YEAR', make_date($2 - 1, 12, 15), make_date($2, 12, 14), make_date($2, 12, 20)) RETURNING id`,
    [tenantId, year],
  );
  return period.id;
}

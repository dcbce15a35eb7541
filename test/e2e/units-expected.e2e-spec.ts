import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  IMPORT_UNIT_HEADERS,
  ProvinceScenario,
  buildProvinceScenario,
  eventually,
  importCsv,
  ownerClient,
  submitUnitReport,
  testYear,
  waitForRollups,
} from '@qcdc/shared/testing';

const ROLLUP = `query($p: ID!) { provinceRollup(periodId: $p) { unitsExpected unitsSubmitted } }`;
const COMPARISON = `query($p: ID!) { unitComparison(periodId: $p) { code } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id openedOn expectedFrom } }`;

/**
 * Which units a period expects, through the gateway: the units a province had before it used qcdc (no
 * opening day) are expected for the open year; a unit opened in the middle of its window is not, until the
 * admin moves the day it is expected from back to the window's start; a unit closed before the window ends
 * is not either. The committee's figures and comparison say so before any submission (read from the tree's
 * dates) and after one (the roll-ups'), and agree.
 */
describe('the units a period expects', () => {
  const client = new GatewayClient();
  let owner: Client;
  let p: ProvinceScenario;
  const year = testYear();
  const midYear = `${year}-06-01`;

  const figures = async () => {
    await waitForRollups(owner, p.provinceId);
    const { provinceRollup } = await client.ok<{ provinceRollup: { unitsExpected: number; unitsSubmitted: number } }>(ROLLUP, { p: p.periodId }, p.tokens.committee);
    const { unitComparison } = await client.ok<{ unitComparison: { code: string }[] }>(COMPARISON, { p: p.periodId }, p.tokens.committee);
    return { expected: provinceRollup.unitsExpected, listed: unitComparison.map((u) => u.code).sort() };
  };

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    p = await buildProvinceScenario(client, platform, { units: 3 });
  });

  afterAll(() => owner.end());

  it('expects the units the province had, and not one opened in the middle of the window until the admin says so', async () => {
    expect(await figures()).toEqual({ expected: 3, listed: ['DV-1', 'DV-2', 'DV-3'] });

    const { createOrgUnit } = await client.ok<{ createOrgUnit: { id: string; openedOn: string | null; expectedFrom: string | null } }>(
      CREATE_UNIT,
      { input: { parentId: p.blocId, code: 'MOI-GIUA-KY', name: 'Đơn vị mới giữa kỳ', kind: 'UNIT', unitType: 'COMMUNE', openedOn: midYear } },
      p.tokens.admin,
    );
    expect(createOrgUnit).toMatchObject({ openedOn: midYear, expectedFrom: midYear });
    // Before any submission the figures come from the tree's dates...
    expect(await figures()).toEqual({ expected: 3, listed: ['DV-1', 'DV-2', 'DV-3'] });

    // ...and after one, from the roll-ups: the same.
    await client.ok(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
      { input: { unitId: p.unitIds[0], periodId: p.periodId, scores: p.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints })), expectedVersion: 0 } },
      p.tokens.reporters[0],
    );
    await submitUnitReport(client, { reporter: p.tokens.reporters[0], head: p.tokens.heads[0] }, p.unitIds[0], p.periodId);
    expect(await figures()).toEqual({ expected: 3, listed: ['DV-1', 'DV-2', 'DV-3'] });

    await client.ok(
      `mutation($input: CorrectOrgUnitInput!) { correctOrgUnit(input: $input) { id } }`,
      { input: { id: createOrgUnit.id, expectedFrom: `${year - 1}-12-15` } },
      p.tokens.admin,
    );
    expect(await figures()).toEqual({ expected: 4, listed: ['DV-1', 'DV-2', 'DV-3', 'MOI-GIUA-KY'] });
  });

  it('expects no unit closed before the window ends, and a unit imported without an opening day', async () => {
    await client.ok(
      `mutation($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { id } }`,
      { input: { id: p.unitIds[2], closedOn: `${year}-09-01` } },
      p.tokens.admin,
    );
    expect(await figures()).toEqual({ expected: 3, listed: ['DV-1', 'DV-2', 'MOI-GIUA-KY'] });

    const id = await client.importChecked(importCsv(IMPORT_UNIT_HEADERS, [['NHAP-CU', 'Đơn vị đã có từ trước', 'Đơn vị', 'Cơ quan', 'KHOI-CQ', '']]), p.tokens.admin);
    await client.ok(`mutation($id: ID!) { applyImport(id: $id) { status } }`, { id }, p.tokens.admin);
    const job = await eventually(
      () => client.ok<{ importJob: { status: string } }>(`query($id: ID!) { importJob(id: $id) { status } }`, { id }, p.tokens.admin),
      (d) => d.importJob.status !== 'APPLYING',
    );
    expect(job.importJob.status).toBe('APPLIED');
    expect(await figures()).toEqual({ expected: 4, listed: ['DV-1', 'DV-2', 'MOI-GIUA-KY', 'NHAP-CU'] });
  });
});

import { Client } from 'pg';
import { DEFAULT_UNIT_TYPES } from '@qcdc/shared/contracts';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  GraphQLResult,
  IMPORT_UNIT_HEADERS,
  ProvinceScenario,
  buildProvinceScenario,
  importCsv,
  ownerClient,
  tenantRowDigests,
  waitForRollups,
} from '@qcdc/shared/testing';

const TYPES = `{ unitTypes { code name nameEn active openUnits } }`;
const CREATE_TYPE = `mutation($input: CreateUnitTypeInput!) { createUnitType(input: $input) { code name nameEn active openUnits } }`;
const UPDATE_TYPE = `mutation($input: UpdateUnitTypeInput!) { updateUnitType(input: $input) { code name nameEn active openUnits } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id unitType } }`;
const CORRECT_UNIT = `mutation($input: CorrectOrgUnitInput!) { correctOrgUnit(input: $input) { id unitType } }`;

interface UnitTypeAnswer {
  code: string;
  name: string;
  nameEn: string;
  active: boolean;
  openUnits: number;
}

/**
 * Each province's own catalogue of unit types, through the gateway: the four defaults from its creation,
 * a type added, renamed and taken out of use by its admin, the types a new, split, corrected or imported
 * unit may take, and nothing of it seen or touched from another province. Each refusal names what is
 * wrong and writes nothing.
 */
describe("a province's unit types", () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  const problem = (r: GraphQLResult<unknown>) => {
    const { code, field, reason } = r.errors?.[0]?.extensions ?? {};
    return { code, field, reason };
  };
  const types = async (token: string) => (await client.ok<{ unitTypes: UnitTypeAnswer[] }>(TYPES, {}, token)).unitTypes;
  const unitInput = (unitType: string, code: string) => ({ parentId: a.blocId, code, name: `Đơn vị ${code}`, kind: 'UNIT', unitType });

  /** Runs `act` and checks it wrote nothing in province A (not even an update in place). */
  async function writesNothing<T>(act: () => Promise<T>): Promise<T> {
    await waitForRollups(owner, a.provinceId);
    const before = await tenantRowDigests(owner, a.provinceId);
    const result = await act();
    await waitForRollups(owner, a.provinceId);
    expect(await tenantRowDigests(owner, a.provinceId)).toEqual(before);
    return result;
  }

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    [a, b] = [await buildProvinceScenario(client, platform), await buildProvinceScenario(client, platform)];
  });

  afterAll(() => owner.end());

  it('gives a new province the four types of the domain, which everyone of the province reads', async () => {
    const expected = DEFAULT_UNIT_TYPES.map((t) => ({ ...t, active: true }));
    const list = await types(a.tokens.reporters[0]);
    expect(list.map(({ openUnits: _n, ...t }) => t)).toEqual(expected);
    // The scenario's units are agencies.
    expect(list.find((t) => t.code === 'AGENCY')?.openUnits).toBe(a.unitIds.length);
    expect((await types(a.tokens.blocReviewer)).map((t) => t.code)).toEqual(expected.map((t) => t.code));
  });

  it('lets the admin add a type, which new units may take, and keeps it within the province', async () => {
    const added = await client.ok<{ createUnitType: UnitTypeAnswer }>(
      CREATE_TYPE,
      { input: { code: ' hop_tac_xa ', name: ' Hợp tác xã ', nameEn: 'Cooperative' } },
      a.tokens.admin,
    );
    expect(added.createUnitType).toEqual({ code: 'HOP_TAC_XA', name: 'Hợp tác xã', nameEn: 'Cooperative', active: true, openUnits: 0 });
    const unit = await client.ok<{ createOrgUnit: { unitType: string } }>(CREATE_UNIT, { input: unitInput('HOP_TAC_XA', 'HTX-1') }, a.tokens.admin);
    expect(unit.createOrgUnit.unitType).toBe('HOP_TAC_XA');
    expect((await types(a.tokens.admin)).map((t) => [t.code, t.openUnits])).toContainEqual(['HOP_TAC_XA', 1]);

    // B never sees A's type, may not give it to a unit, and may add one of the same code and name itself.
    expect((await types(b.tokens.admin)).map((t) => t.code)).not.toContain('HOP_TAC_XA');
    const inB = await client.request(
      CREATE_UNIT,
      { input: { parentId: b.blocId, code: 'HTX-B', name: 'HTX của B', kind: 'UNIT', unitType: 'HOP_TAC_XA' } },
      b.tokens.admin,
    );
    expect(problem(inB)).toEqual({ code: 'BAD_USER_INPUT', field: 'unitType', reason: 'UNKNOWN_UNIT_TYPE' });
    await client.ok(CREATE_TYPE, { input: { code: 'HOP_TAC_XA', name: 'Hợp tác xã', nameEn: 'Cooperative' } }, b.tokens.admin);
  });

  it('refuses a second type of one code or name, a malformed code, COMMITTEE, and a caller who is not the admin', async () => {
    const cases: [Record<string, unknown>, string, ReturnType<typeof problem>][] = [
      [{ code: 'HOP_TAC_XA', name: 'Hợp tác xã kiểu mới', nameEn: 'New cooperative' }, a.tokens.admin, { code: 'CONFLICT', field: 'code', reason: 'DUPLICATE_CODE' }],
      [{ code: 'HTX2', name: 'hợp  tác XÃ', nameEn: 'Cooperative 2' }, a.tokens.admin, { code: 'CONFLICT', field: 'name', reason: 'DUPLICATE_NAME' }],
      [{ code: 'HTX2', name: 'Hợp tác xã 2', nameEn: 'cooperative' }, a.tokens.admin, { code: 'CONFLICT', field: 'nameEn', reason: 'DUPLICATE_NAME' }],
      [{ code: 'hợp tác', name: 'Hợp tác', nameEn: 'Co-op' }, a.tokens.admin, { code: 'BAD_USER_INPUT', field: 'code', reason: undefined }],
      [{ code: 'COMMITTEE', name: 'Ban', nameEn: 'Board' }, a.tokens.admin, { code: 'BAD_USER_INPUT', field: 'code', reason: undefined }],
      [{ code: 'TRUONG', name: 'Trường học', nameEn: 'School' }, a.tokens.committee, { code: 'FORBIDDEN', field: undefined, reason: undefined }],
      [{ code: 'TRUONG', name: 'Trường học', nameEn: 'School' }, a.tokens.reporters[0], { code: 'FORBIDDEN', field: undefined, reason: undefined }],
    ];
    for (const [input, token, expected] of cases) {
      const answer = await writesNothing(() => client.request(CREATE_TYPE, { input }, token));
      expect({ input, answer: problem(answer) }).toEqual({ input, answer: expected });
    }
  });

  it('renames a type in place, and refuses a type of another province as unknown', async () => {
    const renamed = await client.ok<{ updateUnitType: UnitTypeAnswer }>(
      UPDATE_TYPE,
      { input: { code: 'HOP_TAC_XA', name: 'Hợp tác xã nông nghiệp', nameEn: 'Farming cooperative', active: true } },
      a.tokens.admin,
    );
    expect(renamed.updateUnitType).toEqual({ code: 'HOP_TAC_XA', name: 'Hợp tác xã nông nghiệp', nameEn: 'Farming cooperative', active: true, openUnits: 1 });
    // B's own type is no type of A.
    await client.ok(CREATE_TYPE, { input: { code: 'RIENG_B', name: 'Loại riêng của B', nameEn: "B's own" } }, b.tokens.admin);
    const theirs = await writesNothing(() =>
      client.request(UPDATE_TYPE, { input: { code: 'RIENG_B', name: 'Xâm nhập', nameEn: 'Intrusion', active: false } }, a.tokens.admin),
    );
    expect(problem(theirs)).toEqual({ code: 'NOT_FOUND', field: 'code', reason: undefined });
    expect((await types(b.tokens.admin)).find((t) => t.code === 'RIENG_B')).toMatchObject({ name: 'Loại riêng của B', active: true });
  });

  it('takes a type out of use: its units keep it, no new or split unit may take it, a correction keeps it', async () => {
    const HTX = 'HOP_TAC_XA';
    const off = { code: HTX, name: 'Hợp tác xã nông nghiệp', nameEn: 'Farming cooperative', active: false };
    expect((await client.ok<{ updateUnitType: UnitTypeAnswer }>(UPDATE_TYPE, { input: off }, a.tokens.admin)).updateUnitType.active).toBe(false);
    const { orgUnits } = await client.ok<{ orgUnits: { id: string; code: string; unitType: string }[] }>(`{ orgUnits { id code unitType } }`, {}, a.tokens.admin);
    const htx = orgUnits.find((u) => u.code === 'HTX-1');
    expect(htx?.unitType).toBe(HTX);

    const refused = [
      await writesNothing(() => client.request(CREATE_UNIT, { input: unitInput(HTX, 'HTX-2') }, a.tokens.admin)),
      await writesNothing(() => client.request(CORRECT_UNIT, { input: { id: a.unitIds[0], unitType: HTX } }, a.tokens.admin)),
      await writesNothing(() =>
        client.request(
          `mutation($input: SplitOrgUnitInput!) { splitOrgUnit(input: $input) { id } }`,
          {
            input: {
              id: a.unitIds[1],
              effectiveOn: '2099-01-01',
              parts: [
                { code: 'TACH-1', name: 'Phần một', unitType: 'AGENCY', parentId: a.blocId },
                { code: 'TACH-2', name: 'Phần hai', unitType: HTX, parentId: a.blocId },
              ],
            },
          },
          a.tokens.admin,
        ),
      ),
    ];
    expect(refused.map(problem)).toEqual(Array(3).fill({ code: 'BAD_USER_INPUT', field: 'unitType', reason: 'UNIT_TYPE_INACTIVE' }));
    expect(refused[0].errors?.[0]?.message).toContain('đã ngừng sử dụng');

    // A unit that has it keeps it through a correction of its name; another type may be given to it.
    const kept = await client.ok<{ correctOrgUnit: { unitType: string } }>(
      CORRECT_UNIT,
      { input: { id: htx?.id, name: 'HTX Tân Phú', unitType: HTX } },
      a.tokens.admin,
    );
    expect(kept.correctOrgUnit.unitType).toBe(HTX);
    const moved = await client.ok<{ correctOrgUnit: { unitType: string } }>(CORRECT_UNIT, { input: { id: htx?.id, unitType: 'ENTERPRISE' } }, a.tokens.admin);
    expect(moved.correctOrgUnit.unitType).toBe('ENTERPRISE');
    // Blocs stay COMMITTEE.
    const bloc = await writesNothing(() => client.request(CORRECT_UNIT, { input: { id: a.blocId, unitType: 'AGENCY' } }, a.tokens.admin));
    expect(problem(bloc)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitType' });

    // Back in use, it is offered again.
    await client.ok(UPDATE_TYPE, { input: { ...off, active: true } }, a.tokens.admin);
    expect((await client.ok<{ createOrgUnit: { unitType: string } }>(CREATE_UNIT, { input: unitInput(HTX, 'HTX-3') }, a.tokens.admin)).createOrgUnit.unitType).toBe(HTX);
  });

  it('keeps one type in use at least', async () => {
    const list = await types(a.tokens.admin);
    const [last, ...others] = list.filter((t) => t.active);
    for (const t of others) await client.ok(UPDATE_TYPE, { input: { code: t.code, name: t.name, nameEn: t.nameEn, active: false } }, a.tokens.admin);
    const answer = await writesNothing(() =>
      client.request(UPDATE_TYPE, { input: { code: last.code, name: last.name, nameEn: last.nameEn, active: false } }, a.tokens.admin),
    );
    expect(problem(answer)).toEqual({ code: 'CONFLICT', field: 'active', reason: 'LAST_ACTIVE_TYPE' });
    for (const t of others) await client.ok(UPDATE_TYPE, { input: { code: t.code, name: t.name, nameEn: t.nameEn, active: true } }, a.tokens.admin);
  });

  it("imports units by the province's own type names, and names a type out of use by row and column", async () => {
    await client.ok(UPDATE_TYPE, { input: { code: 'PUBLIC_UNIT', name: 'Đơn vị sự nghiệp công lập', nameEn: 'Public service unit', active: false } }, a.tokens.admin);
    const file = importCsv(IMPORT_UNIT_HEADERS, [
      ['NHAP-HTX', 'HTX nhập', 'Đơn vị', 'hợp tác xã nông nghiệp', 'KHOI-CQ', ''],
      ['NHAP-SN', 'Trường nhập', 'Đơn vị', 'Đơn vị sự nghiệp công lập', 'KHOI-CQ', ''],
    ]);
    const id = await client.importChecked(file, a.tokens.admin);
    const { importJob } = await client.ok<{ importJob: { problems: { row: number; column: string; message: string }[] } }>(
      `query($id: ID!) { importJob(id: $id) { problems { row column message } } }`,
      { id },
      a.tokens.admin,
    );
    expect(importJob.problems).toEqual([{ row: 3, column: 'Loại hình', message: expect.stringContaining('đã ngừng sử dụng') }]);
    await client.ok(UPDATE_TYPE, { input: { code: 'PUBLIC_UNIT', name: 'Đơn vị sự nghiệp công lập', nameEn: 'Public service unit', active: true } }, a.tokens.admin);
  });

  it("audits every change of the catalogue in the province's log", async () => {
    await waitForRollups(owner, a.provinceId);
    const { auditLog } = await client.ok<{ auditLog: { entries: { action: string; objectId: string; changes: { field: string; before: string | null; after: string | null }[] }[] } }>(
      `{ auditLog(filter: { objectType: "unit-type" }, page: { size: 100 }) { entries { action objectId changes { field before after } } } }`,
      {},
      a.tokens.admin,
    );
    const htx = auditLog.entries.filter((e) => e.objectId === 'HOP_TAC_XA').reverse();
    // Added, renamed, taken out of use and back (and out and back again while one type had to stay in use).
    expect(htx.map((e) => e.action)).toEqual(['unit-type.create', ...Array(5).fill('unit-type.update')]);
    expect(htx[1].changes).toContainEqual({ field: 'name', before: '"Hợp tác xã"', after: '"Hợp tác xã nông nghiệp"' });
    expect(htx[2].changes).toEqual([{ field: 'active', before: 'true', after: 'false' }]);
    // B's catalogue is B's log's business.
    expect(auditLog.entries.map((e) => e.objectId)).not.toContain('RIENG_B');
  });
});

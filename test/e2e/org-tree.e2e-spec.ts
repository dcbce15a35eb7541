import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { vietnamToday } from '@qcdc/shared/contracts';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { GatewayClient, GraphQLResult, ownerClient, tenantRowDigests, testClock, waitForRollups } from '@qcdc/shared/testing';

/**
 * The org tree with history, through the gateway: renaming, correcting, closing, moving and merging from
 * effective dates, the tree as of a date, and the access checks of every service following the tree on
 * the day a move takes effect. Each bad input answers a stable code that names what is wrong, and writes
 * nothing.
 */
describe('the org tree with history, through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let provinceId: string;
  let admin: string;
  let rootId: string;
  /** The open year period whose window holds the records. */
  let periodId: string;
  const today = vietnamToday(testClock().now());
  const year = Number(today.slice(0, 4));
  // Units of this file opened at the start of the year, so that a change "today" comes after their opening.
  const opened = `${year}-01-01`;
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const detailsOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions ?? {};
  const password = `mat-khau-${randomUUID().slice(0, 8)}`;

  const UNIT_FIELDS = 'id code name kind parentId openedOn closedOn mergedIntoId splitFromId expectedFrom reviewedById';
  const create = async (parentId: string, code: string, name: string, kind: 'BLOC' | 'UNIT', extra: Record<string, unknown> = {}) =>
    (
      await client.ok<{ createOrgUnit: { id: string } }>(
        `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input: { parentId, code, name, kind, unitType: kind === 'BLOC' ? 'COMMITTEE' : 'AGENCY', openedOn: opened, ...extra } },
        admin,
      )
    ).createOrgUnit.id;
  const person = async (username: string, role: string, orgUnitId: string) => {
    await client.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, password, displayName: username, role, orgUnitId } },
      admin,
    );
    return client.login(code, username, password);
  };
  const tree = async (token: string, asOf?: string) =>
    (await client.ok<{ orgUnits: { id: string; name: string; parentId: string | null; closedOn: string | null; reviewedById: string | null }[] }>(
      `query($asOf: String) { orgUnits(asOf: $asOf) { id name parentId closedOn reviewedById } }`,
      { asOf: asOf ?? null },
      token,
    )).orgUnits;
  const mutate = (name: string, inputType: string, input: Record<string, unknown>) =>
    client.request<Record<string, Record<string, unknown>>>(
      `mutation($input: ${inputType}!) { ${name}(input: $input) { ${UNIT_FIELDS} } }`,
      { input },
      admin,
    );

  /** Runs `act` and checks it wrote nothing in the province (not even an update in place). */
  async function writesNothing<T>(act: () => Promise<T>): Promise<T> {
    await waitForRollups(owner, provinceId);
    const before = await tenantRowDigests(owner, provinceId);
    const result = await act();
    await waitForRollups(owner, provinceId);
    expect(await tenantRowDigests(owner, provinceId)).toEqual(before);
    return result;
  }

  let code: string;
  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    code = `cay-${randomUUID().slice(0, 8)}`;
    provinceId = (
      await client.ok<{ createProvince: { id: string } }>(
        `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
        { input: { code, name: `Tỉnh ${code}`, adminUsername: 'quantri', adminPassword: password, adminDisplayName: 'Quản trị' } },
        platform,
      )
    ).createProvince.id;
    admin = await client.login(code, 'quantri', password);
    rootId = (await tree(admin))[0].id;
    periodId = (
      await client.ok<{ openReportingPeriod: { id: string } }>(
        `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
        { input: { year, kind: 'YEAR', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-12-14`, dueOn: `${year}-12-20` } },
        admin,
      )
    ).openReportingPeriod.id;
  });

  afterAll(() => owner.end());

  it('a second "Sở Tài chính" under one bloc: CONFLICT naming the unit that has the name; a duplicate code: CONFLICT', async () => {
    const bloc = await create(rootId, 'K-TRUNG', 'Khối trùng tên', 'BLOC');
    await create(bloc, 'STC', 'Sở Tài chính', 'UNIT');
    const twin = await writesNothing(() =>
      mutate('createOrgUnit', 'CreateOrgUnitInput', { parentId: bloc, code: 'STC-2', name: '  sở tài  chính ', kind: 'UNIT', unitType: 'AGENCY' }),
    );
    expect(codeOf(twin)).toBe('CONFLICT');
    expect(detailsOf(twin)).toMatchObject({ field: 'name', reason: 'DUPLICATE_NAME' });
    expect(twin.errors?.[0]?.message).toMatch(/đã có đơn vị tên "Sở Tài chính" \(mã STC\)/);
    const sameCode = await writesNothing(() =>
      mutate('createOrgUnit', 'CreateOrgUnitInput', { parentId: bloc, code: 'stc', name: 'Sở Tư pháp', kind: 'UNIT', unitType: 'AGENCY' }),
    );
    expect(codeOf(sameCode)).toBe('CONFLICT');
    expect(detailsOf(sameCode)).toMatchObject({ field: 'code', reason: 'DUPLICATE_CODE' });
    // Under another bloc the name is free.
    const other = await create(rootId, 'K-KHAC', 'Khối khác', 'BLOC');
    await create(other, 'STC-KHAC', 'Sở Tài chính', 'UNIT');
  });

  it('a rename takes effect on its date: the old name as of before, the new one from then on, both in the history', async () => {
    const bloc = await create(rootId, 'K-DOI', 'Khối đổi tên', 'BLOC');
    const unit = await create(bloc, 'DT-1', 'Phòng Nội vụ', 'UNIT');
    const renamed = await mutate('renameOrgUnit', 'RenameOrgUnitInput', { id: unit, name: 'Phòng Nội vụ và Lao động', effectiveOn: today });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.['renameOrgUnit']).toMatchObject({ id: unit, name: 'Phòng Nội vụ và Lao động' });
    expect((await tree(admin, dayBefore(today))).find((u) => u.id === unit)?.name).toBe('Phòng Nội vụ');
    expect((await tree(admin)).find((u) => u.id === unit)?.name).toBe('Phòng Nội vụ và Lao động');
    const { orgUnitHistory } = await client.ok<{ orgUnitHistory: { names: unknown[] } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { names { name from to } } }`,
      { id: unit },
      admin,
    );
    expect(orgUnitHistory.names).toEqual([
      { name: 'Phòng Nội vụ', from: opened, to: today },
      { name: 'Phòng Nội vụ và Lao động', from: today, to: null },
    ]);

    // A second renaming on the same day overlaps the first: refused, naming the date it would overlap.
    const overlapping = await writesNothing(() =>
      mutate('renameOrgUnit', 'RenameOrgUnitInput', { id: unit, name: 'Phòng khác', effectiveOn: today }),
    );
    expect(codeOf(overlapping)).toBe('BAD_USER_INPUT');
    expect(detailsOf(overlapping)).toMatchObject({ field: 'effectiveOn', reason: 'OVERLAPPING_DATES', from: today });

    // A typo corrected: in place, no new entry.
    const corrected = await mutate('correctOrgUnit', 'CorrectOrgUnitInput', { id: unit, name: 'Phòng Nội vụ - Lao động' });
    expect(corrected.data?.['correctOrgUnit']).toMatchObject({ name: 'Phòng Nội vụ - Lao động' });
    const after = await client.ok<{ orgUnitHistory: { names: { name: string }[] } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { names { name } } }`,
      { id: unit },
      admin,
    );
    expect(after.orgUnitHistory.names.map((n) => n.name)).toEqual(['Phòng Nội vụ', 'Phòng Nội vụ - Lao động']);
  });

  it('a unit opened mid-period is expected from its opening unless the admin says otherwise; closing keeps it in the tree', async () => {
    const bloc = await create(rootId, 'K-DONG', 'Khối giải thể', 'BLOC');
    const unit = await create(bloc, 'GT-1', 'Ban Quản lý dự án', 'UNIT', { openedOn: `${year}-03-10` });
    const { orgUnitHistory } = await client.ok<{ orgUnitHistory: { unit: unknown } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { unit { openedOn expectedFrom } } }`,
      { id: unit },
      admin,
    );
    expect(orgUnitHistory.unit).toEqual({ openedOn: `${year}-03-10`, expectedFrom: `${year}-03-10` });
    const shown = (await mutate('correctOrgUnit', 'CorrectOrgUnitInput', { id: unit, expectedFrom: `${year - 1}-12-15` })).data?.['correctOrgUnit'];
    expect(shown).toMatchObject({ expectedFrom: `${year - 1}-12-15` });

    // A bloc with an open unit cannot close; the unit can, and stays where it was.
    const blocFirst = await writesNothing(() => mutate('closeOrgUnit', 'CloseOrgUnitInput', { id: bloc, closedOn: today }));
    expect(detailsOf(blocFirst)).toMatchObject({ reason: 'HAS_OPEN_UNITS' });
    const closed = await mutate('closeOrgUnit', 'CloseOrgUnitInput', { id: unit, closedOn: today });
    expect(closed.data?.['closeOrgUnit']).toMatchObject({ id: unit, closedOn: today, parentId: bloc });
    expect((await tree(admin)).map((u) => u.id)).toContain(unit);
    // Closed: no more renaming.
    const late = await writesNothing(() => mutate('renameOrgUnit', 'RenameOrgUnitInput', { id: unit, name: 'Tên mới', effectiveOn: `${year + 1}-01-01` }));
    expect(detailsOf(late)).toMatchObject({ reason: 'UNIT_CLOSED' });
  });

  it('a move takes effect on its date in every service: the reviewer of the old bloc loses the unit, the new one gains it', async () => {
    const blocA = await create(rootId, 'K-A', 'Khối A', 'BLOC');
    const blocB = await create(rootId, 'K-B', 'Khối B', 'BLOC');
    const unit = await create(blocA, 'CHUYEN-1', 'Trường Chính trị', 'UNIT');
    const reviewerA = await person(`khoia.${randomUUID().slice(0, 6)}`, 'BLOC_REVIEWER', blocA);
    const reviewerB = await person(`khoib.${randomUUID().slice(0, 6)}`, 'BLOC_REVIEWER', blocB);
    const reporter = await person(`baocao.${randomUUID().slice(0, 6)}`, 'UNIT_REPORTER', unit);
    // A record of the unit, in another service (activities), before the move.
    const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      { input: { unitId: unit, kind: 'BRIEFING', occurredOn: `${year}-02-01`, facts: { topic: 'Hội nghị quán triệt', present: 10, eligible: 10 } } },
      reporter,
    );
    const activitiesOf = (token: string) =>
      client.request<{ activities: { id: string }[] }>(`query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id } }`, { u: unit, p: periodId }, token);
    expect((await activitiesOf(reviewerA)).data?.activities.map((a) => a.id)).toEqual([recordActivity.id]);
    expect(codeOf(await activitiesOf(reviewerB))).toBe('FORBIDDEN');

    // Planned for next year: nothing changes today.
    const nextYear = `${year + 1}-01-01`;
    const planned = await mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: unit, parentId: blocB, effectiveOn: nextYear });
    expect(planned.data?.['moveOrgUnit']).toMatchObject({ id: unit, parentId: blocA });
    expect(codeOf(await activitiesOf(reviewerB))).toBe('FORBIDDEN');
    expect((await tree(admin, nextYear)).find((u) => u.id === unit)?.parentId).toBe(blocB);

    // A move that would start before the planned one overlaps it.
    const overlapping = await writesNothing(() => mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: unit, parentId: blocB, effectiveOn: today }));
    expect(detailsOf(overlapping)).toMatchObject({ reason: 'OVERLAPPING_DATES', from: nextYear });

    // Another unit, moved today: from today it is B's, its record with it, and A's reviewer no longer reaches it.
    const moved = await create(blocA, 'CHUYEN-2', 'Trung tâm Hội nghị', 'UNIT');
    const movedReporter = await person(`baocao2.${randomUUID().slice(0, 6)}`, 'UNIT_REPORTER', moved);
    const briefing = await client.ok<{ recordActivity: { id: string } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      { input: { unitId: moved, kind: 'BRIEFING', occurredOn: `${year}-02-01`, facts: { topic: 'Hội nghị', present: 5, eligible: 6 } } },
      movedReporter,
    );
    const now = await mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: moved, parentId: blocB, effectiveOn: today });
    expect(now.data?.['moveOrgUnit']).toMatchObject({ id: moved, parentId: blocB });
    const of = (token: string) =>
      client.request<{ activities: { id: string }[] }>(`query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id } }`, { u: moved, p: periodId }, token);
    expect(codeOf(await of(reviewerA))).toBe('FORBIDDEN');
    expect((await of(reviewerB)).data?.activities.map((a) => a.id)).toEqual([briefing.recordActivity.id]);
    expect((await tree(reviewerA)).map((u) => u.id)).not.toContain(moved);
    expect((await tree(reviewerB)).map((u) => u.id)).toContain(moved);
    // As of yesterday the tree is as it was.
    expect((await tree(admin, dayBefore(today))).find((u) => u.id === moved)?.parentId).toBe(blocA);
    const { orgUnitHistory } = await client.ok<{ orgUnitHistory: { placements: unknown[] } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { placements { parentId from to } } }`,
      { id: moved },
      admin,
    );
    expect(orgUnitHistory.placements).toEqual([
      { parentId: blocA, from: opened, to: today },
      { parentId: blocB, from: today, to: null },
    ]);

    // The roll-ups: the move planned for next year (after this period's window) leaves this period's figures
    // alone; the move today, within the window, counts the unit in B's cell for this period.
    const published = await owner.query(
      `SELECT payload->>'effectiveOn' AS "effectiveOn", payload->>'blocId' AS "blocId" FROM tenancy.outbox
        WHERE tenant_id = $1 AND topic = 'org-unit.upserted' AND payload->>'unitId' = $2 ORDER BY id DESC LIMIT 1`,
      [provinceId, unit],
    );
    expect(published.rows[0]).toEqual({ effectiveOn: nextYear, blocId: blocB });
    await waitForRollups(owner, provinceId);
    const blocFor = async (id: string) =>
      (await owner.query(`SELECT bloc_id FROM rollups.unit_standings WHERE tenant_id = $1 AND period_id = $2 AND unit_id = $3`, [provinceId, periodId, id])).rows[0]?.bloc_id;
    expect({ planned: await blocFor(unit), now: await blocFor(moved) }).toEqual({ planned: blocA, now: blocB });
  });

  it('a cycle, a wrong level or an unknown date: each refused with what is wrong, nothing written', async () => {
    const bloc = await create(rootId, 'K-VONG', 'Khối vòng', 'BLOC');
    const unit = await create(bloc, 'VONG-1', 'Đơn vị vòng', 'UNIT');
    const underItself = await writesNothing(() => mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: bloc, parentId: bloc, effectiveOn: today }));
    expect(codeOf(underItself)).toBe('BAD_USER_INPUT');
    expect(detailsOf(underItself)).toMatchObject({ reason: 'CYCLE', field: 'parentId' });
    const underItsUnit = await writesNothing(() => mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: bloc, parentId: unit, effectiveOn: today }));
    expect(detailsOf(underItsUnit)).toMatchObject({ reason: 'CYCLE' });
    const other = await create(bloc, 'VONG-2', 'Đơn vị khác', 'UNIT');
    const wrongLevel = await writesNothing(() => mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: unit, parentId: other, effectiveOn: today }));
    expect(codeOf(wrongLevel)).toBe('BAD_USER_INPUT');
    expect(detailsOf(wrongLevel)).toMatchObject({ field: 'parentId' });
    const noSuchDay = await writesNothing(() => mutate('moveOrgUnit', 'MoveOrgUnitInput', { id: unit, parentId: rootId, effectiveOn: `${year}-02-30` }));
    expect(codeOf(noSuchDay)).toBe('BAD_USER_INPUT');
    expect(detailsOf(noSuchDay)).toMatchObject({ field: 'effectiveOn' });
    const root = await writesNothing(() => mutate('closeOrgUnit', 'CloseOrgUnitInput', { id: rootId, closedOn: today }));
    expect(detailsOf(root)).toMatchObject({ reason: 'ROOT' });
  });

  it('a merge closes the sources into the target, keeps their history and moves what was beneath them; a closed target is refused', async () => {
    const blocX = await create(rootId, 'K-X', 'Khối X', 'BLOC');
    const blocY = await create(rootId, 'K-Y', 'Khối Y', 'BLOC');
    const underX = await create(blocX, 'SN-X1', 'Đơn vị của X', 'UNIT');
    const underY = await create(blocY, 'SN-Y1', 'Đơn vị của Y', 'UNIT');
    const reviewerY = await person(`khoiy.${randomUUID().slice(0, 6)}`, 'BLOC_REVIEWER', blocY);
    const merged = await mutate('mergeOrgUnits', 'MergeOrgUnitsInput', { sourceIds: [blocX], targetId: blocY, effectiveOn: today });
    expect(merged.errors).toBeUndefined();
    expect(merged.data?.['mergeOrgUnits']).toMatchObject({ id: blocY, closedOn: null });
    const now = await tree(admin);
    expect(now.find((u) => u.id === blocX)).toMatchObject({ name: 'Khối X', parentId: rootId });
    expect(now.find((u) => u.id === underX)?.parentId).toBe(blocY);
    expect((await tree(reviewerY)).map((u) => u.id).sort()).toEqual([blocY, underX, underY].sort());
    expect((await tree(admin, dayBefore(today))).find((u) => u.id === underX)?.parentId).toBe(blocX);
    const history = await client.ok<{ orgUnitHistory: { unit: { closedOn: string; mergedIntoId: string } } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { unit { closedOn mergedIntoId } } }`,
      { id: blocX },
      admin,
    );
    expect(history.orgUnitHistory.unit).toEqual({ closedOn: today, mergedIntoId: blocY });

    // Into a closed unit: refused, naming it and the day it closed.
    const blocZ = await create(rootId, 'K-Z', 'Khối Z', 'BLOC');
    const intoClosed = await writesNothing(() =>
      mutate('mergeOrgUnits', 'MergeOrgUnitsInput', { sourceIds: [blocZ], targetId: blocX, effectiveOn: `${year + 1}-01-01` }),
    );
    expect(codeOf(intoClosed)).toBe('BAD_USER_INPUT');
    expect(detailsOf(intoClosed)).toMatchObject({ field: 'targetId', reason: 'TARGET_CLOSED', closedOn: today });
    expect(intoClosed.errors?.[0]?.message).toMatch(/Khối X.*đã giải thể/);
    // A unit into a bloc: refused too.
    const levels = await writesNothing(() =>
      mutate('mergeOrgUnits', 'MergeOrgUnitsInput', { sourceIds: [underY], targetId: blocZ, effectiveOn: `${year + 1}-01-01` }),
    );
    expect(detailsOf(levels)).toMatchObject({ reason: 'KIND_MISMATCH' });
  });

  it('a split closes the unit and opens its parts on the day, each "split from" it; the old unit keeps its records', async () => {
    const blocS = await create(rootId, 'K-TACH', 'Khối tách', 'BLOC');
    const blocT = await create(rootId, 'K-TACH-2', 'Khối nhận', 'BLOC');
    const old = await create(blocS, 'TACH-1', 'Sở Văn hóa, Thể thao và Du lịch', 'UNIT');
    const reviewerS = await person(`khois.${randomUUID().slice(0, 6)}`, 'BLOC_REVIEWER', blocS);
    const reporter = await person(`tach.${randomUUID().slice(0, 6)}`, 'UNIT_REPORTER', old);
    const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      { input: { unitId: old, kind: 'BRIEFING', occurredOn: `${year}-02-01`, facts: { topic: 'Hội nghị quán triệt', present: 9, eligible: 10 } } },
      reporter,
    );
    const split = (id: string, parts: Record<string, unknown>[], effectiveOn = today) =>
      client.request<{ splitOrgUnit: Record<string, unknown>[] }>(
        `mutation($input: SplitOrgUnitInput!) { splitOrgUnit(input: $input) { ${UNIT_FIELDS} } }`,
        { input: { id, parts, effectiveOn } },
        admin,
      );
    const culture = { code: 'TACH-VH', name: 'Sở Văn hóa và Thể thao', unitType: 'AGENCY', parentId: blocS };
    const tourism = { code: 'TACH-DL', name: 'Sở Du lịch', unitType: 'AGENCY', parentId: blocT };

    // Bad input first, each naming what is wrong, nothing written.
    const onePart = await writesNothing(() => split(old, [culture]));
    expect(codeOf(onePart)).toBe('BAD_USER_INPUT');
    expect(detailsOf(onePart)).toMatchObject({ field: 'parts', reason: 'TOO_FEW_PARTS' });
    const sameCodes = await writesNothing(() => split(old, [culture, { ...tourism, code: 'tach-vh' }]));
    expect(codeOf(sameCodes)).toBe('CONFLICT');
    expect(detailsOf(sameCodes)).toMatchObject({ field: 'code', reason: 'DUPLICATE_CODE' });
    const usedCode = await writesNothing(() => split(old, [culture, { ...tourism, code: 'K-TACH' }]));
    expect(codeOf(usedCode)).toBe('CONFLICT');
    expect(detailsOf(usedCode)).toMatchObject({ field: 'code', reason: 'DUPLICATE_CODE' });
    const sameNames = await writesNothing(() => split(old, [culture, { ...tourism, parentId: blocS, name: 'sở văn hóa và  thể thao' }]));
    expect(detailsOf(sameNames)).toMatchObject({ field: 'name', reason: 'DUPLICATE_NAME' });
    const beforeOpening = await writesNothing(() => split(old, [culture, tourism], opened));
    expect(detailsOf(beforeOpening)).toMatchObject({ field: 'effectiveOn', reason: 'OVERLAPPING_DATES' });
    const aBloc = await writesNothing(() => split(blocS, [culture, tourism]));
    expect(detailsOf(aBloc)).toMatchObject({ reason: 'NOT_A_UNIT' });

    const done = await split(old, [culture, tourism]);
    expect(done.errors).toBeUndefined();
    const parts = done.data?.splitOrgUnit ?? [];
    expect(parts).toEqual([
      expect.objectContaining({ code: 'TACH-VH', name: culture.name, parentId: blocS, openedOn: today, expectedFrom: today, splitFromId: old, closedOn: null }),
      expect.objectContaining({ code: 'TACH-DL', name: tourism.name, parentId: blocT, openedOn: today, expectedFrom: today, splitFromId: old, closedOn: null }),
    ]);
    const [vh, dl] = parts.map((p) => p['id'] as string);
    // Today: the old unit closed where it was, the parts open; yesterday: only the old unit.
    const now = await tree(admin);
    expect(now.find((u) => u.id === old)).toMatchObject({ closedOn: today, parentId: blocS });
    expect(now.map((u) => u.id)).toEqual(expect.arrayContaining([vh, dl]));
    const yesterday = (await tree(admin, dayBefore(today))).map((u) => u.id);
    expect(yesterday).toContain(old);
    expect(yesterday).not.toContain(vh);
    const { orgUnitHistory } = await client.ok<{ orgUnitHistory: { unit: { closedOn: string }; splitIntoIds: string[] } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { unit { closedOn } splitIntoIds } }`,
      { id: old },
      admin,
    );
    expect(orgUnitHistory).toEqual({ unit: { closedOn: today }, splitIntoIds: [dl, vh] });
    // The old unit's records stay with it, within reach of its people and its bloc's reviewer.
    const activitiesOf = (token: string) =>
      client.ok<{ activities: { id: string }[] }>(`query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id } }`, { u: old, p: periodId }, token);
    expect((await activitiesOf(reporter)).activities.map((a) => a.id)).toEqual([recordActivity.id]);
    expect((await activitiesOf(reviewerS)).activities.map((a) => a.id)).toEqual([recordActivity.id]);

    // Closed now: it does not split again.
    const again = await writesNothing(() => split(old, [{ ...culture, code: 'TACH-X' }, { ...tourism, code: 'TACH-Y' }], `${year + 1}-01-01`));
    expect(detailsOf(again)).toMatchObject({ reason: 'UNIT_CLOSED' });
    // A split before the unit's latest change overlaps it.
    await mutate('renameOrgUnit', 'RenameOrgUnitInput', { id: vh, name: 'Sở Văn hóa - Thể thao', effectiveOn: `${year + 1}-01-01` });
    const overlapping = await writesNothing(() =>
      split(vh, [{ ...culture, code: 'TACH-VH-1', name: 'Một' }, { ...culture, code: 'TACH-VH-2', name: 'Hai' }], `${year}-12-01`),
    );
    expect(codeOf(overlapping)).toBe('BAD_USER_INPUT');
    expect(detailsOf(overlapping)).toMatchObject({ field: 'effectiveOn', reason: 'OVERLAPPING_DATES', from: `${year + 1}-01-01` });
  });

  it('a reporting line set by the admin: the bloc it names reviews the unit from its date, and the bloc of the tree no longer does', async () => {
    const blocA = await create(rootId, 'K-DUYET-A', 'Khối duyệt A', 'BLOC');
    const blocB = await create(rootId, 'K-DUYET-B', 'Khối duyệt B', 'BLOC');
    const unitA = await create(blocA, 'DUYET-A1', 'Đơn vị của khối A', 'UNIT');
    const unitB = await create(blocB, 'DUYET-B1', 'Đơn vị của khối B', 'UNIT');
    const reviewerA = await person(`duyeta.${randomUUID().slice(0, 6)}`, 'BLOC_REVIEWER', blocA);
    const reviewerB = await person(`duyetb.${randomUUID().slice(0, 6)}`, 'BLOC_REVIEWER', blocB);
    const reporterB = await person(`baocaob.${randomUUID().slice(0, 6)}`, 'UNIT_REPORTER', unitB);
    const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      { input: { unitId: unitB, kind: 'BRIEFING', occurredOn: `${year}-02-01`, facts: { topic: 'Hội nghị', present: 5, eligible: 5 } } },
      reporterB,
    );
    const activitiesOf = (token: string) =>
      client.request<{ activities: { id: string }[] }>(`query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id } }`, { u: unitB, p: periodId }, token);
    const line = (name: 'setReportingLine' | 'endReportingLine', input: Record<string, unknown>) =>
      mutate(name, name === 'setReportingLine' ? 'SetReportingLineInput' : 'EndReportingLineInput', input);

    // Without an override, review follows the tree.
    expect(codeOf(await activitiesOf(reviewerA))).toBe('FORBIDDEN');
    expect((await activitiesOf(reviewerB)).data?.activities.map((a) => a.id)).toEqual([recordActivity.id]);

    // Bad input: a unit as the reviewer, a bloc to be reviewed, ending what was never set.
    const unitAsReviewer = await writesNothing(() => line('setReportingLine', { unitId: unitB, reviewerId: unitA, effectiveOn: today }));
    expect(detailsOf(unitAsReviewer)).toMatchObject({ field: 'reviewerId', reason: 'NOT_A_BLOC' });
    const blocReviewed = await writesNothing(() => line('setReportingLine', { unitId: blocB, reviewerId: blocA, effectiveOn: today }));
    expect(detailsOf(blocReviewed)).toMatchObject({ field: 'unitId', reason: 'NOT_A_UNIT' });
    const nothingToEnd = await writesNothing(() => line('endReportingLine', { unitId: unitB, effectiveOn: today }));
    expect(detailsOf(nothingToEnd)).toMatchObject({ reason: 'NO_REPORTING_LINE' });

    // "Unit B is reviewed by bloc A from today": A's reviewer reads it, B's no longer does; it stays under B in the tree.
    const set = await line('setReportingLine', { unitId: unitB, reviewerId: blocA, effectiveOn: today });
    expect(set.errors).toBeUndefined();
    expect(set.data?.['setReportingLine']).toMatchObject({ id: unitB, parentId: blocB, reviewedById: blocA });
    expect((await activitiesOf(reviewerA)).data?.activities.map((a) => a.id)).toEqual([recordActivity.id]);
    expect(codeOf(await activitiesOf(reviewerB))).toBe('FORBIDDEN');
    expect((await tree(reviewerA)).map((u) => u.id)).toContain(unitB);
    expect((await tree(reviewerB)).map((u) => u.id)).not.toContain(unitB);
    expect((await tree(admin, dayBefore(today))).find((u) => u.id === unitB)?.reviewedById).toBeNull();
    // Its own people keep it.
    expect((await activitiesOf(reporterB)).data?.activities.map((a) => a.id)).toEqual([recordActivity.id]);

    // A second override on the same day overlaps the first.
    const overlapping = await writesNothing(() => line('setReportingLine', { unitId: unitB, reviewerId: blocB, effectiveOn: today }));
    expect(codeOf(overlapping)).toBe('BAD_USER_INPUT');
    expect(detailsOf(overlapping)).toMatchObject({ field: 'effectiveOn', reason: 'OVERLAPPING_DATES', from: today });

    // Ended next year: from then on the tree's bloc reviews it again; today nothing changes.
    const nextYear = `${year + 1}-01-01`;
    const ended = await line('endReportingLine', { unitId: unitB, effectiveOn: nextYear });
    expect(ended.data?.['endReportingLine']).toMatchObject({ id: unitB, reviewedById: blocA });
    expect((await tree(admin, nextYear)).find((u) => u.id === unitB)?.reviewedById).toBeNull();
    expect(codeOf(await activitiesOf(reviewerB))).toBe('FORBIDDEN');
    const history = await client.ok<{ orgUnitHistory: { reportingLines: unknown[] } }>(
      `query($id: ID!) { orgUnitHistory(id: $id) { reportingLines { reviewerId from to } } }`,
      { id: unitB },
      admin,
    );
    expect(history.orgUnitHistory.reportingLines).toEqual([{ reviewerId: blocA, from: today, to: nextYear }]);
    // A new override before the end overlaps it.
    const beforeEnd = await writesNothing(() => line('setReportingLine', { unitId: unitB, reviewerId: blocB, effectiveOn: `${year}-12-01` }));
    expect(detailsOf(beforeEnd)).toMatchObject({ reason: 'OVERLAPPING_DATES', from: nextYear });
  });

  it('every change is in the audit log', async () => {
    await waitForRollups(owner, provinceId);
    const { rows } = await owner.query(
      `SELECT DISTINCT action FROM audit.entries WHERE tenant_id = $1 AND action LIKE 'org-unit.%' ORDER BY action`,
      [provinceId],
    );
    expect(rows.map((r) => r.action)).toEqual([
      'org-unit.close',
      'org-unit.correct',
      'org-unit.create',
      'org-unit.end-reporting-line',
      'org-unit.merge',
      'org-unit.move',
      'org-unit.rename',
      'org-unit.set-reporting-line',
      'org-unit.split',
    ]);
  });
});

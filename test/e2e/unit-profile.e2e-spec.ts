import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { GatewayClient, GraphQLResult, ProvinceScenario, buildProvinceScenario, ownerClient, tenantRowDigests, testYear, waitForRollups } from '@qcdc/shared/testing';

/**
 * A unit's profile per period (hồ sơ đơn vị), through the gateway: the first save, the reads of everyone who
 * may read it, the refusals of those who may not, a stale save answered CONFLICT, the starting point copied
 * from the unit's latest earlier period, each bad input with its code and field (nothing written), and the
 * audit log.
 */
describe('unit profiles per period, through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let p: ProvinceScenario;
  let sixMonthId: string;
  const year = testYear();

  const FIELDS = `unitId periodId version copiedFromPeriodId staffCount partyMembers unionMembers
    people { key fullName title } boards { kind termStart termEnd seats { personKey role termStart termEnd } }
    peopleOnSeveralBoards { key fullName boards }`;
  const READ = `query($u: ID!, $p: ID!) { unitProfile(unitId: $u, periodId: $p) { ${FIELDS} } }`;
  const SAVE = `mutation($input: SaveUnitProfileInput!) { saveUnitProfile(input: $input) { ${FIELDS} } }`;
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const detailsOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions ?? {};

  /** The 2006 example's complaint: the head of the democracy team also heads the inspection board. */
  const PROFILE = {
    staffCount: 16,
    partyMembers: 14,
    unionMembers: 16,
    people: [
      { key: 'p1', fullName: 'Nguyễn Văn An', title: 'Phó Chánh Văn phòng' },
      { key: 'p2', fullName: 'Trần Thị Bình', title: 'Chuyên viên' },
      { key: 'p3', fullName: 'Lê Văn Cường', title: null },
    ],
    boards: [
      {
        kind: 'DEMOCRACY_TEAM',
        termStart: null,
        termEnd: null,
        seats: [
          { personKey: 'p1', role: 'HEAD', termStart: null, termEnd: null },
          { personKey: 'p2', role: 'MEMBER', termStart: null, termEnd: null },
        ],
      },
      {
        kind: 'PEOPLES_INSPECTION',
        termStart: `${year - 1}-01-01`,
        termEnd: `${year + 1}-01-01`,
        seats: [
          { personKey: 'p1', role: 'HEAD', termStart: `${year - 1}-01-01`, termEnd: null },
          { personKey: 'p3', role: 'DEPUTY', termStart: null, termEnd: null },
        ],
      },
    ],
  };
  const input = (periodId: string, expectedVersion: number, change: Record<string, unknown> = {}) => ({
    input: { unitId: p.unitIds[0], periodId, expectedVersion, ...PROFILE, ...change },
  });

  async function writesNothing<T>(act: () => Promise<T>): Promise<T> {
    await waitForRollups(owner, p.provinceId);
    const before = await tenantRowDigests(owner, p.provinceId);
    const result = await act();
    await waitForRollups(owner, p.provinceId);
    expect(await tenantRowDigests(owner, p.provinceId)).toEqual(before);
    return result;
  }

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    p = await buildProvinceScenario(client, platform);
    const { openReportingPeriod } = await client.ok<{ openReportingPeriod: { id: string } }>(
      `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
      { input: { year, kind: 'SIX_MONTH', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-06-14`, dueOn: `${year}-06-20` } },
      p.tokens.admin,
    );
    sixMonthId = openReportingPeriod.id;
  });

  afterAll(() => owner.end());

  it('starts empty, saves the whole profile, flags the person on two boards, and reads back for everyone in scope', async () => {
    const empty = await client.ok<{ unitProfile: Record<string, unknown> }>(READ, { u: p.unitIds[0], p: sixMonthId }, p.tokens.reporters[0]);
    expect(empty.unitProfile).toMatchObject({ version: 0, copiedFromPeriodId: null, staffCount: null, people: [], boards: [] });

    const saved = await client.ok<{ saveUnitProfile: Record<string, unknown> }>(SAVE, input(sixMonthId, 0), p.tokens.reporters[0]);
    const expected = {
      unitId: p.unitIds[0],
      periodId: sixMonthId,
      version: 1,
      copiedFromPeriodId: null,
      ...PROFILE,
      peopleOnSeveralBoards: [{ key: 'p1', fullName: 'Nguyễn Văn An', boards: ['DEMOCRACY_TEAM', 'PEOPLES_INSPECTION'] }],
    };
    expect(saved.saveUnitProfile).toEqual(expected);
    for (const token of [p.tokens.reporters[0], p.tokens.blocReviewer, p.tokens.committee, p.tokens.admin]) {
      expect((await client.ok<{ unitProfile: unknown }>(READ, { u: p.unitIds[0], p: sixMonthId }, token)).unitProfile).toEqual(expected);
    }
  });

  it('refuses the people out of scope: another unit’s reporter, a reader saving, an unknown period', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['another unit’s reporter reads', READ, { u: p.unitIds[0], p: sixMonthId }, p.tokens.reporters[1]],
      ['another unit’s reporter saves', SAVE, input(sixMonthId, 1), p.tokens.reporters[1]],
      ['the bloc reviewer saves', SAVE, input(sixMonthId, 1), p.tokens.blocReviewer],
      ['the committee saves', SAVE, input(sixMonthId, 1), p.tokens.committee],
      ['a period that does not exist', SAVE, input(randomUUID(), 0), p.tokens.reporters[0]],
    ];
    const outcomes: Record<string, unknown> = {};
    await writesNothing(async () => {
      for (const [name, query, variables, token] of cases) outcomes[name] = codeOf(await client.request(query, variables, token));
    });
    expect(outcomes).toEqual({
      'another unit’s reporter reads': 'FORBIDDEN',
      'another unit’s reporter saves': 'FORBIDDEN',
      'the bloc reviewer saves': 'FORBIDDEN',
      'the committee saves': 'FORBIDDEN',
      'a period that does not exist': 'NOT_FOUND',
    });
  });

  it('answers CONFLICT to a save from a version someone else saved over, and writes nothing of it', async () => {
    // Two editors opened version 1; the first saves.
    const first = await client.ok<{ saveUnitProfile: { version: number } }>(SAVE, input(sixMonthId, 1, { staffCount: 17 }), p.tokens.reporters[0]);
    expect(first.saveUnitProfile.version).toBe(2);
    const stale = await writesNothing(() => client.request(SAVE, input(sixMonthId, 1, { staffCount: 18 }), p.tokens.reporters[0]));
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(detailsOf(stale)).toMatchObject({ field: 'expectedVersion', reason: 'STALE_VERSION', currentVersion: 2 });
    expect(stale.errors?.[0]?.message).toMatch(/vừa được người khác lưu/);
    // A first save over a profile that exists is stale too.
    expect(codeOf(await client.request(SAVE, input(sixMonthId, 0), p.tokens.reporters[0]))).toBe('CONFLICT');
    // Reloaded, the second editor saves over version 2.
    const again = await client.ok<{ saveUnitProfile: { version: number; staffCount: number } }>(
      SAVE,
      input(sixMonthId, 2, { staffCount: 18 }),
      p.tokens.reporters[0],
    );
    expect(again.saveUnitProfile).toMatchObject({ version: 3, staffCount: 18 });
  });

  it('offers the latest earlier period’s profile as the starting point of a new period, and keeps both', async () => {
    const start = await client.ok<{ unitProfile: Record<string, unknown> }>(READ, { u: p.unitIds[0], p: p.periodId }, p.tokens.reporters[0]);
    expect(start.unitProfile).toMatchObject({ periodId: p.periodId, version: 0, copiedFromPeriodId: sixMonthId, staffCount: 18, people: PROFILE.people });
    // The other unit has nothing to copy.
    const other = await client.ok<{ unitProfile: Record<string, unknown> }>(READ, { u: p.unitIds[1], p: p.periodId }, p.tokens.reporters[1]);
    expect(other.unitProfile).toMatchObject({ version: 0, copiedFromPeriodId: null, people: [] });

    const yearly = await client.ok<{ saveUnitProfile: Record<string, unknown> }>(SAVE, input(p.periodId, 0, { staffCount: 19 }), p.tokens.reporters[0]);
    expect(yearly.saveUnitProfile).toMatchObject({ periodId: p.periodId, version: 1, copiedFromPeriodId: null, staffCount: 19 });
    const sixMonth = await client.ok<{ unitProfile: Record<string, unknown> }>(READ, { u: p.unitIds[0], p: sixMonthId }, p.tokens.reporters[0]);
    expect(sixMonth.unitProfile).toMatchObject({ version: 3, staffCount: 18 });
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'a member on the same board twice',
      { boards: [{ kind: 'DEMOCRACY_TEAM', seats: [{ personKey: 'p1', role: 'HEAD' }, { personKey: 'p1', role: 'MEMBER' }] }] },
      { code: 'BAD_USER_INPUT', field: 'seats', reason: 'DUPLICATE_SEAT' },
    ],
    [
      'two heads of one board',
      { boards: [{ kind: 'UNION_EXECUTIVE', seats: [{ personKey: 'p1', role: 'HEAD' }, { personKey: 'p2', role: 'HEAD' }] }] },
      { code: 'BAD_USER_INPUT', field: 'role', reason: 'SECOND_HEAD' },
    ],
    [
      'a term that ends before it starts',
      { boards: [{ kind: 'UNION_EXECUTIVE', termStart: `${year}-06-01`, termEnd: `${year}-01-01`, seats: [] }] },
      { code: 'BAD_USER_INPUT', field: 'termEnd', reason: 'TERM_ORDER' },
    ],
    [
      'a seat that starts before its board’s term',
      { boards: [{ kind: 'UNION_EXECUTIVE', termStart: `${year}-01-01`, seats: [{ personKey: 'p2', role: 'MEMBER', termStart: `${year - 3}-01-01` }] }] },
      { code: 'BAD_USER_INPUT', field: 'termStart', reason: 'OUTSIDE_BOARD_TERM' },
    ],
    [
      'a seat for someone not in the list',
      { boards: [{ kind: 'DEMOCRACY_TEAM', seats: [{ personKey: 'p9', role: 'MEMBER' }] }] },
      { code: 'BAD_USER_INPUT', field: 'personKey', reason: 'UNKNOWN_PERSON' },
    ],
    ['a person listed twice', { people: [...PROFILE.people, { key: 'p1', fullName: 'Nguyễn Văn An' }] }, { code: 'BAD_USER_INPUT', field: 'people', reason: 'DUPLICATE_PERSON' }],
    ['a negative staff count', { staffCount: -1 }, { code: 'BAD_USER_INPUT', field: 'staffCount' }],
    ['a term that is no date', { boards: [{ kind: 'DEMOCRACY_TEAM', termStart: '2026-02-30', seats: [] }] }, { code: 'BAD_USER_INPUT', field: 'termStart' }],
  ])('%s: refused with its code and field, nothing written', async (_name, change, expected) => {
    const r = await writesNothing(() => client.request(SAVE, input(sixMonthId, 3, change), p.tokens.reporters[0]));
    expect({ code: codeOf(r), ...detailsOf(r) }).toMatchObject(expected);
    expect(r.errors?.[0]?.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
  });

  it('puts every save in the audit log, with only the fields that changed', async () => {
    await waitForRollups(owner, p.provinceId);
    const { rows } = await owner.query(
      `SELECT object_type, before, after FROM audit.entries WHERE tenant_id = $1 AND action = 'unit-profile.save' ORDER BY occurred_at`,
      [p.provinceId],
    );
    expect(rows.map((r) => r.object_type)).toEqual(['unit-profile', 'unit-profile', 'unit-profile', 'unit-profile']);
    expect(rows[0].before).toBeNull();
    expect(rows[0].after.boards.PEOPLES_INSPECTION.seats.p1).toEqual({ role: 'HEAD', termStart: `${year - 1}-01-01`, termEnd: null });
    expect({ before: rows[1].before, after: rows[1].after }).toEqual({ before: { staffCount: 16 }, after: { staffCount: 17 } });
  });
});

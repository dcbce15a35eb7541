import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { GatewayClient, ProvinceScenario, buildProvinceScenario, testYear } from '@qcdc/shared/testing';

const PERIOD = 'id year kind windowStart windowEnd dueOn graceDays status';
const CALENDAR = `{ reportingCalendar { rules { kind windowStart windowStartPreviousYear windowEnd due graceDays } updatedAt } }`;
const SAVE = `mutation($input: SaveReportingCalendarInput!) { saveReportingCalendar(input: $input) { rules { kind windowStart windowEnd due graceDays } updatedAt } }`;
const GENERATE = `mutation($y: Int!) { generateReportingPeriods(year: $y) { ${PERIOD} } }`;
const CLOSE = `mutation($p: ID!) { closeReportingPeriod(periodId: $p) { ${PERIOD} } }`;
const REOPEN = `mutation($p: ID!) { reopenReportingPeriod(periodId: $p) { ${PERIOD} } }`;
const PERIODS = `query($y: Int!) { reportingPeriods(year: $y) { ${PERIOD} } }`;
const RECORD = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;

type Period = { id: string; year: number; kind: string; windowStart: string; windowEnd: string; dueOn: string; graceDays: number; status: string };

const CUSTOMARY = [
  { kind: 'SIX_MONTH', windowStart: '12-15', windowStartPreviousYear: true, windowEnd: '06-14', due: '06-20', graceDays: 0 },
  { kind: 'YEAR', windowStart: '12-15', windowStartPreviousYear: true, windowEnd: '12-14', due: '12-20', graceDays: 0 },
];

/**
 * The province's reporting calendar through the gateway: the admin saves the rules, generates a year's periods
 * from them (twice: the same periods; the one the province had is kept), closes a period (activities in its
 * window are refused) and reopens it. Another province's calendar and periods are untouched; a unit reporter
 * may do none of it; a rule out of order is refused with the field to fix.
 */
describe('the reporting calendar', () => {
  const client = new GatewayClient();
  const year = testYear();
  let a: ProvinceScenario;
  let b: ProvinceScenario;

  const periodsOf = async (p: ProvinceScenario, y: number) =>
    (await client.ok<{ reportingPeriods: Period[] }>(PERIODS, { y }, p.tokens.admin)).reportingPeriods;
  const briefing = (p: ProvinceScenario, occurredOn: string) =>
    client.request(
      RECORD,
      { input: { unitId: p.unitIds[0], kind: 'BRIEFING', occurredOn, facts: { topic: 'Phổ biến quy chế dân chủ', sessions: 1, present: 15, eligible: 16, countUnit: 'COMRADES' } } },
      p.tokens.reporters[0],
    );

  beforeAll(async () => {
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform);
    b = await buildProvinceScenario(client, platform);
  });

  it('is the customary one until the admin saves one', async () => {
    expect(await client.ok(CALENDAR, {}, a.tokens.reporters[0])).toEqual({ reportingCalendar: { rules: CUSTOMARY, updatedAt: null } });
  });

  it.each([
    ['a window ending before it starts', { windowStart: '06-15', windowStartPreviousYear: false, windowEnd: '06-14' }, 'windowEnd'],
    ['due before the window starts', { windowStart: '06-15', windowStartPreviousYear: false, windowEnd: '12-14', due: '06-01' }, 'due'],
    ['30 February', { due: '02-30' }, 'due'],
  ])('refuses %s with the field to fix, and keeps the calendar', async (_name, change, field) => {
    const rules = [CUSTOMARY[0], { ...CUSTOMARY[1], ...change }];
    const answer = await client.request(SAVE, { input: { rules } }, a.tokens.admin);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.errors?.[0]?.message).toMatch(/\p{L}/u);
    expect(await client.ok(CALENDAR, {}, a.tokens.admin)).toEqual({ reportingCalendar: { rules: CUSTOMARY, updatedAt: null } });
  });

  it('refuses a unit reporter every change', async () => {
    const calls: [string, Record<string, unknown>][] = [
      [SAVE, { input: { rules: CUSTOMARY } }],
      [GENERATE, { y: year }],
      [CLOSE, { p: a.periodId }],
      [REOPEN, { p: a.periodId }],
    ];
    for (const [query, variables] of calls) {
      const answer = await client.request(query, variables, a.tokens.reporters[0]);
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await periodsOf(a, year)).map((p) => [p.kind, p.status])).toEqual([['YEAR', 'OPEN']]);
  });

  it('generates the missing periods of a year from the saved calendar, the same twice, and keeps the one the province had', async () => {
    const rules = [
      { ...CUSTOMARY[0], graceDays: 3 },
      { ...CUSTOMARY[1], graceDays: 5 },
    ];
    const { saveReportingCalendar } = await client.ok<{ saveReportingCalendar: { updatedAt: string } }>(SAVE, { input: { rules } }, a.tokens.admin);
    expect(saveReportingCalendar.updatedAt).toEqual(expect.any(String));

    const first = (await client.ok<{ generateReportingPeriods: Period[] }>(GENERATE, { y: year }, a.tokens.admin)).generateReportingPeriods;
    const second = (await client.ok<{ generateReportingPeriods: Period[] }>(GENERATE, { y: year }, a.tokens.admin)).generateReportingPeriods;
    expect(second).toEqual(first);
    expect(await periodsOf(a, year)).toEqual(first);
    expect(first.map(({ id: _id, ...p }) => p)).toEqual([
      { year, kind: 'SIX_MONTH', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-06-14`, dueOn: `${year}-06-20`, graceDays: 3, status: 'OPEN' },
      // Opened by the scenario before the calendar: kept with its own due date.
      { year, kind: 'YEAR', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-12-14`, dueOn: `${year}-12-31`, graceDays: 0, status: 'OPEN' },
    ]);
    expect(first.find((p) => p.kind === 'YEAR')?.id).toBe(a.periodId);

    const next = (await client.ok<{ generateReportingPeriods: Period[] }>(GENERATE, { y: year + 1 }, a.tokens.admin)).generateReportingPeriods;
    expect(next.map((p) => [p.kind, p.windowStart, p.dueOn, p.graceDays])).toEqual([
      ['SIX_MONTH', `${year}-12-15`, `${year + 1}-06-20`, 3],
      ['YEAR', `${year}-12-15`, `${year + 1}-12-20`, 5],
    ]);
  });

  it('leaves another province untouched', async () => {
    expect(await client.ok(CALENDAR, {}, b.tokens.admin)).toEqual({ reportingCalendar: { rules: CUSTOMARY, updatedAt: null } });
    expect((await periodsOf(b, year)).map((p) => p.id)).toEqual([b.periodId]);
    expect(await periodsOf(b, year + 1)).toEqual([]);
    const foreign = await client.request(CLOSE, { p: a.periodId }, b.tokens.admin);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('closing a period stops new activities in its window, reopening takes them again', async () => {
    const june = `${year}-06-16`; // only in the yearly window (the six-month one ends on 14/6), before the tests' today
    const spring = `${year}-03-01`; // in the six-month window too
    const closed = (await client.ok<{ closeReportingPeriod: Period }>(CLOSE, { p: a.periodId }, a.tokens.admin)).closeReportingPeriod;
    expect(closed).toMatchObject({ id: a.periodId, status: 'CLOSED' });
    // Closing again changes nothing.
    expect((await client.ok<{ closeReportingPeriod: Period }>(CLOSE, { p: a.periodId }, a.tokens.admin)).closeReportingPeriod).toEqual(closed);

    const refused = await briefing(a, june);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'occurredOn', reason: 'OUTSIDE_OPEN_PERIODS' } });
    expect(refused.data).toBeNull();
    expect((await briefing(a, spring)).errors).toBeUndefined();
    // The other province's period, with the same window, still takes data.
    expect((await briefing(b, june)).errors).toBeUndefined();

    expect((await client.ok<{ reopenReportingPeriod: Period }>(REOPEN, { p: a.periodId }, a.tokens.admin)).reopenReportingPeriod.status).toBe('OPEN');
    expect((await briefing(a, june)).errors).toBeUndefined();
  });
});

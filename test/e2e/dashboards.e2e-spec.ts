import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { vietnamToday } from '@qcdc/shared/contracts';
import { GatewayClient, mapLimit, ownerClient, submitUnitReport, testClock, testYear, waitForRollups } from '@qcdc/shared/testing';

/**
 * The committee's dashboards through the gateway, on a province of two blocs and three unit types with
 * several submissions in two years of the same period kind: every figure checked against what was
 * submitted (counts, rates, average, median, bands, histogram, ranks with ties, filters, search, paging,
 * the heat map, year over year, a unit's standing), who may read what, bad input, and the roll-ups fresh
 * after a submission.
 */

const year = testYear();
const lastYear = year - 1;

/** The units: bloc, code, name (with marks, for the search), unit type, this year's and last year's score. */
const PLAN = [
  { bloc: 0, code: 'DV-A1', name: 'Sở Tài chính', type: 'AGENCY', score: 95, last: 70 },
  { bloc: 0, code: 'DV-A2', name: 'Xã Đông Hà', type: 'COMMUNE', score: 80, last: 90 },
  { bloc: 0, code: 'DV-A3', name: 'Sở Y tế', type: 'AGENCY', score: 80, last: null },
  { bloc: 1, code: 'DV-B1', name: 'Phường Ánh Dương', type: 'COMMUNE', score: 60, last: null },
  { bloc: 1, code: 'DV-B2', name: 'Ban Quản lý dự án', type: 'AGENCY', score: 45, last: null },
  { bloc: 1, code: 'DV-B3', name: 'Xã Tân Lập', type: 'COMMUNE', score: null, last: null },
] as const;

interface Criterion {
  id: string;
  code: string;
  maxPoints: number;
}

/** Points per criterion that add up to `total`: full marks, less what is cut from the first criteria. */
function pointsFor(criteria: Criterion[], total: number): Record<string, number> {
  let remaining = criteria.reduce((s, c) => s + c.maxPoints, 0) - total;
  return Object.fromEntries(
    criteria.map((c) => {
      const cut = Math.min(c.maxPoints, remaining);
      remaining -= cut;
      return [c.code, c.maxPoints - cut];
    }),
  );
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * How long the events may take to settle: the submissions' documents (DOCX then PDF through LibreOffice) are
 * part of it, and LibreOffice is slow on a loaded machine.
 */
const SETTLE_MS = 240_000;

describe('the committee’s dashboards through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let provinceId: string;
  let blocIds: string[];
  let unitIds: string[];
  let periodId: string;
  let lastPeriodId: string;
  let criteria: Criterion[];
  let lastCriteria: Criterion[];
  let tokens: { admin: string; committee: string; reviewers: string[]; reporters: string[]; heads: string[] };

  const gql = <T>(query: string, variables: Record<string, unknown>, token = tokens.committee) => client.ok<T>(query, variables, token);

  const saveScore = async (i: number, pid: string, rubric: Criterion[], total: number) => {
    const points = pointsFor(rubric, total);
    await client.ok(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
      { input: { unitId: unitIds[i], periodId: pid, scores: rubric.map((c) => ({ criterionId: c.id, points: points[c.code] })), expectedVersion: 0 } },
      tokens.reporters[i],
    );
  };
  const submit = (i: number, pid: string) => submitUnitReport(client, { reporter: tokens.reporters[i], head: tokens.heads[i] }, unitIds[i], pid);

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    const code = `d-${randomUUID().slice(0, 8)}`;
    const password = `mat-khau-${code}`;
    const { createProvince } = await client.ok<{ createProvince: { id: string } }>(
      `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
      { input: { code, name: `Tỉnh ${code}`, adminUsername: 'quantri', adminPassword: password, adminDisplayName: 'Quản trị tỉnh' } },
      platform,
    );
    provinceId = createProvince.id;
    const admin = await client.login(code, 'quantri', password);
    const { orgUnits } = await client.ok<{ orgUnits: { id: string; kind: string }[] }>(`{ orgUnits { id kind } }`, {}, admin);
    const rootId = orgUnits.find((u) => u.kind === 'PROVINCE_COMMITTEE')?.id as string;
    const createUnit = async (parentId: string, unitCode: string, name: string, kind: 'BLOC' | 'UNIT', unitType: string) =>
      (
        await client.ok<{ createOrgUnit: { id: string } }>(
          `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
          { input: { parentId, code: unitCode, name, kind, unitType } },
          admin,
        )
      ).createOrgUnit.id;
    blocIds = [
      await createUnit(rootId, 'KHOI-A', 'Khối các cơ quan', 'BLOC', 'COMMITTEE'),
      await createUnit(rootId, 'KHOI-B', 'Khối xã, phường', 'BLOC', 'COMMITTEE'),
    ];
    unitIds = await mapLimit(PLAN, 3, (u) => createUnit(blocIds[u.bloc], u.code, u.name, 'UNIT', u.type));
    const rubric = async (y: number) =>
      (
        await client.ok<{ adoptDefaultRubric: { criteria: Criterion[] } }>(
          `mutation($year: Int!) { adoptDefaultRubric(year: $year) { criteria { id code maxPoints } } }`,
          { year: y },
          admin,
        )
      ).adoptDefaultRubric.criteria;
    criteria = await rubric(year);
    lastCriteria = await rubric(lastYear);
    const open = async (y: number) =>
      (
        await client.ok<{ openReportingPeriod: { id: string } }>(
          `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
          { input: { year: y, kind: 'YEAR', windowStart: `${y - 1}-12-15`, windowEnd: `${y}-12-14`, dueOn: `${y}-12-20` } },
          admin,
        )
      ).openReportingPeriod.id;
    lastPeriodId = await open(lastYear);
    periodId = await open(year);
    const user = async (username: string, role: string, orgUnitId: string) => {
      await client.ok(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username, password, displayName: username, role, orgUnitId } },
        admin,
      );
      return client.login(code, username, password);
    };
    tokens = {
      admin,
      committee: await user('bancd', 'PROVINCE_COMMITTEE', rootId),
      reviewers: [await user('khoia', 'BLOC_REVIEWER', blocIds[0]), await user('khoib', 'BLOC_REVIEWER', blocIds[1])],
      reporters: await mapLimit(PLAN, 3, (_, i) => user(`baocao${i + 1}`, 'UNIT_REPORTER', unitIds[i])),
      heads: await mapLimit(PLAN, 3, (_, i) => user(`thutruong${i + 1}`, 'UNIT_HEAD', unitIds[i])),
    };
    // Last year first (submitted late: its due day is past by the test clock), then this year.
    await mapLimit(PLAN, 3, async (u, i) => {
      if (u.last !== null) {
        await saveScore(i, lastPeriodId, lastCriteria, u.last);
        await submit(i, lastPeriodId);
      }
      if (u.score !== null) {
        await saveScore(i, periodId, criteria, u.score);
        await submit(i, periodId);
      }
    });
    await waitForRollups(owner, provinceId, SETTLE_MS);
  }, 2 * SETTLE_MS);

  afterAll(() => owner.end());

  const submitted = PLAN.filter((u) => u.score !== null);
  const scores = submitted.map((u) => u.score as number);
  const BAND_OF = (s: number) => (s >= 90 ? 'TOT' : s >= 70 ? 'KHA' : s >= 50 ? 'TRUNG_BINH' : 'YEU');
  const bandCounts = (values: number[]) =>
    ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'].map((band) => ({ band, count: values.filter((v) => BAND_OF(v) === band).length }));

  const CELL_FIELDS = `periodId dimension value label unitsExpected unitsSubmitted unitsNotSubmitted unitsOnTime unitsLate unitsApproved
    unitsReturned submissionRate onTimeRate averageScore medianScore scoreHistogram bandCounts { band count }
    criterionAverages { code title maxPoints average } staffConferenceRate inspectionBoards inspectionSessions disclosures
    consultations complaintsReceived complaintsResolved activityCounts { kind label count } refreshedAt`;
  const CELLS = `query($p: ID!, $d: RollupDimension!) { rollupCells(periodId: $p, dimension: $d) { ${CELL_FIELDS} } }`;
  type Cell = Record<string, unknown> & { value: string; label: string; criterionAverages: { code: string; average: number | null; maxPoints: number }[] };
  const cells = async (d: string, token?: string, p = periodId) => (await gql<{ rollupCells: Cell[] }>(CELLS, { p, d }, token)).rollupCells;

  it('gives the province’s cell: counts, rates, average, median, histogram, bands and criterion averages', async () => {
    const [province] = await cells('PROVINCE');
    const histogram = Array.from({ length: 10 }, (_, b) => scores.filter((s) => Math.min(9, Math.floor(s / 10)) === b).length);
    expect(province).toMatchObject({
      periodId,
      dimension: 'PROVINCE',
      value: '',
      label: 'Toàn tỉnh',
      unitsExpected: 6,
      unitsSubmitted: 5,
      unitsNotSubmitted: 1,
      unitsOnTime: 5,
      unitsLate: 0,
      unitsApproved: 0,
      unitsReturned: 0,
      submissionRate: round2((100 * 5) / 6),
      onTimeRate: 100,
      averageScore: round2(scores.reduce((a, b) => a + b, 0) / 5),
      medianScore: median(scores),
      scoreHistogram: histogram,
      bandCounts: bandCounts(scores),
    });
    // Every leaf criterion of the year's rubric in rubric order, averaged over the units scored on it.
    expect(province.criterionAverages.map((c) => c.code)).toEqual(criteria.map((c) => c.code));
    for (const c of criteria) {
      const expected = round2(submitted.reduce((sum, u) => sum + pointsFor(criteria, u.score as number)[c.code], 0) / submitted.length);
      expect(province.criterionAverages.find((a) => a.code === c.code)).toMatchObject({ maxPoints: c.maxPoints, average: expected });
    }
  });

  it('gives a cell per bloc and per unit type, named, with its own median', async () => {
    const blocs = await cells('BLOC');
    expect(blocs.map((c) => [c.value, c.label, c.unitsExpected, c.unitsSubmitted, c.averageScore, c.medianScore])).toEqual([
      [blocIds[0], 'Khối các cơ quan', 3, 3, round2((95 + 80 + 80) / 3), 80],
      [blocIds[1], 'Khối xã, phường', 3, 2, 52.5, 52.5],
    ]);
    const types = await cells('UNIT_TYPE');
    expect(types.map((c) => [c.value, c.label, c.unitsExpected, c.unitsSubmitted, c.averageScore, c.medianScore])).toEqual([
      ['AGENCY', 'Cơ quan', 3, 3, round2((95 + 80 + 45) / 3), 80],
      ['COMMUNE', 'Xã, phường, đặc khu', 3, 2, 70, 70],
    ]);
  });

  const RANKING = `query($input: UnitRankingInput!) { unitRanking(input: $input) {
    total bandCounts { band count } rows { rank unitId code name blocId blocName unitType status scoreTotal band late submittedAt reportId lastYearScore } } }`;
  type Ranked = { rank: number | null; code: string; scoreTotal: number | null; lastYearScore: number | null; status: string | null; band: string | null };
  type Page = { total: number; bandCounts: { band: string; count: number }[]; rows: Ranked[] };
  const ranking = async (input: Record<string, unknown>, token?: string) =>
    (await gql<{ unitRanking: Page }>(RANKING, { input: { periodId, ...input } }, token)).unitRanking;
  const ranks = (page: Page) => page.rows.map((r) => [r.code, r.rank]);

  it('ranks the units by score with ties (1, 2, 2, 4), the units without a score last and unranked, with last year’s score', async () => {
    const page = await ranking({});
    expect(page.total).toBe(6);
    expect(ranks(page)).toEqual([
      ['DV-A1', 1],
      ['DV-A2', 2],
      ['DV-A3', 2],
      ['DV-B1', 4],
      ['DV-B2', 5],
      ['DV-B3', null],
    ]);
    expect(page.rows.map((r) => r.lastYearScore)).toEqual([70, 90, null, null, null, null]);
    expect(page.rows[0]).toMatchObject({ status: 'SUBMITTED', scoreTotal: 95, band: 'TOT' });
    expect(page.rows[5]).toMatchObject({ status: null, scoreTotal: null, band: null });
    expect(page.bandCounts).toEqual(bandCounts(scores));
  });

  it('filters by bloc, unit type, band and an accent-insensitive search, ranking among the filtered units', async () => {
    expect(ranks(await ranking({ blocId: blocIds[1] }))).toEqual([
      ['DV-B1', 1],
      ['DV-B2', 2],
      ['DV-B3', null],
    ]);
    expect(ranks(await ranking({ unitType: 'COMMUNE' }))).toEqual([
      ['DV-A2', 1],
      ['DV-B1', 2],
      ['DV-B3', null],
    ]);
    const kha = await ranking({ band: 'KHA' });
    expect([kha.total, ranks(kha)]).toEqual([
      2,
      [
        ['DV-A2', 1],
        ['DV-A3', 1],
      ],
    ]);
    // The band distribution is the filtered units' without the band filter, so the chart keeps every band.
    expect(kha.bandCounts).toEqual(bandCounts(scores));
    for (const search of ['dong ha', 'ĐÔNG HÀ', 'Đông', 'xa dong']) expect(ranks(await ranking({ search }))).toEqual([['DV-A2', 1]]);
    expect(ranks(await ranking({ search: 'anh duong' }))).toEqual([['DV-B1', 1]]);
    expect((await ranking({ search: 'dv-b' })).total).toBe(3);
    expect((await ranking({ search: 'không có đơn vị này' })).total).toBe(0);
  });

  it('sorts and pages, with the total and the ranks of the whole filtered list', async () => {
    const page = await ranking({ offset: 2, limit: 2 });
    expect([page.total, ranks(page)]).toEqual([
      6,
      [
        ['DV-A3', 2],
        ['DV-B1', 4],
      ],
    ]);
    expect((await ranking({ offset: 6 })).rows).toEqual([]);
    expect((await ranking({ sort: 'SCORE_ASC' })).rows.map((r) => r.code)).toEqual(['DV-B2', 'DV-B1', 'DV-A2', 'DV-A3', 'DV-A1', 'DV-B3']);
    expect((await ranking({ sort: 'NAME' })).rows.map((r) => r.code)).toEqual(
      [...PLAN].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((u) => u.code),
    );
    expect((await ranking({ sort: 'CODE', limit: 3 })).rows.map((r) => r.code)).toEqual(['DV-A1', 'DV-A2', 'DV-A3']);
    const bySubmission = (await ranking({ sort: 'SUBMITTED_AT' })).rows;
    expect(bySubmission[5].code).toBe('DV-B3');
  });

  it('lays out the heat map: the rubric’s criteria and each unit’s points aligned with them', async () => {
    const { criterionHeatmap } = await gql<{
      criterionHeatmap: { total: number; criteria: { code: string; maxPoints: number }[]; rows: { code: string; scoreTotal: number | null; scores: (number | null)[] }[] };
    }>(
      `query($input: UnitRankingInput!) { criterionHeatmap(input: $input) { total criteria { code title maxPoints } rows { unitId code name scoreTotal scores } } }`,
      { input: { periodId, blocId: blocIds[1] } },
    );
    expect(criterionHeatmap.total).toBe(3);
    expect(criterionHeatmap.criteria.map((c) => [c.code, c.maxPoints])).toEqual(criteria.map((c) => [c.code, c.maxPoints]));
    expect(criterionHeatmap.rows.map((r) => r.code)).toEqual(['DV-B1', 'DV-B2', 'DV-B3']);
    const b1 = pointsFor(criteria, 60);
    expect(criterionHeatmap.rows[0].scores).toEqual(criteria.map((c) => b1[c.code]));
    expect(criterionHeatmap.rows[2]).toEqual({ code: 'DV-B3', scoreTotal: null, scores: criteria.map(() => null), unitId: unitIds[5], name: 'Xã Tân Lập' });
  });

  it('compares each cell with the same cell of the same period kind last year', async () => {
    const { yearOverYear } = await gql<{ yearOverYear: Record<string, unknown>[] }>(
      `query($p: ID!, $d: RollupDimension!) { yearOverYear(periodId: $p, dimension: $d) {
        dimension value label averageScore lastYearAverageScore submissionRate lastYearSubmissionRate bandCounts { band count } lastYearBandCounts { band count } } }`,
      { p: periodId, d: 'PROVINCE' },
    );
    expect(yearOverYear).toEqual([
      {
        dimension: 'PROVINCE',
        value: '',
        label: 'Toàn tỉnh',
        averageScore: 72,
        lastYearAverageScore: 80,
        submissionRate: round2((100 * 5) / 6),
        lastYearSubmissionRate: round2((100 * 2) / 6),
        bandCounts: bandCounts(scores),
        lastYearBandCounts: bandCounts([70, 90]),
      },
    ]);
    const blocs = (
      await gql<{ yearOverYear: { value: string; averageScore: number | null; lastYearAverageScore: number | null }[] }>(
        `query($p: ID!) { yearOverYear(periodId: $p, dimension: BLOC) { value averageScore lastYearAverageScore } }`,
        { p: periodId },
      )
    ).yearOverYear;
    expect(blocs).toEqual([
      { value: blocIds[0], averageScore: 85, lastYearAverageScore: 80 },
      { value: blocIds[1], averageScore: 52.5, lastYearAverageScore: null },
    ]);
  });

  const STANDING = `query($p: ID!, $u: ID!) { unitStanding(periodId: $p, unitId: $u) {
    periodId unitId code name blocId blocName unitType rank rankedUnits blocRank blocRankedUnits scoreTotal band lastYearScore status reportId
    criteria { code title maxPoints points blocMedian lastYear } } }`;

  it('explains a unit’s rank: its points per criterion against its bloc’s median and its own last year', async () => {
    const { unitStanding } = await gql<{ unitStanding: Record<string, unknown> & { criteria: Record<string, unknown>[] } }>(STANDING, { p: periodId, u: unitIds[0] });
    expect(unitStanding).toMatchObject({
      periodId,
      unitId: unitIds[0],
      code: 'DV-A1',
      blocId: blocIds[0],
      blocName: 'Khối các cơ quan',
      unitType: 'AGENCY',
      rank: 1,
      rankedUnits: 5,
      blocRank: 1,
      blocRankedUnits: 3,
      scoreTotal: 95,
      band: 'TOT',
      lastYearScore: 70,
      status: 'SUBMITTED',
    });
    const [mine, a2, a3, last] = [pointsFor(criteria, 95), pointsFor(criteria, 80), pointsFor(criteria, 80), pointsFor(lastCriteria, 70)];
    expect(unitStanding.criteria).toEqual(
      criteria.map((c) => ({
        code: c.code,
        title: expect.any(String),
        maxPoints: c.maxPoints,
        points: mine[c.code],
        blocMedian: median([mine[c.code], a2[c.code], a3[c.code]]),
        lastYear: last[c.code],
      })),
    );
    // A tie shares the rank; a unit with no score has none.
    const tie = (await gql<{ unitStanding: { rank: number; blocRank: number } }>(STANDING, { p: periodId, u: unitIds[2] })).unitStanding;
    expect([tie.rank, tie.blocRank]).toEqual([2, 2]);
    const none = (await gql<{ unitStanding: { rank: number | null; rankedUnits: number; blocRankedUnits: number } }>(STANDING, { p: periodId, u: unitIds[5] }))
      .unitStanding;
    expect(none).toMatchObject({ rank: null, rankedUnits: 5, blocRankedUnits: 2 });
  });

  const COMPLETENESS = `query($p: ID!, $b: ID) { completeness(periodId: $p, blocId: $b) {
    unitId code name blocId blocName unitType status submittedAt late reportId daysOverdue lastReminder lastRemindedAt } }`;
  type Completeness = {
    unitId: string; code: string; status: string | null; late: boolean | null; daysOverdue: number | null; lastReminder: string | null; lastRemindedAt: string | null;
  };
  const completeness = async (p: string, b: string | null = null, token?: string) =>
    (await gql<{ completeness: Completeness[] }>(COMPLETENESS, { p, b }, token)).completeness;

  it('says who has not submitted, and for how many days past the due day by the app clock', async () => {
    const now = await completeness(periodId);
    expect(now.map((u) => [u.code, u.status, u.daysOverdue])).toEqual(PLAN.map((u) => [u.code, u.score === null ? null : 'SUBMITTED', null]));
    // Last year's due day (20/12) is past: the units that did not submit are overdue by the days since.
    const today = vietnamToday(testClock().now());
    const days = Math.round((Date.parse(today) - Date.parse(`${lastYear}-12-20`)) / 86_400_000);
    expect(days).toBeGreaterThan(0);
    const past = await completeness(lastPeriodId, blocIds[0]);
    expect(past.map((u) => [u.code, u.status, u.late, u.daysOverdue])).toEqual([
      ['DV-A1', 'SUBMITTED', true, null],
      ['DV-A2', 'SUBMITTED', true, null],
      ['DV-A3', null, null, days],
    ]);
  });

  it('says when each unit was last reminded, and of which milestone (the reminders’ sent-log)', async () => {
    const units = new Map((await completeness(lastPeriodId, blocIds[0])).map((u) => [u.code, u.unitId]));
    const [a3, a1] = [units.get('DV-A3') ?? '', units.get('DV-A1') ?? ''];
    const sent = (subject: string, milestone: string, at: string, channel = 'EMAIL') =>
      owner.query(
        `INSERT INTO reminders.sent_log (tenant_id, period_id, subject, recipient_id, milestone, channel, sent_at) VALUES ($1, $2, $3, gen_random_uuid(), $4, $5, $6)`,
        [provinceId, lastPeriodId, subject, milestone, channel, at],
      );
    await sent(a3, 'T-0', `${lastYear}-12-20T01:00:00Z`);
    await sent(a3, 'T+3', `${lastYear}-12-23T01:00:00Z`, 'IN_APP');
    await sent(a1, 'T-7', `${lastYear}-12-13T01:00:00Z`);
    await sent('DIGEST', `${lastYear}-12-24`, `${lastYear}-12-24T01:00:00Z`);
    const past = await completeness(lastPeriodId, blocIds[0]);
    expect(past.map((u) => [u.code, u.lastReminder, u.lastRemindedAt])).toEqual([
      ['DV-A1', 'T-7', `${lastYear}-12-13T01:00:00.000Z`],
      ['DV-A2', null, null],
      ['DV-A3', 'T+3', `${lastYear}-12-23T01:00:00.000Z`],
    ]);
    // This year's period: no reminder went.
    expect((await completeness(periodId)).every((u) => u.lastReminder === null)).toBe(true);
  });

  it('answers many aliased cells in one request', async () => {
    const fields = Array.from({ length: 12 }, (_, i) => `c${i}: rollupCells(periodId: $p, dimension: ${['PROVINCE', 'BLOC', 'UNIT_TYPE'][i % 3]}) { value unitsSubmitted medianScore }`);
    const data = await gql<Record<string, { value: string; unitsSubmitted: number }[]>>(`query($p: ID!) { ${fields.join(' ')} }`, { p: periodId });
    expect(Object.keys(data)).toHaveLength(12);
    expect(data['c0']).toEqual([{ value: '', unitsSubmitted: 5, medianScore: 80 }]);
    expect(data['c1']).toHaveLength(2);
    expect(data['c11']).toEqual(data['c2']);
  });

  describe('who may read what', () => {
    const code = async (query: string, variables: Record<string, unknown>, token: string) =>
      (await client.request(query, variables, token)).errors?.[0]?.extensions?.code;

    it('gives a bloc reviewer only its blocs: their cells, units, ranking, heat map and standings', async () => {
      const reviewer = () => tokens.reviewers[0];
      expect((await cells('BLOC', reviewer())).map((c) => c.value)).toEqual([blocIds[0]]);
      expect(await code(CELLS, { p: periodId, d: 'PROVINCE' }, reviewer())).toBe('FORBIDDEN');
      expect(await code(CELLS, { p: periodId, d: 'UNIT_TYPE' }, reviewer())).toBe('FORBIDDEN');
      expect((await completeness(periodId, null, reviewer())).map((u) => u.code)).toEqual(['DV-A1', 'DV-A2', 'DV-A3']);
      expect((await completeness(periodId, blocIds[0], reviewer())).map((u) => u.code)).toEqual(['DV-A1', 'DV-A2', 'DV-A3']);
      expect(await code(COMPLETENESS, { p: periodId, b: blocIds[1] }, reviewer())).toBe('FORBIDDEN');
      expect(ranks(await ranking({}, reviewer()))).toEqual([
        ['DV-A1', 1],
        ['DV-A2', 2],
        ['DV-A3', 2],
      ]);
      expect(await code(RANKING, { input: { periodId, blocId: blocIds[1] } }, reviewer())).toBe('FORBIDDEN');
      expect(
        await code(`query($input: UnitRankingInput!) { criterionHeatmap(input: $input) { total } }`, { input: { periodId, blocId: blocIds[1] } }, reviewer()),
      ).toBe('FORBIDDEN');
      const yoy = `query($p: ID!, $d: RollupDimension!) { yearOverYear(periodId: $p, dimension: $d) { value } }`;
      expect((await gql<{ yearOverYear: { value: string }[] }>(yoy, { p: periodId, d: 'BLOC' }, reviewer())).yearOverYear).toEqual([{ value: blocIds[0] }]);
      expect(await code(yoy, { p: periodId, d: 'PROVINCE' }, reviewer())).toBe('FORBIDDEN');
      expect(await code(STANDING, { p: periodId, u: unitIds[0] }, reviewer())).toBeUndefined();
      expect(await code(STANDING, { p: periodId, u: unitIds[3] }, reviewer())).toBe('FORBIDDEN');
    });

    it('gives a unit’s reporter and head only their own unit’s standing', async () => {
      for (const token of [tokens.reporters[0], tokens.heads[0]]) {
        expect(await code(STANDING, { p: periodId, u: unitIds[0] }, token)).toBeUndefined();
        expect(await code(STANDING, { p: periodId, u: unitIds[1] }, token)).toBe('FORBIDDEN');
        expect(await code(CELLS, { p: periodId, d: 'BLOC' }, token)).toBe('FORBIDDEN');
        expect(await code(COMPLETENESS, { p: periodId }, token)).toBe('FORBIDDEN');
        expect(await code(RANKING, { input: { periodId } }, token)).toBe('FORBIDDEN');
      }
    });

    it('gives the province admin the whole province', async () => {
      expect((await cells('UNIT_TYPE', tokens.admin)).length).toBe(2);
      expect((await ranking({}, tokens.admin)).total).toBe(6);
    });
  });

  describe('bad input', () => {
    const error = async (query: string, variables: Record<string, unknown>) => (await client.request(query, variables, tokens.committee)).errors?.[0]?.extensions;

    it('refuses an unknown period, an unknown unit or bloc, a page size out of range and a long search, naming the field', async () => {
      expect(await error(CELLS, { p: randomUUID(), d: 'PROVINCE' })).toMatchObject({ code: 'NOT_FOUND', field: 'periodId' });
      expect(await error(STANDING, { p: periodId, u: randomUUID() })).toMatchObject({ code: 'NOT_FOUND' });
      expect(await error(COMPLETENESS, { p: periodId, b: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', field: 'blocId' });
      expect(await error(COMPLETENESS, { p: periodId, b: unitIds[0] })).toMatchObject({ code: 'NOT_FOUND', field: 'blocId' });
      for (const limit of [0, 501]) expect(await error(RANKING, { input: { periodId, limit } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
      expect(await error(RANKING, { input: { periodId, offset: -1 } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
      expect(await error(RANKING, { input: { periodId, search: 'x'.repeat(101) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
      const refused = (await client.request(RANKING, { input: { periodId, limit: 0 } }, tokens.committee)).errors?.[0];
      expect(refused?.message).toMatch(/^Số dòng mỗi trang phải là số nguyên từ 1 đến 500/);
    });
  });

  it('is fresh after a submission: submit, the roll-ups settle, the cells count it', async () => {
    await saveScore(5, periodId, criteria, 100);
    await submit(5, periodId);
    await waitForRollups(owner, provinceId, SETTLE_MS);
    const [province] = await cells('PROVINCE');
    expect(province).toMatchObject({ unitsSubmitted: 6, unitsNotSubmitted: 0, medianScore: 80, averageScore: round2((95 + 80 + 80 + 60 + 45 + 100) / 6) });
    const b = (await cells('BLOC')).find((c) => c.value === blocIds[1]);
    expect(b).toMatchObject({ unitsSubmitted: 3, medianScore: 60 });
    expect(ranks(await ranking({ limit: 1 }))).toEqual([['DV-B3', 1]]);
  }, 2 * SETTLE_MS);
});

import { completeReportDraft, submitUnitReport } from './report-drafts';
import { randomUUID } from 'node:crypto';
import { Role } from '@qcdc/shared/contracts';
import { GatewayClient, Session } from './gateway-client';

/**
 * A province with enough shape for access rules to matter, built through the gateway as its people would
 * build it: a committee at the root, two blocs of two units each, a user for every role (a reviewer per
 * bloc, a reporter and a head per unit), a rubric, an open six-month and an open year period, and in every
 * unit a briefing, a self-score for both periods and a submitted year report. The submitted year report
 * freezes its window, so an open year period of the next year (nobody's report submitted) takes new activities.
 *
 * Everything is dated in a fixed past year, so nothing depends on today's date.
 */
export const WORLD_YEAR = 2025;

export interface Person extends Session {
  username: string;
  password: string;
  role: Role;
  /** The org unit the membership is attached to; null for the platform admin. */
  orgUnitId: string | null;
}

export interface Bloc {
  id: string;
  code: string;
  unitIds: string[];
}

export interface ProvinceWorld {
  code: string;
  provinceId: string;
  rootId: string;
  blocs: Bloc[];
  unitIds: string[];
  /** Every org unit of the province: the root, the blocs and the units. */
  orgUnitIds: string[];
  /** The code of every bloc and unit, by id. */
  codes: Record<string, string>;
  yearPeriodId: string;
  sixMonthPeriodId: string;
  /** The open year period of WORLD_YEAR + 1 (window 15/12/WORLD_YEAR–14/12): where activities can still be recorded. */
  nextYearPeriodId: string;
  criteria: { id: string; code: string; maxPoints: number }[];
  /** The self-score total every unit saved, for both periods. */
  selfScore: number;
  /** Each unit's one briefing. */
  briefingIds: Record<string, string>;
  people: {
    admin: Person;
    committee: Person;
    /** One per bloc, in the order of `blocs`. */
    reviewers: Person[];
    /** One per unit, in the order of `unitIds`. */
    reporters: Person[];
    heads: Person[];
  };
}

/** Runs `work` over `items` with at most `limit` in flight, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * Requests in flight while building. Kept low: several requests at once are the point (a fixture of 60
 * sequential calls is slow), but sign-in must not be the thing under test here.
 */
const PARALLEL = 4;

export async function buildProvinceWorld(
  client: GatewayClient,
  platformToken: string,
  options: { blocs?: number; unitsPerBloc?: number } = {},
): Promise<ProvinceWorld> {
  const code = `w-${randomUUID().slice(0, 8)}`;
  // Each province has its own password, so one province's credentials never open another's accounts.
  const password = `mat-khau-${code}`;
  const year = WORLD_YEAR;
  const { createProvince } = await client.ok<{ createProvince: { id: string } }>(
    `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
    { input: { code, name: `Tỉnh ${code}`, adminUsername: 'quantri', adminPassword: password, adminDisplayName: 'Quản trị tỉnh' } },
    platformToken,
  );
  const adminSession = await client.signIn(code, 'quantri', password);
  const admin = adminSession.accessToken;
  const { orgUnits } = await client.ok<{ orgUnits: { id: string; kind: string }[] }>(`{ orgUnits { id kind } }`, {}, admin);
  const rootId = orgUnits.find((u) => u.kind === 'PROVINCE_COMMITTEE')?.id;
  if (!rootId) throw new Error(`province ${code} has no committee at the root of its tree`);

  const createUnit = async (parentId: string, unitCode: string, kind: 'BLOC' | 'UNIT') =>
    (
      await client.ok<{ createOrgUnit: { id: string } }>(
        `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input: { parentId, code: unitCode, name: `Đơn vị ${unitCode}`, kind, unitType: kind === 'BLOC' ? 'COMMITTEE' : 'AGENCY' } },
        admin,
      )
    ).createOrgUnit.id;
  const blocCodes = Array.from({ length: options.blocs ?? 2 }, (_, b) => `KHOI-${b + 1}`);
  const blocIds = await mapLimit(blocCodes, PARALLEL, (blocCode) => createUnit(rootId, blocCode, 'BLOC'));
  const unitsPerBloc = options.unitsPerBloc ?? 2;
  const unitPlan = blocIds.flatMap((blocId, b) =>
    Array.from({ length: unitsPerBloc }, (_, u) => ({ blocId, unitCode: `DV-${b + 1}-${u + 1}` })),
  );
  const unitIds = await mapLimit(unitPlan, PARALLEL, ({ blocId, unitCode }) => createUnit(blocId, unitCode, 'UNIT'));
  const blocs = blocIds.map((id, b) => ({ id, code: blocCodes[b], unitIds: unitIds.filter((_, i) => unitPlan[i].blocId === id) }));

  const { adoptDefaultRubric } = await client.ok<{ adoptDefaultRubric: { criteria: ProvinceWorld['criteria'] } }>(
    `mutation($year: Int!) { adoptDefaultRubric(year: $year) { criteria { id code maxPoints } } }`,
    { year },
    admin,
  );
  const openPeriod = async (kind: 'YEAR' | 'SIX_MONTH', windowEnd: string, dueOn: string, periodYear = year) =>
    (
      await client.ok<{ openReportingPeriod: { id: string } }>(
        `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
        { input: { year: periodYear, kind, windowStart: `${periodYear - 1}-12-15`, windowEnd, dueOn } },
        admin,
      )
    ).openReportingPeriod.id;
  const yearPeriodId = await openPeriod('YEAR', `${year}-12-14`, `${year}-12-20`);
  const sixMonthPeriodId = await openPeriod('SIX_MONTH', `${year}-06-14`, `${year}-06-20`);
  const nextYearPeriodId = await openPeriod('YEAR', `${year + 1}-12-14`, `${year + 1}-12-20`, year + 1);

  const personPlan: { username: string; role: Role; orgUnitId: string }[] = [
    { username: 'bancd', role: 'PROVINCE_COMMITTEE', orgUnitId: rootId },
    ...blocs.map((bloc, b) => ({ username: `khoi${b + 1}`, role: 'BLOC_REVIEWER' as const, orgUnitId: bloc.id })),
    ...unitIds.map((unitId, i) => ({ username: `baocao${i + 1}`, role: 'UNIT_REPORTER' as const, orgUnitId: unitId })),
    ...unitIds.map((unitId, i) => ({ username: `thutruong${i + 1}`, role: 'UNIT_HEAD' as const, orgUnitId: unitId })),
  ];
  const people = await mapLimit(personPlan, PARALLEL, async ({ username, role, orgUnitId }): Promise<Person> => {
    await client.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, password, displayName: username, role, orgUnitId } },
      admin,
    );
    return { username, password, role, orgUnitId, ...(await client.signIn(code, username, password)) };
  });
  const reporters = people.filter((p) => p.role === 'UNIT_REPORTER');
  const heads = people.filter((p) => p.role === 'UNIT_HEAD');

  // A full score minus a little, so the total is not a default.
  const selfScore = 93;
  let remaining = 100 - selfScore;
  const scores = adoptDefaultRubric.criteria.map((c) => {
    const cut = Math.min(c.maxPoints, remaining);
    remaining -= cut;
    return { criterionId: c.id, points: c.maxPoints - cut };
  });
  const briefingIds: Record<string, string> = {};
  await mapLimit(unitIds, PARALLEL, async (unitId, i) => {
    const token = reporters[i].accessToken;
    const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      {
        input: {
          unitId,
          kind: 'BRIEFING',
          occurredOn: `${year}-03-01`,
          facts: { topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở', documents: 'Luật số 10/2022/QH15', present: 15, eligible: 16 },
        },
      },
      token,
    );
    briefingIds[unitId] = recordActivity.id;
    for (const periodId of [yearPeriodId, sixMonthPeriodId]) {
      await client.ok(
        `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
        { input: { unitId, periodId, scores, expectedVersion: 0 } },
        token,
      );
    }
    // Only the year report is submitted: the six-month one is left for the tests to submit.
    await submitUnitReport(client, { reporter: token, head: heads[i].accessToken }, unitId, yearPeriodId);
    // The six-month drafts are written and signed, ready for the tests to submit.
    await completeReportDraft(client, token, unitId, sixMonthPeriodId);
  });

  return {
    code,
    provinceId: createProvince.id,
    rootId,
    blocs,
    unitIds,
    orgUnitIds: [rootId, ...blocIds, ...unitIds],
    codes: Object.fromEntries([...blocIds.map((id, b) => [id, blocCodes[b]]), ...unitIds.map((id, i) => [id, unitPlan[i].unitCode])]),
    yearPeriodId,
    sixMonthPeriodId,
    nextYearPeriodId,
    criteria: adoptDefaultRubric.criteria,
    selfScore,
    briefingIds,
    people: {
      admin: { username: 'quantri', password, role: 'PROVINCE_ADMIN', orgUnitId: rootId, ...adminSession },
      committee: people[0],
      reviewers: people.filter((p) => p.role === 'BLOC_REVIEWER'),
      reporters,
      heads,
    },
  };
}

/** The platform admin (of the platform tenant) and two provinces built alike: A to act from, B to aim at. */
export interface TwoProvinces {
  platform: Person;
  a: ProvinceWorld;
  b: ProvinceWorld;
}

export async function buildTwoProvinces(
  client: GatewayClient,
  platformAdmin: { username: string; password: string },
): Promise<TwoProvinces> {
  const session = await client.signIn(null, platformAdmin.username, platformAdmin.password);
  const platform: Person = { ...platformAdmin, ...session, role: 'PLATFORM_ADMIN', orgUnitId: null };
  // One after the other: each build already keeps a few requests in flight.
  const a = await buildProvinceWorld(client, platform.accessToken);
  const b = await buildProvinceWorld(client, platform.accessToken);
  return { platform, a, b };
}

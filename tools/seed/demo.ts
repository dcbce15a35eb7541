/**
 * Seeds a demo province, Vĩnh Long, through the gateway, the way its people would: the platform admin
 * creates the province; its admin builds the tree, the users, the rubrics and the calendar; each unit's
 * reporter records briefings, self-scores and submits. The content is in demo-data.ts.
 *
 *   node -r @swc-node/register tools/seed/demo.ts
 *   GATEWAY_URL (default http://127.0.0.1:4000; the endpoint is `${GATEWAY_URL}/graphql`), WEB_URL (default
 *   http://127.0.0.1:4200), PLATFORM_ADMIN_PASSWORD (as for tools/seed/platform-admin.ts).
 *
 * Idempotent: when the province is listed and its 2006 report (the seed's last write) is submitted, it only
 * prints the logins. A run that stopped half-way is completed by the next one: every step first reads what
 * exists. Any GraphQL error stops the run with the step that failed.
 *
 * HTTP goes through node:http rather than fetch: fetch refuses the "bad ports" of the fetch spec (6000,
 * 6665-6669, ...), and a gateway may well listen on one of them.
 */
import http from 'node:http';
import https from 'node:https';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from './platform-admin';
import {
  ALL_UNITS,
  BLOCS,
  BriefingDef,
  CriterionLike,
  DEMO_PASSWORD,
  DemoUser,
  PROVINCE,
  PROVINCE_ADMIN,
  PeriodKind,
  REPORT_UNIT,
  REPORT_UNIT_HEAD,
  REPORT_UNIT_REPORTER,
  REPORT_YEAR,
  ROOT_CODE,
  SYNTHETIC_UNITS,
  ScoreEntry,
  UnitYearPlan,
  demoUsers,
  distributeScore,
  headUsername,
  mulberry32,
  periodsToOpen,
  planCurrentYear,
  reporterUsername,
  rubricYears,
  selfAssessment2006,
} from './demo-data';
import { type ActivityKind, checkFacts, summaryOf } from '@qcdc/activities/domain';
import { clockOf } from '@qcdc/shared/config';
import { ACTIVITIES_2006, type ActivityDef, HEADER_2006, PROFILE_2006, PROSE_2006, placementsOf } from './demo-2006';
import { parseClockAnchor, parseClockStart, vietnamToday } from '@qcdc/shared/contracts';

// This is a command-line tool: like platform-admin.ts, it reads its few settings straight from the environment.
const GATEWAY_URL = (process.env['GATEWAY_URL'] || 'http://127.0.0.1:4000').replace(/\/+$/, '');
const GRAPHQL_URL = `${GATEWAY_URL}/graphql`;
const WEB_URL = process.env['WEB_URL'] || 'http://127.0.0.1:4200';
const PLATFORM_PASSWORD_FROM_ENV = process.env['PLATFORM_ADMIN_PASSWORD'];
const PLATFORM_ADMIN_PASSWORD = PLATFORM_PASSWORD_FROM_ENV || DEFAULT_PLATFORM_ADMIN_PASSWORD;

/** Requests in flight at once: enough to keep the services busy, few enough not to swamp argon2. */
const CONCURRENCY = 8;

// ---------------------------------------------------------------------------------------------------
// GraphQL over HTTP

class SeedError extends Error {}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; messageEn?: string };
}

/** A GraphQL error answer, with the step that asked. */
class GraphQLFailure extends SeedError {
  constructor(
    step: string,
    readonly errors: GraphQLErrorBody[],
  ) {
    super(
      `${step}: ` +
        errors
          .map((e) => {
            const code = e.extensions?.code ? ` [${e.extensions.code}]` : '';
            const en = e.extensions?.messageEn && e.extensions.messageEn !== e.message ? ` (${e.extensions.messageEn})` : '';
            return `${e.message}${code}${en}`;
          })
          .join('; '),
    );
  }

  hasCode(code: string): boolean {
    return this.errors.length > 0 && this.errors.every((e) => e.extensions?.code === code);
  }
}

const endpoint = new URL(GRAPHQL_URL);
const transport = endpoint.protocol === 'https:' ? https : http;
const agent = new transport.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function post(body: string, token?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = transport.request(
      endpoint,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('no answer within 30 s'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(body);
  });
}

let requests = 0;

async function gql<T>(step: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  requests += 1;
  let res: { status: number; text: string };
  try {
    res = await post(JSON.stringify({ query, variables }), token);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new SeedError(`${step}: cannot reach the gateway at ${GRAPHQL_URL} (${code}). Is the stack running (npm start)?`);
  }
  let body: { data?: T | null; errors?: GraphQLErrorBody[] };
  try {
    body = JSON.parse(res.text);
  } catch {
    throw new SeedError(`${step}: HTTP ${res.status} from ${GRAPHQL_URL}, not GraphQL: ${res.text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new GraphQLFailure(step, body.errors);
  if (!body.data) throw new SeedError(`${step}: HTTP ${res.status} with neither data nor errors`);
  return body.data;
}

/** A signed-in person: every call carries their access token. */
interface Session {
  username: string;
  call<T>(step: string, query: string, variables?: Record<string, unknown>): Promise<T>;
}

let logins = 0;

async function signIn(province: string | null, username: string, password: string): Promise<Session> {
  logins += 1;
  const { login } = await gql<{ login: { accessToken: string } }>(
    `sign in as ${username}${province ? ` (${province})` : ''}`,
    `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { province, username, password } },
  );
  return { username, call: (step, query, variables) => gql(step, query, variables, login.accessToken) };
}

/** Runs fn over items, at most `limit` at a time; stops taking new items after the first failure. */
async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------------
// Operations

const Q = {
  provinceDirectory: `query ProvinceDirectory { provinceDirectory { code name } }`,
  createProvince: `mutation CreateProvince($input: CreateProvinceInput!) { createProvince(input: $input) { id code } }`,
  adoptDefaultRubric: `mutation AdoptDefaultRubric($year: Int!) {
    adoptDefaultRubric(year: $year) { id year maxTotal criteria { id code maxPoints activityKinds } } }`,
  reportingPeriods: `query ReportingPeriods($year: Int!) { reportingPeriods(year: $year) { id year kind } }`,
  openReportingPeriod: `mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {
    openReportingPeriod(input: $input) { id year kind } }`,
  orgUnits: `query OrgUnits { orgUnits { id code name kind parentId } }`,
  createOrgUnit: `mutation CreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code name kind parentId } }`,
  createUser: `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`,
  recordActivity: `mutation RecordActivity($input: RecordActivityInput!) { recordActivity(input: $input) { id kind occurredOn summary } }`,
  saveSelfAssessment: `mutation SaveSelfAssessment($input: SaveSelfAssessmentInput!) {
    saveSelfAssessment(input: $input) { total band version } }`,
  unitProfile: `query UnitProfile($unitId: ID!, $periodId: ID!) { unitProfile(unitId: $unitId, periodId: $periodId) { version } }`,
  saveUnitProfile: `mutation SaveUnitProfile($input: SaveUnitProfileInput!) { saveUnitProfile(input: $input) { version } }`,
  scoringSheet: `query ScoringSheet($unitId: ID!, $periodId: ID!) {
    scoringSheet(unitId: $unitId, periodId: $periodId) { suggestions { criterionId points } flags { code criterionCode } } }`,
  submitReport: `mutation SubmitReport($input: SubmitReportInput!) { submitReport(input: $input) { status late scoreTotal band } }`,
  report: `query Report($unitId: ID!, $periodId: ID!) { report(unitId: $unitId, periodId: $periodId) { status } }`,
  reportPreview: `query ReportPreview($unitId: ID!, $periodId: ID!) {
    reportPreview(unitId: $unitId, periodId: $periodId) {
      report { version status }
      template { sections { key title proseRequired } }
      header { format issuerParent issuer number place issuedOn subject recipients signature { mode onBehalfOf title name } }
    } }`,
  saveReportDraft: `mutation SaveReportDraft($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { version } }`,
};

/** A unit's state for a period in one request: its activities dated in the period's window, self-score and report. */
const UNIT_STATE = `query UnitState($unitId: ID!, $periodId: ID!) {
  activities(unitId: $unitId, periodId: $periodId) { id kind occurredOn summary }
  selfAssessment(unitId: $unitId, periodId: $periodId) { total band version }
  report(unitId: $unitId, periodId: $periodId) { status }
}`;

interface OrgUnitRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
}
interface RubricRow {
  id: string;
  year: number;
  maxTotal: number;
  criteria: (CriterionLike & { activityKinds: string[] })[];
}
interface RecordedActivity {
  id: string;
  kind: string;
  occurredOn: string;
  summary: string;
}
interface PeriodRow {
  id: string;
  year: number;
  kind: PeriodKind;
}
interface UnitState {
  selfAssessment: { total: number; band: string; version: number } | null;
  report: { status: 'DRAFT' | 'SUBMITTED' } | null;
  activities: RecordedActivity[];
}
interface SubmittedReport {
  status: string;
  late: boolean | null;
  scoreTotal: number | null;
  band: string | null;
}

const periodKey = (year: number, kind: PeriodKind) => `${year}:${kind}`;

const counts = {
  orgUnitsCreated: 0,
  usersCreated: 0,
  usersExisting: 0,
  periodsOpened: 0,
  activitiesRecorded: 0,
  profilesSaved: 0,
  selfAssessmentsSaved: 0,
  draftsWritten: 0,
  reportsSubmitted: 0,
};

const log = (message: string) => console.log(`  ${message}`);

// ---------------------------------------------------------------------------------------------------
// Steps

/** Whether the seed ran to its end: its last write is the 2006 report of the real unit. */
async function seedFinished(admin: Session): Promise<boolean> {
  const { orgUnits } = await admin.call<{ orgUnits: OrgUnitRow[] }>('list the org units', Q.orgUnits);
  const unit = orgUnits.find((u) => u.code === REPORT_UNIT.code);
  const { reportingPeriods } = await admin.call<{ reportingPeriods: PeriodRow[] }>(
    `list the periods of ${REPORT_YEAR}`,
    Q.reportingPeriods,
    { year: REPORT_YEAR },
  );
  const period = reportingPeriods.find((p) => p.kind === 'YEAR');
  if (!unit || !period) return false;
  const { report } = await admin.call<{ report: { status: string } | null }>(
    `read the ${REPORT_YEAR} report of ${REPORT_UNIT.code}`,
    Q.report,
    { unitId: unit.id, periodId: period.id },
  );
  return report?.status === 'SUBMITTED';
}

async function createProvince(): Promise<void> {
  const platform = await signIn(null, PLATFORM_ADMIN_USERNAME, PLATFORM_ADMIN_PASSWORD);
  await platform.call('create the province', Q.createProvince, {
    input: {
      code: PROVINCE.code,
      name: PROVINCE.name,
      adminUsername: PROVINCE_ADMIN.username,
      adminPassword: PROVINCE_ADMIN.password,
      adminDisplayName: PROVINCE_ADMIN.displayName,
    },
  });
  log(`province ${PROVINCE.code} created with its admin ${PROVINCE_ADMIN.username}`);
}

async function adoptRubrics(admin: Session, years: number[]): Promise<Map<number, RubricRow>> {
  const rubrics = await Promise.all(
    years.map(async (year) => {
      const { adoptDefaultRubric } = await admin.call<{ adoptDefaultRubric: RubricRow }>(
        `adopt the default rubric for ${year}`,
        Q.adoptDefaultRubric,
        { year },
      );
      return adoptDefaultRubric;
    }),
  );
  log(`rubrics: ${rubrics.map((r) => `${r.year} (${r.criteria.length} criteria, ${r.maxTotal} points)`).join(', ')}`);
  return new Map(rubrics.map((r) => [r.year, r]));
}

async function openPeriods(admin: Session, currentYear: number): Promise<Map<string, string>> {
  const wanted = periodsToOpen(currentYear);
  const years = [...new Set(wanted.map((p) => p.year))];
  const existing = (
    await Promise.all(
      years.map((year) =>
        admin.call<{ reportingPeriods: PeriodRow[] }>(`list the periods of ${year}`, Q.reportingPeriods, { year }),
      ),
    )
  ).flatMap((r) => r.reportingPeriods);
  const ids = new Map(existing.map((p) => [periodKey(p.year, p.kind), p.id]));
  for (const p of wanted.filter((w) => !ids.has(periodKey(w.year, w.kind)))) {
    const { openReportingPeriod } = await admin.call<{ openReportingPeriod: PeriodRow }>(
      `open the ${p.kind} period of ${p.year}`,
      Q.openReportingPeriod,
      { input: p },
    );
    ids.set(periodKey(p.year, p.kind), openReportingPeriod.id);
    counts.periodsOpened += 1;
  }
  log(`periods: ${wanted.map((p) => `${p.year} ${p.kind} (${p.windowStart} → ${p.windowEnd}, due ${p.dueOn})`).join('; ')}`);
  return ids;
}

async function buildTree(admin: Session): Promise<Map<string, OrgUnitRow>> {
  const { orgUnits } = await admin.call<{ orgUnits: OrgUnitRow[] }>('list the org units', Q.orgUnits);
  const byCode = new Map(orgUnits.map((u) => [u.code, u]));
  const root = orgUnits.find((u) => u.kind === 'PROVINCE_COMMITTEE' && u.parentId === null);
  if (!root) throw new SeedError('list the org units: the province has no provincial committee at its root');
  byCode.set(ROOT_CODE, root);

  const create = async (step: string, input: Record<string, unknown>) => {
    const { createOrgUnit } = await admin.call<{ createOrgUnit: OrgUnitRow }>(step, Q.createOrgUnit, { input });
    byCode.set(createOrgUnit.code, createOrgUnit);
    counts.orgUnitsCreated += 1;
  };
  await inParallel(
    BLOCS.filter((b) => !byCode.has(b.code)),
    CONCURRENCY,
    (b) => create(`create the bloc ${b.code}`, { parentId: root.id, code: b.code, name: b.name, kind: 'BLOC', unitType: 'COMMITTEE' }),
  );
  await inParallel(
    ALL_UNITS.filter((u) => !byCode.has(u.code)),
    CONCURRENCY,
    (u) =>
      create(`create the unit ${u.code}`, {
        parentId: (byCode.get(u.bloc) as OrgUnitRow).id,
        code: u.code,
        name: u.name,
        kind: 'UNIT',
        unitType: u.unitType,
      }),
  );
  log(`org tree: ${BLOCS.length} blocs, ${ALL_UNITS.length} reporting units (${counts.orgUnitsCreated} created now)`);
  return byCode;
}

async function createUsers(admin: Session, users: DemoUser[], units: Map<string, OrgUnitRow>): Promise<void> {
  await inParallel(users, CONCURRENCY, async (user) => {
    try {
      await admin.call(`create the user ${user.username}`, Q.createUser, {
        input: {
          username: user.username,
          password: user.password,
          displayName: user.displayName,
          role: user.role,
          orgUnitId: (units.get(user.unitCode) as OrgUnitRow).id,
        },
      });
      counts.usersCreated += 1;
    } catch (error) {
      // There is no query for users: a taken username is how an earlier run's user shows itself.
      if (error instanceof GraphQLFailure && error.hasCode('CONFLICT')) counts.usersExisting += 1;
      else throw error;
    }
  });
  log(`users: ${users.length + 1} including the admin (${counts.usersCreated} created now)`);
}

/** What tells one record from another across runs: its kind, its day and the line a report writes for it. */
const recordKey = (a: { kind: string; occurredOn: string; summary: string }) => `${a.kind} ${a.occurredOn} ${a.summary}`;

/** A synthetic unit's briefing as the activity the reporter enters. */
const briefingActivity = ({ occurredOn, ...facts }: BriefingDef): ActivityDef => ({ kind: 'BRIEFING', occurredOn, facts });

/**
 * Each criterion's evidence: the unit's records of the kinds the rubric says evidence it (the 2006 unit links
 * its meetings to 1.2, its disclosures to 2.1 and 2.2, and so on).
 */
function withEvidence(scores: ScoreEntry[], rubric: RubricRow, recorded: readonly RecordedActivity[]) {
  return scores.map((entry) => {
    const kinds = rubric.criteria.find((c) => c.id === entry.criterionId)?.activityKinds ?? [];
    return { ...entry, evidence: recorded.filter((a) => kinds.includes(a.kind)).map((a) => ({ activityId: a.id })) };
  });
}

/**
 * Records the activities not recorded yet, saves a self-score with its evidence if there is none, submits if
 * asked. An earlier run's records are among the period's activities (they lie in its window).
 */
async function workOnUnit(
  session: Session,
  unit: OrgUnitRow,
  periodId: string,
  activities: readonly ActivityDef[],
  scoring: { rubric: RubricRow; scores: () => ScoreEntry[] } | null,
  submit: boolean,
): Promise<{ total: number | null; band: string | null; submitted: SubmittedReport | null; recorded: RecordedActivity[] }> {
  const state = await session.call<UnitState>(`read the state of ${unit.code}`, UNIT_STATE, { unitId: unit.id, periodId });
  const recorded = [...state.activities];
  const done = new Set(recorded.map(recordKey));
  for (const { kind, occurredOn, facts } of activities) {
    const summary = summaryOf(kind as ActivityKind, checkFacts(kind as ActivityKind, facts, { occurredOn }));
    if (done.has(recordKey({ kind, occurredOn, summary }))) continue;
    const { recordActivity } = await session.call<{ recordActivity: RecordedActivity }>(
      `record the ${kind} of ${occurredOn} for ${unit.code}`,
      Q.recordActivity,
      { input: { unitId: unit.id, kind, occurredOn, facts } },
    );
    recorded.push(recordActivity);
    counts.activitiesRecorded += 1;
  }
  let assessment = state.selfAssessment;
  if (!assessment && scoring) {
    const { saveSelfAssessment } = await session.call<{ saveSelfAssessment: { total: number; band: string; version: number } }>(
      `save the self-assessment of ${unit.code}`,
      Q.saveSelfAssessment,
      { input: { unitId: unit.id, periodId, expectedVersion: 0, scores: withEvidence(scoring.scores(), scoring.rubric, recorded) } },
    );
    assessment = saveSelfAssessment;
    counts.selfAssessmentsSaved += 1;
  }
  let submitted: SubmittedReport | null = null;
  if (submit && state.report?.status !== 'SUBMITTED') {
    submitted = (
      await session.call<{ submitReport: SubmittedReport }>(`submit the report of ${unit.code}`, Q.submitReport, {
        input: { unitId: unit.id, periodId },
      })
    ).submitReport;
    counts.reportsSubmitted += 1;
  }
  return { total: assessment?.total ?? null, band: assessment?.band ?? null, submitted, recorded };
}

interface PreviewState {
  report: { version: number; status: string } | null;
  template: { sections: { key: string; title: string; proseRequired: boolean }[] };
  header: { signature: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * The reporter writes the draft before the head signs: the given prose and header, or for the synthetic units
 * a line in each section the template requires and the head as signer. Left alone once submitted.
 */
async function writeDraft(
  session: Session,
  unit: OrgUnitRow,
  periodId: string,
  draft: { prose?: Record<string, string>; header?: object; placements?: Record<string, string>; signer?: string },
): Promise<void> {
  const { reportPreview } = await session.call<{ reportPreview: PreviewState }>(`preview the report of ${unit.code}`, Q.reportPreview, {
    unitId: unit.id,
    periodId,
  });
  if (reportPreview.report && !['DRAFT', 'RETURNED'].includes(reportPreview.report.status)) return;
  const prose =
    draft.prose ??
    Object.fromEntries(
      reportPreview.template.sections
        .filter((s) => s.proseRequired)
        .map((s) => [s.key, `${unit.name} đã thực hiện nội dung "${s.title}" theo kế hoạch của Ban chỉ đạo tỉnh.`]),
    );
  const header = draft.header ?? { ...reportPreview.header, signature: { ...reportPreview.header.signature, name: draft.signer ?? '' } };
  await session.call(`write the report draft of ${unit.code}`, Q.saveReportDraft, {
    input: { unitId: unit.id, periodId, expectedVersion: reportPreview.report?.version ?? 0, prose, header, placements: draft.placements ?? {} },
  });
  counts.draftsWritten += 1;
}

/** Section I of the 2006 report: the unit's staff, Party and union members and its boards, once. */
async function saveProfile2006(session: Session, unit: OrgUnitRow, periodId: string): Promise<void> {
  const { unitProfile } = await session.call<{ unitProfile: { version: number } }>(
    `read the ${REPORT_YEAR} profile of ${unit.code}`,
    Q.unitProfile,
    { unitId: unit.id, periodId },
  );
  if (unitProfile.version > 0) return;
  await session.call(`save the ${REPORT_YEAR} profile of ${unit.code}`, Q.saveUnitProfile, {
    input: { unitId: unit.id, periodId, expectedVersion: 0, ...PROFILE_2006 },
  });
  counts.profilesSaved += 1;
}

/** The 2006 unit's year as its report tells it; the head's submission comes last (see seedFinished). */
async function seedReportUnit2006(
  units: Map<string, OrgUnitRow>,
  periodId: string,
  rubric: RubricRow,
): Promise<() => Promise<void>> {
  const unit = units.get(REPORT_UNIT.code) as OrgUnitRow;
  const reporter = await signIn(PROVINCE.code, REPORT_UNIT_REPORTER.username, REPORT_UNIT_REPORTER.password);
  await saveProfile2006(reporter, unit, periodId);
  const { total, recorded } = await workOnUnit(reporter, unit, periodId, ACTIVITIES_2006, {
    rubric,
    scores: () => selfAssessment2006(rubric.criteria),
  }, false);
  if (total !== 97) {
    throw new SeedError(`save the ${REPORT_YEAR} self-assessment of ${REPORT_UNIT.code}: the total is ${total}, not 97`);
  }
  await writeDraft(reporter, unit, periodId, { prose: { ...PROSE_2006 }, header: HEADER_2006, placements: placementsOf(recorded) });
  const { scoringSheet } = await reporter.call<{
    scoringSheet: { suggestions: { criterionId: string; points: number }[]; flags: { code: string; criterionCode: string | null }[] };
  }>(
    `read the ${REPORT_YEAR} scoring sheet of ${REPORT_UNIT.code}`,
    Q.scoringSheet,
    { unitId: unit.id, periodId },
  );
  const byKind = Object.entries(
    recorded.reduce<Record<string, number>>((n, a) => ({ ...n, [a.kind]: (n[a.kind] ?? 0) + 1 }), {}),
  ).map(([kind, n]) => `${n} ${kind}`);
  const codeOf = new Map(rubric.criteria.map((c) => [c.id, `${c.code} ${c.maxPoints}`]));
  const suggested = scoringSheet.suggestions.map((x) => `${codeOf.get(x.criterionId)?.replace(' ', `: ${x.points}/`)}`).join(', ');
  return async () => {
    const head = await signIn(PROVINCE.code, REPORT_UNIT_HEAD.username, REPORT_UNIT_HEAD.password);
    const { submitted } = await workOnUnit(head, unit, periodId, [], null, true);
    log(
      `${REPORT_YEAR}: ${REPORT_UNIT.code} has ${recorded.length} records (${byKind.join(', ')}) and a self-score of ${total} ` +
        `(the records suggest ${suggested}; flags: ${scoringSheet.flags.map((f) => `${f.code}${f.criterionCode ? ` ${f.criterionCode}` : ''}`).join(', ') || 'none'}); ` +
        (submitted ? `submitted by ${REPORT_UNIT_HEAD.username} (late: ${submitted.late})` : 'already submitted'),
    );
  };
}

async function seedCurrentYear(plans: UnitYearPlan[], units: Map<string, OrgUnitRow>, periodId: string, rubric: RubricRow) {
  const active = plans.filter((p) => p.progress !== 'NOT_STARTED');
  await inParallel(active, CONCURRENCY, async (plan) => {
    const session = await signIn(PROVINCE.code, reporterUsername(plan.unit.code), DEMO_PASSWORD);
    const unit = units.get(plan.unit.code) as OrgUnitRow;
    // A PRNG per unit, so the scores do not depend on the order the units are worked on.
    const rng = mulberry32(plan.unit.code.split('').reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, rubric.year));
    await workOnUnit(
      session,
      unit,
      periodId,
      plan.briefings.map(briefingActivity),
      { rubric, scores: () => distributeScore(rubric.criteria, plan.target as number, rng) },
      false,
    );
    if (plan.progress === 'SUBMITTED') {
      const head = demoUsers().find((u) => u.username === headUsername(plan.unit.code)) as DemoUser;
      await writeDraft(session, unit, periodId, { signer: head.displayName });
      await workOnUnit(await signIn(PROVINCE.code, head.username, head.password), unit, periodId, [], null, true);
    }
  });
  const n = (p: string) => plans.filter((x) => x.progress === p).length;
  log(
    `${rubric.year}: ${n('SUBMITTED')} units submitted, ${n('SCORED')} scored but not submitted, ` +
      `${n('NOT_STARTED')} not started; ${REPORT_UNIT.code} is left for you`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Output

const UNIT_LABELS = new Map<string, string>([
  [ROOT_CODE, 'Ban Chỉ đạo tỉnh'],
  ...BLOCS.map((b) => [b.code, b.name] as [string, string]),
  ...ALL_UNITS.map((u) => [u.code, u.name] as [string, string]),
]);

function printLogins(users: DemoUser[]): void {
  const rows: string[][] = [
    ['(none)', PLATFORM_ADMIN_USERNAME, PLATFORM_PASSWORD_FROM_ENV ? '$PLATFORM_ADMIN_PASSWORD' : PLATFORM_ADMIN_PASSWORD, 'PLATFORM_ADMIN', '-'],
    [PROVINCE.code, PROVINCE_ADMIN.username, PROVINCE_ADMIN.password, 'PROVINCE_ADMIN', `${ROOT_CODE} ${UNIT_LABELS.get(ROOT_CODE)}`],
    ...users.map((u) => [PROVINCE.code, u.username, u.password, u.role, `${u.unitCode} ${UNIT_LABELS.get(u.unitCode) ?? ''}`]),
  ];
  const header = ['province', 'username', 'password', 'role', 'unit'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  console.log(`\nWeb:     ${WEB_URL}`);
  console.log(`GraphQL: ${GRAPHQL_URL}\n`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = Date.now();
  // The same clock the services run by (QCDC_CLOCK_START, or the real time).
  const today = vietnamToday(
    clockOf({ clockStart: parseClockStart(process.env['QCDC_CLOCK_START']), clockAnchor: parseClockAnchor(process.env['QCDC_CLOCK_ANCHOR']) }).now(),
  );
  // The year as it is in Vietnam (for 7 hours a year it differs from the server's).
  const currentYear = Number(today.slice(0, 4));
  const users = demoUsers();
  console.log(`Seeding the demo province ${PROVINCE.code} through ${GRAPHQL_URL}`);

  const { provinceDirectory } = await gql<{ provinceDirectory: { code: string }[] }>(
    'read the province directory',
    Q.provinceDirectory,
  );
  const listed = provinceDirectory.some((p) => p.code === PROVINCE.code);
  if (!listed) await createProvince();
  const admin = await signIn(PROVINCE.code, PROVINCE_ADMIN.username, PROVINCE_ADMIN.password);
  if (listed) {
    if (await seedFinished(admin)) {
      log(`${PROVINCE.code} is already seeded; nothing to do`);
      printLogins(users);
      return;
    }
    log(`${PROVINCE.code} exists but an earlier seed stopped half-way; completing it`);
  }

  const [rubrics, periods, units] = await Promise.all([
    adoptRubrics(admin, rubricYears(currentYear)),
    openPeriods(admin, currentYear),
    buildTree(admin),
  ]);
  await createUsers(admin, users, units);

  const plans = planCurrentYear(SYNTHETIC_UNITS, currentYear, today);
  const [submit2006] = await Promise.all([
    seedReportUnit2006(units, periods.get(periodKey(REPORT_YEAR, 'YEAR')) as string, rubrics.get(REPORT_YEAR) as RubricRow),
    seedCurrentYear(plans, units, periods.get(periodKey(currentYear, 'YEAR')) as string, rubrics.get(currentYear) as RubricRow),
  ]);
  await submit2006();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(
    `done in ${seconds} s: ${counts.orgUnitsCreated} org units, ${counts.usersCreated} users, ` +
      `${counts.periodsOpened} periods, ${counts.activitiesRecorded} activities, ${counts.profilesSaved} unit profiles, ` +
      `${counts.selfAssessmentsSaved} self-assessments, ${counts.draftsWritten} report drafts, ${counts.reportsSubmitted} reports submitted ` +
      `(${logins} sign-ins, ${requests} requests)`,
  );
  log('the committee dashboard follows within seconds (the worker rolls the submissions up)');
  printLogins(users);
}

main()
  .catch((error) => {
    const message = error instanceof SeedError ? error.message : (error as Error).stack ?? String(error);
    console.error(`\ndemo seed failed: ${message}`);
    process.exitCode = 1;
  })
  .finally(() => agent.destroy());

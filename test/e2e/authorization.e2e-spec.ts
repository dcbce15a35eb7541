import { randomUUID } from 'node:crypto';
import { stripVTControlCharacters } from 'node:util';
import { Client, Pool } from 'pg';
import { loadConfig } from '@qcdc/shared/config';
import { IDEMPOTENCY_KEY_HEADER, Role } from '@qcdc/shared/contracts';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { LEGACY_REPORT_2006_FIXTURE } from '../../libs/reports/domain/src/legacy-import/legacy-report-2006.fixture';
import {
  GatewayClient,
  Person,
  ProvinceWorld,
  TwoProvinces,
  WORLD_YEAR,
  IMPORT_UNIT_HEADERS,
  buildTwoProvinces,
  eventually,
  clearSignInLimits,
  gatewaySchema,
  importCsv,
  insertActivity,
  mapLimit,
  operationsOf,
  ownerClient,
  tenantRowDigests,
  testYear,
  waitForRollups,
  present,
  tinyPdf,
  uploadEvidence,
} from '@qcdc/shared/testing';

/**
 * Every operation of the supergraph × every role × the object's relation to the caller, through the
 * gateway. Callers are the people of province A (and the platform admin); their targets lie in A or in B.
 * Each case is allowed, and then the answer must hold the object (or, for lists, exactly what is in scope),
 * or it is refused with the code the table names (FORBIDDEN, NOT_FOUND, UNAUTHENTICATED without a token)
 * and nothing is written, not even an update in place (nor an idempotency key: every mutation carries one).
 *
 * The expectations are tables of role × relation, one per kind of rule; each operation names its table.
 * An operation of the running gateway without a row fails the first test. To add one: a row in ROWS with
 * its scope (which decides the relations its table must name for each caller), its table, the call, and
 * what an allowed answer must hold.
 */

type Caller = Role | 'ANONYMOUS';
type Relation =
  | 'own unit'
  | 'sibling unit'
  | 'unit of another bloc'
  | 'own bloc'
  | 'another bloc'
  | 'own province'
  | 'another province'
  | 'none';
/** What an operation's ids point at: a unit, a province's period or the province, nothing, or a sign-in. */
type Scope = 'unit' | 'province' | 'none' | 'sign-in';
/**
 * 'forbidden': FORBIDDEN, for an object of the caller's own province out of its reach, or before any id is
 * looked at when the role may not do this at all. 'not found': NOT_FOUND, for an id of another province
 * that the caller's role would otherwise reach; never FORBIDDEN, which would tell that the id exists
 * somewhere. 'no effect': answers as if it worked (logout never tells), but writes nothing. 'suspended':
 * TENANT_SUSPENDED, a write in a suspended province. 'refused': any of FORBIDDEN, NOT_FOUND,
 * TENANT_SUSPENDED or UNAUTHENTICATED (what the caller may not do anyway, by a suspended province or a
 * deactivated person: whichever reason is found first will do).
 */
type Expected = 'allow' | 'forbidden' | 'not found' | 'unauthenticated' | 'no effect' | 'suspended' | 'refused';
type Policy = Partial<Record<Caller, Partial<Record<Relation, Expected>>>>;

const CALLERS: Caller[] = [
  'ANONYMOUS',
  'PLATFORM_ADMIN',
  'PROVINCE_ADMIN',
  'PROVINCE_COMMITTEE',
  'BLOC_REVIEWER',
  'UNIT_REPORTER',
  'UNIT_HEAD',
];

/** The relations each caller can have to the target of an operation, by the operation's scope. */
const UNIT_LEVEL: Relation[] = ['own unit', 'sibling unit', 'unit of another bloc', 'another province'];
const IN_A_PROVINCE: Relation[] = ['own province', 'another province'];
const RELATIONS: Record<Scope, Partial<Record<Caller, Relation[]>>> = {
  unit: {
    ANONYMOUS: ['none'],
    PLATFORM_ADMIN: ['another province'],
    PROVINCE_ADMIN: IN_A_PROVINCE,
    PROVINCE_COMMITTEE: IN_A_PROVINCE,
    BLOC_REVIEWER: ['own bloc', 'another bloc', 'another province'],
    UNIT_REPORTER: UNIT_LEVEL,
    UNIT_HEAD: UNIT_LEVEL,
  },
  province: {
    ANONYMOUS: ['none'],
    PLATFORM_ADMIN: ['another province'],
    PROVINCE_ADMIN: IN_A_PROVINCE,
    PROVINCE_COMMITTEE: IN_A_PROVINCE,
    BLOC_REVIEWER: IN_A_PROVINCE,
    UNIT_REPORTER: IN_A_PROVINCE,
    UNIT_HEAD: IN_A_PROVINCE,
  },
  none: Object.fromEntries(CALLERS.map((c) => [c, ['none']])),
  // Signing in is done without a token, with the credentials of a person of each role, into their own
  // province (the platform admin: the platform) or into another one.
  'sign-in': Object.fromEntries(CALLERS.filter((c) => c !== 'ANONYMOUS').map((c) => [c, IN_A_PROVINCE])),
};

const A = 'allow';
const F = 'forbidden';
const N = 'not found';
const U = 'unauthenticated';

/** Reading a unit's records: its own people, the reviewer of its bloc, the committee and the admin. */
const READ_UNIT: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': A, 'another province': N },
  PROVINCE_COMMITTEE: { 'own province': A, 'another province': N },
  BLOC_REVIEWER: { 'own bloc': A, 'another bloc': F, 'another province': N },
  UNIT_REPORTER: { 'own unit': A, 'sibling unit': F, 'unit of another bloc': F, 'another province': N },
  UNIT_HEAD: { 'own unit': A, 'sibling unit': F, 'unit of another bloc': F, 'another province': N },
};

/** Writing a unit's records: only its reporter and its head. */
const WRITE_UNIT: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': F, 'another province': F },
  PROVINCE_COMMITTEE: { 'own province': F, 'another province': F },
  BLOC_REVIEWER: { 'own bloc': F, 'another bloc': F, 'another province': F },
  UNIT_REPORTER: { 'own unit': A, 'sibling unit': F, 'unit of another bloc': F, 'another province': N },
  UNIT_HEAD: { 'own unit': A, 'sibling unit': F, 'unit of another bloc': F, 'another province': N },
};

/** The consolidated report's prose: the committee of the province. */
const COMMITTEE_WRITES_PERIOD: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': F, 'another province': F },
  PROVINCE_COMMITTEE: { 'own province': A, 'another province': N },
  BLOC_REVIEWER: { 'own province': F, 'another province': F },
  UNIT_REPORTER: { 'own province': F, 'another province': F },
  UNIT_HEAD: { 'own province': F, 'another province': F },
};

/** Rendering the consolidated report: the committee and the province admin. */
const RENDER_PROVINCE_REPORT: Policy = { ...COMMITTEE_WRITES_PERIOD, PROVINCE_ADMIN: { 'own province': A, 'another province': N } };

/** A unit's report draft: its reporter and head; outside the province, nothing is found. */
const DRAFT_UNIT: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': F, 'another province': N },
  PROVINCE_COMMITTEE: { 'own province': F, 'another province': N },
  BLOC_REVIEWER: { 'own bloc': F, 'another bloc': F, 'another province': N },
  UNIT_REPORTER: { 'own unit': A, 'sibling unit': F, 'unit of another bloc': F, 'another province': N },
  UNIT_HEAD: { 'own unit': A, 'sibling unit': F, 'unit of another bloc': F, 'another province': N },
};

/** Signing and submitting a unit's report: only its head. */
const SIGN_UNIT: Policy = { ...DRAFT_UNIT, UNIT_REPORTER: { ...DRAFT_UNIT.UNIT_REPORTER, 'own unit': F } };

/** Marking a report reviewed (thẩm định): the reviewer of its bloc. */
const REVIEW_REPORT: Policy = { ...DRAFT_UNIT, BLOC_REVIEWER: { 'own bloc': A, 'another bloc': F, 'another province': N }, UNIT_REPORTER: { ...DRAFT_UNIT.UNIT_REPORTER, 'own unit': F }, UNIT_HEAD: { ...DRAFT_UNIT.UNIT_HEAD, 'own unit': F } };

/** Approving or returning a report: the reviewer of its bloc and the committee. */
const DECIDE_REPORT: Policy = { ...REVIEW_REPORT, PROVINCE_COMMITTEE: { 'own province': A, 'another province': N } };

/** The reviewers' queue and the consolidated report of a period: the bloc reviewer, the committee and the admin of the province. */
const REVIEW_QUEUE: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': A, 'another province': N },
  PROVINCE_COMMITTEE: { 'own province': A, 'another province': N },
  BLOC_REVIEWER: { 'own province': A, 'another province': N },
  UNIT_REPORTER: { 'own province': F, 'another province': F },
  UNIT_HEAD: { 'own province': F, 'another province': F },
};

/** Reviewing a unit's submitted self-score: the reviewer of its bloc and the committee. */
const REVIEW_UNIT: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': F, 'another province': F },
  PROVINCE_COMMITTEE: { 'own province': A, 'another province': N },
  BLOC_REVIEWER: { 'own bloc': A, 'another bloc': F, 'another province': N },
  UNIT_REPORTER: { 'own unit': F, 'sibling unit': F, 'unit of another bloc': F, 'another province': F },
  UNIT_HEAD: { 'own unit': F, 'sibling unit': F, 'unit of another bloc': F, 'another province': F },
};

/** Building the org tree and its users: the province admin, in its own province. */
const ADMIN_BUILDS_TREE: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': A, 'another province': N },
  PROVINCE_COMMITTEE: { 'own province': F, 'another province': F },
  BLOC_REVIEWER: { 'own bloc': F, 'another bloc': F, 'another province': F },
  UNIT_REPORTER: { 'own unit': F, 'sibling unit': F, 'unit of another bloc': F, 'another province': F },
  UNIT_HEAD: { 'own unit': F, 'sibling unit': F, 'unit of another bloc': F, 'another province': F },
};

/** The province's figures of a period: the committee and the admin. */
const COMMITTEE_READS_PERIOD: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': A, 'another province': N },
  PROVINCE_COMMITTEE: { 'own province': A, 'another province': N },
  BLOC_REVIEWER: { 'own province': F, 'another province': F },
  UNIT_REPORTER: { 'own province': F, 'another province': F },
  UNIT_HEAD: { 'own province': F, 'another province': F },
};

/** Units side by side: the committee and the admin, and a bloc reviewer for its own bloc's units. */
const COMPARE_UNITS: Policy = { ...COMMITTEE_READS_PERIOD, BLOC_REVIEWER: { 'own province': A, 'another province': N } };

/** A province's imports: its admin only; another province's import is not found. */
const ADMIN_OF_PROVINCE: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': F },
  PROVINCE_ADMIN: { 'own province': A, 'another province': N },
  PROVINCE_COMMITTEE: { 'own province': F, 'another province': F },
  BLOC_REVIEWER: { 'own province': F, 'another province': F },
  UNIT_REPORTER: { 'own province': F, 'another province': F },
  UNIT_HEAD: { 'own province': F, 'another province': F },
};

/** Suspending and reactivating a province: the platform admin only. */
const PLATFORM_SETS_STATUS: Policy = {
  ANONYMOUS: { none: U },
  PLATFORM_ADMIN: { 'another province': A },
  PROVINCE_ADMIN: { 'own province': F, 'another province': F },
  PROVINCE_COMMITTEE: { 'own province': F, 'another province': F },
  BLOC_REVIEWER: { 'own province': F, 'another province': F },
  UNIT_REPORTER: { 'own province': F, 'another province': F },
  UNIT_HEAD: { 'own province': F, 'another province': F },
};

/** New settings for a province: a State-format header signed at a town of the province. */
const PROVINCE_SETTINGS = {
  documentParentBody: 'UBND TỈNH',
  documentIssuer: 'BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ',
  documentSymbol: 'BCĐ',
  place: 'Thị xã Bình Minh',
  documentFormat: 'STATE',
  timeZone: 'Asia/Ho_Chi_Minh',
  language: 'vi',
};

/** An operation without ids that only some roles may use. */
const ONLY = (...roles: Role[]): Policy =>
  Object.fromEntries(CALLERS.map((c) => [c, { none: c === 'ANONYMOUS' ? U : roles.includes(c as Role) ? A : F }]));
/** An operation without ids that every signed-in caller may use (each sees its own province only). */
const SIGNED_IN: Policy = Object.fromEntries(CALLERS.map((c) => [c, { none: c === 'ANONYMOUS' ? U : A }]));
/** Public: anyone, with or without a token. */
const ANYONE: Policy = Object.fromEntries(CALLERS.map((c) => [c, { none: A }]));
const SIGN_IN = (another: Expected): Policy =>
  Object.fromEntries(CALLERS.filter((c) => c !== 'ANONYMOUS').map((c) => [c, { 'own province': A, 'another province': another }]));

/** Whom and what a case is about, resolved against the built provinces. */
interface Target {
  world: ProvinceWorld;
  /** A reporting unit. */
  unitId: string;
  /** An org unit to build under or to give a user a role on: the unit, or a bloc. */
  orgUnit: { id: string; kind: 'UNIT' | 'BLOC' };
  /** Who the caller is; null without a token. */
  person: Person | null;
  caller: Caller;
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
}

interface Row {
  kind: 'query' | 'mutation';
  scope: Scope;
  policy: Policy;
  call: (t: Target) => Call | Promise<Call>;
  /** What an allowed answer must hold; throws (a jest expectation) otherwise. */
  allowed: (answer: unknown, t: Target, call: Call) => void | Promise<void>;
}

let w: TwoProvinces;
const client = new GatewayClient();
const unique = () => randomUUID().slice(0, 8);
/** A day after the test clock's today, for changes of the tree that take effect later. */
const NEXT_YEAR = `${testYear() + 1}-01-01`;
const sameSet = (actual: string[], expected: string[]) => expect([...actual].sort()).toEqual([...expected].sort());
const ids = (answer: unknown) => (answer as { id: string }[]).map((x) => x.id);
/** The access token of the second sign-in an endSession case ends, by its call. */
const phones = new WeakMap<Call, string>();
/** A refresh token of the person, rewritten to name another province. */
const forgedFor = (token: string, world: ProvinceWorld) => `${world.provinceId}${token.slice(token.indexOf('.'))}`;
const fullScores = (world: ProvinceWorld) => world.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));

/** Every org unit a caller of province A sees: its membership's subtree. */
function subtreeOf(t: Target): string[] {
  const a = w.a;
  switch (t.caller) {
    case 'PROVINCE_ADMIN':
    case 'PROVINCE_COMMITTEE':
      return a.orgUnitIds;
    case 'BLOC_REVIEWER':
      return [a.blocs[0].id, ...a.blocs[0].unitIds];
    case 'UNIT_REPORTER':
    case 'UNIT_HEAD':
      return [t.person?.orgUnitId as string];
    default:
      return [];
  }
}

/** The owner's connection, for reading the links the mails carry from the outbox (set in beforeAll). */
/** The owner's pool for the cases' lookups: the cases run several at once, and one connection runs one query at a time. */
let ownerDb: Pool;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;

/** A new person of A, made by A's admin with an email (allowed cases only: this writes). */
async function newPersonOfA(email = `nguoi.${unique()}@vd.vn`): Promise<{ userId: string; email: string; username: string }> {
  const username = `nguoi.${unique()}`;
  const input = { username, password: 'mat-khau-nguoi-moi', displayName: 'Người mới', email, role: 'BLOC_REVIEWER', orgUnitId: w.a.blocs[1].id };
  const data = await client.ok<{ createUser: { id: string } }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input },
    w.a.people.admin.accessToken,
  );
  return { userId: data.createUser.id, email, username };
}

/** A new reporting unit of A under its second bloc, made by A's admin (allowed cases only: this writes). */
async function freshUnitOfA(): Promise<string> {
  const input = { parentId: w.a.blocs[1].id, code: `MOI-${unique()}`, name: `Đơn vị riêng ${unique()}`, kind: 'UNIT', unitType: 'AGENCY' };
  const data = await client.ok<{ createOrgUnit: { id: string } }>(
    `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
    { input },
    w.a.people.admin.accessToken,
  );
  return data.createOrgUnit.id;
}

/** The token of the latest link mailed to `email` (read from the outbox row of its event). */
async function tokenMailedTo(email: string, topic: 'user.invited' | 'user.password-reset-requested'): Promise<string> {
  const { rows } = await ownerDb.query(
    `SELECT payload->>'link' AS link FROM tenancy.outbox WHERE topic = $1 AND payload->>'email' = $2 ORDER BY id DESC LIMIT 1`,
    [topic, email],
  );
  return (rows[0].link as string).split('/').pop() as string;
}

/** A fresh invitation of A's admin; its token. */
async function freshInvitation(): Promise<string> {
  const email = `moi.${unique()}@vd.vn`;
  await client.ok(INVITE, { input: { email, displayName: 'Người được mời', role: 'BLOC_REVIEWER', orgUnitId: w.a.blocs[1].id } }, w.a.people.admin.accessToken);
  return tokenMailedTo(email, 'user.invited');
}

/**
 * The activity a correction or deletion aims at: for a recorder aiming at its own unit of A (the allowed case),
 * a fresh one in the next year's window, recorded by the person the caller plays (so a deactivated twin's case
 * still has one); otherwise the target unit's briefing, which a refusal leaves alone.
 */
async function activityToChange(t: Target): Promise<string> {
  const recorder = personOf(t.caller);
  if (t.world !== w.a || !recorder || recorder.orgUnitId !== t.unitId || !['UNIT_REPORTER', 'UNIT_HEAD'].includes(t.caller)) {
    return t.world.briefingIds[t.unitId];
  }
  const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(
    `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
    { input: { unitId: t.unitId, kind: 'BRIEFING', occurredOn: `${WORLD_YEAR + 1}-04-01`, facts: { topic: 'Hội nghị', present: 10, eligible: 12 } } },
    recorder.accessToken,
  );
  return recordActivity.id;
}

/** A year no rubric of A has yet, for a fresh draft. */
let nextDraftYear = WORLD_YEAR + 20;
/** A fresh draft rubric of A, made by A's admin (allowed cases only: this writes); its id. */
async function freshDraftOfA(): Promise<string> {
  nextDraftYear += 1;
  const data = await client.ok<{ createRubricDraft: { id: string } }>(
    `mutation($y: Int!) { createRubricDraft(year: $y) { id } }`,
    { y: nextDraftYear },
    w.a.people.admin.accessToken,
  );
  return data.createRubricDraft.id;
}
/** A unit's self-assessment versions as stored (0 when none). */
async function versionsOf(world: ProvinceWorld, unitId: string, periodId: string): Promise<{ version: number; review: number }> {
  const { rows } = await ownerDb.query(
    `SELECT version, review_version FROM scoring.self_assessments WHERE tenant_id = $1 AND unit_id = $2 AND period_id = $3`,
    [world.provinceId, unitId, periodId],
  );
  return { version: rows[0]?.version ?? 0, review: rows[0]?.review_version ?? 0 };
}

/** The id of a unit's report for a period (a fresh id when there is none: the operation then finds nothing). */
async function reportIdOf(world: ProvinceWorld, unitId: string, periodId: string): Promise<string> {
  const { rows } = await ownerDb.query(`SELECT id FROM reports.reports WHERE tenant_id = $1 AND unit_id = $2 AND period_id = $3`, [
    world.provinceId,
    unitId,
    periodId,
  ]);
  return rows[0]?.id ?? randomUUID();
}

/** The rendering of a unit's report for a period asked for last (a fresh id when none). */
async function renderJobOf(world: ProvinceWorld, unitId: string, periodId: string): Promise<string> {
  const { rows } = await ownerDb.query(
    `SELECT j.id FROM reports.render_jobs j JOIN reports.reports r ON r.tenant_id = j.tenant_id AND r.id = j.report_id
      WHERE j.tenant_id = $1 AND r.unit_id = $2 AND r.period_id = $3 ORDER BY j.requested_at DESC LIMIT 1`,
    [world.provinceId, unitId, periodId],
  );
  return rows[0]?.id ?? randomUUID();
}

async function provinceReportVersionOf(world: ProvinceWorld, periodId: string): Promise<number> {
  const { rows } = await ownerDb.query(`SELECT version FROM reports.province_reports WHERE tenant_id = $1 AND period_id = $2`, [world.provinceId, periodId]);
  return rows[0]?.version ?? 0;
}

async function draftVersionOf(world: ProvinceWorld, unitId: string, periodId: string): Promise<number> {
  const { rows } = await ownerDb.query(`SELECT version FROM reports.reports WHERE tenant_id = $1 AND unit_id = $2 AND period_id = $3`, [
    world.provinceId,
    unitId,
    periodId,
  ]);
  return rows[0]?.version ?? 0;
}

/** A file of one new unit under the first bloc, for an import. */
const oneUnitFile = () => {
  const code = `NHAP-${unique()}`.toUpperCase();
  return importCsv(IMPORT_UNIT_HEADERS, [[code, `Đơn vị nhập ${code}`, 'Đơn vị', 'Cơ quan', 'KHOI-1', '']]);
};
/** Each unit's activity in no submitted report's window, and its evidence file (set in beforeAll, before the snapshot). */
const evidenceActivityOf = new Map<string, string>();
const evidenceFileOf = new Map<string, string>();
const gatewayUrl = () => new URL('/', client.graphqlUrl).toString();
/** An evidence file to remove: a fresh one for the allowed case (A's recorder on its own unit), else the unit's own. */
async function evidenceFileToRemove(t: Target): Promise<string> {
  const unitId = t.unitId;
  if (t.world === w.a && (t.caller === 'UNIT_REPORTER' || t.caller === 'UNIT_HEAD') && t.person?.orgUnitId === unitId) {
    const file = { bytes: tinyPdf(), name: `bien-ban-${unique()}.pdf` };
    const { status, body } = await uploadEvidence(gatewayUrl(), { activityId: evidenceActivityOf.get(unitId), file }, t.person.accessToken);
    // Refused too when the province is suspended or the person deactivated: the removal is refused the same way then.
    if (status === 200 && body.file) return body.file.id;
  }
  return evidenceFileOf.get(unitId) as string;
}

/** Each province's periods of a far year, generated from its calendar before the snapshot (set in beforeAll): no data, no report. */
const FAR_YEAR = WORLD_YEAR + 50;
const farPeriodsOf = new Map<ProvinceWorld, { sixMonth: string; year: string }>();
const CUSTOMARY_RULES = [
  { kind: 'SIX_MONTH', windowStart: '12-15', windowStartPreviousYear: true, windowEnd: '06-14', due: '06-20', graceDays: 0 },
  { kind: 'YEAR', windowStart: '12-15', windowStartPreviousYear: true, windowEnd: '12-14', due: '12-20', graceDays: 0 },
];
/** An import of each province, checked before the snapshot (set in beforeAll). */
const importOf = new Map<ProvinceWorld, string>();
/** A unit type each province added of its own, before the snapshot (set in beforeAll): the other province has no such type. */
const typeOf = new Map<ProvinceWorld, string>();
const DEFAULT_TYPE_CODES = ['AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE'];

/**
 * The person an operation on a user targets: a new person of A for the allowed case (the admin of A, in A),
 * which may change them at will; otherwise a person of the target's province, whom a refusal leaves alone.
 */
const targetUser = async (t: Target): Promise<string> =>
  t.caller === 'PROVINCE_ADMIN' && t.world === w.a ? (await newPersonOfA()).userId : t.world.people.reporters[1].userId;

/**
 * One row per operation of the supergraph. Reads come first: the allowed writes below add units, users
 * and periods to A, and the reads check exact lists.
 */
const ROWS: Record<string, Row> = {
  me: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ me { userId province { code } memberships { role orgUnit { id } } } }` }),
    allowed: (answer, t) => {
      const person = t.person as Person;
      expect(answer).toEqual({
        userId: person.userId,
        province: t.caller === 'PLATFORM_ADMIN' ? null : { code: w.a.code },
        memberships: [{ role: person.role, orgUnit: person.orgUnitId ? { id: person.orgUnitId } : null }],
      });
    },
  },
  orgUnits: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ orgUnits { id } }` }),
    allowed: (answer, t) => sameSet(ids(answer), subtreeOf(t)),
  },
  orgUnitHistory: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({ query: `query($id: ID!) { orgUnitHistory(id: $id) { unit { id } names { name } placements { parentId } } }`, variables: { id: t.unitId } }),
    allowed: (answer, t) => {
      const h = answer as { unit: { id: string }; names: unknown[]; placements: { parentId: string }[] };
      expect(h.unit.id).toBe(t.unitId);
      expect(h.names).toHaveLength(1);
      expect(h.placements).toEqual([{ parentId: t.world.blocs.find((b) => b.unitIds.includes(t.unitId))?.id }]);
    },
  },
  users: {
    kind: 'query',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => ({ query: `{ users { id } }` }),
    allowed: (answer) => {
      const p = w.a.people;
      sameSet(ids(answer), [p.admin, p.committee, ...p.reviewers, ...p.reporters, ...p.heads].map((x) => x.userId));
    },
  },
  provinces: {
    kind: 'query',
    scope: 'none',
    policy: ONLY('PLATFORM_ADMIN'),
    call: () => ({ query: `{ provinces { id } }` }),
    allowed: (answer) => expect(ids(answer)).toEqual(expect.arrayContaining([w.a.provinceId, w.b.provinceId])),
  },
  unitTypes: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ unitTypes { code } }` }),
    // Each province's people read its own catalogue; the platform has none.
    allowed: (answer, t) =>
      expect((answer as { code: string }[]).map((x) => x.code)).toEqual(t.caller === 'PLATFORM_ADMIN' ? [] : [...DEFAULT_TYPE_CODES, typeOf.get(w.a)]),
  },
  importJob: {
    kind: 'query',
    scope: 'province',
    policy: ADMIN_OF_PROVINCE,
    call: (t) => ({ query: `query($id: ID!) { importJob(id: $id) { id status problemCount } }`, variables: { id: importOf.get(t.world) } }),
    allowed: (answer, t) => expect(answer).toEqual({ id: importOf.get(t.world), status: 'CHECKED', problemCount: 0 }),
  },
  auditLog: {
    kind: 'query',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN', 'PLATFORM_ADMIN'),
    call: () => ({ query: `{ auditLog(page: { size: 100 }) { total entries { actor { userId } } } }` }),
    // Each admin reads its own tenant's log only: the province's people, or the platform admin alone.
    allowed: (answer, t) => {
      const { total, entries } = answer as { total: number; entries: { actor: { userId: string } }[] };
      const p = w.a.people;
      const mayAppear =
        t.caller === 'PLATFORM_ADMIN'
          ? [(t.person as Person).userId]
          : [p.admin, p.committee, ...p.reviewers, ...p.reporters, ...p.heads].map((x) => x.userId);
      expect(total).toBeGreaterThan(0);
      expect(entries.map((e) => e.actor.userId).filter((id) => !mayAppear.includes(id))).toEqual([]);
    },
  },
  provinceDirectory: {
    kind: 'query',
    scope: 'none',
    policy: ANYONE,
    call: () => ({ query: `{ provinceDirectory { code } }` }),
    allowed: (answer) => {
      const codes = (answer as { code: string }[]).map((p) => p.code);
      expect(codes).toEqual(expect.arrayContaining([w.a.code, w.b.code]));
      expect(codes).not.toContain('platform');
    },
  },
  rubric: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `query($y: Int!) { rubric(year: $y) { criteria { id } } }`, variables: { y: WORLD_YEAR } }),
    allowed: (answer, t) =>
      expect(answer).toEqual(t.caller === 'PLATFORM_ADMIN' ? null : { criteria: w.a.criteria.map((c) => ({ id: c.id })) }),
  },
  reportingPeriods: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `query($y: Int!) { reportingPeriods(year: $y) { id } }`, variables: { y: WORLD_YEAR } }),
    allowed: (answer, t) => sameSet(ids(answer), t.caller === 'PLATFORM_ADMIN' ? [] : [w.a.yearPeriodId, w.a.sixMonthPeriodId]),
  },
  activities: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    // The unit is resolved by the tenancy subgraph (a federated reference) with the caller's token.
    call: (t) => ({
      query: `query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id unitId unit { id code } } }`,
      variables: { u: t.unitId, p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) => {
      const unit = { id: t.unitId, code: t.world.codes[t.unitId] };
      expect(answer).toEqual([{ id: t.world.briefingIds[t.unitId], unitId: t.unitId, unit }]);
    },
  },
  scoringSheet: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({
      query: `query($u: ID!, $p: ID!) { scoringSheet(unitId: $u, periodId: $p) { unitId periodId rubric { year } assessment { total } } }`,
      variables: { u: t.unitId, p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.yearPeriodId, rubric: { year: WORLD_YEAR }, assessment: { total: t.world.selfScore } }),
  },
  evidenceFiles: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({
      query: `query($ids: [ID!]!) { evidenceFiles(activityIds: $ids) { id activityId } }`,
      variables: { ids: [evidenceActivityOf.get(t.unitId)] },
    }),
    allowed: (answer, t) => expect(answer).toEqual([{ id: evidenceFileOf.get(t.unitId), activityId: evidenceActivityOf.get(t.unitId) }]),
  },
  selfAssessment: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({
      query: `query($u: ID!, $p: ID!) { selfAssessment(unitId: $u, periodId: $p) { unitId periodId total } }`,
      variables: { u: t.unitId, p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.yearPeriodId, total: t.world.selfScore }),
  },
  report: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({
      query: `query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) { unitId periodId status scoreTotal } }`,
      variables: { u: t.unitId, p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.yearPeriodId, status: 'SUBMITTED', scoreTotal: t.world.selfScore }),
  },
  unitProfile: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    // Read before any profile is saved (the saves come with the mutations): version 0, nothing to copy.
    call: (t) => ({
      query: `query($u: ID!, $p: ID!) { unitProfile(unitId: $u, periodId: $p) { unitId periodId version staffCount people { key } } }`,
      variables: { u: t.unitId, p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.yearPeriodId, version: 0, staffCount: null, people: [] }),
  },
  provinceRollup: {
    kind: 'query',
    scope: 'province',
    policy: COMMITTEE_READS_PERIOD,
    call: (t) => ({
      query: `query($p: ID!) { provinceRollup(periodId: $p) { periodId unitsExpected unitsSubmitted averageScore } }`,
      variables: { p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({
        periodId: t.world.yearPeriodId,
        unitsExpected: t.world.unitIds.length,
        unitsSubmitted: t.world.unitIds.length,
        averageScore: t.world.selfScore,
      }),
  },
  unitComparison: {
    kind: 'query',
    scope: 'province',
    policy: COMPARE_UNITS,
    call: (t) => ({ query: `query($p: ID!) { unitComparison(periodId: $p) { unitId scoreTotal } }`, variables: { p: t.world.yearPeriodId } }),
    allowed: (answer, t) => {
      // A bloc reviewer compares only its own bloc's units; the committee and the admin every unit.
      const expected = t.caller === 'BLOC_REVIEWER' ? t.world.blocs[0].unitIds : t.world.unitIds;
      sameSet((answer as { unitId: string }[]).map((r) => r.unitId), expected);
      expect((answer as { scoreTotal: number }[]).map((r) => r.scoreTotal)).toEqual(expected.map(() => t.world.selfScore));
    },
  },

  reportTemplates: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ reportTemplates { code sections { key } } }` }),
    allowed: (answer) => expect((answer as { code: string }[]).map((t) => t.code)).toEqual(['DECREE_71_2006', 'LAW_10_2022']),
  },
  reportPreview: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({
      query: `query($u: ID!, $p: ID!) { reportPreview(unitId: $u, periodId: $p) { report { unitId periodId status } contentHash } }`,
      variables: { u: t.unitId, p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) => {
      const preview = answer as { report: unknown; contentHash: string };
      expect(preview.report).toEqual({ unitId: t.unitId, periodId: t.world.yearPeriodId, status: 'SUBMITTED' });
      expect(preview.contentHash).toMatch(/^[0-9a-f]{64}$/);
    },
  },
  reportDiff: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: async (t) => ({
      query: `query($r: ID!) { reportDiff(reportId: $r, from: 1, to: 1) { reportId lines { change } } }`,
      variables: { r: await reportIdOf(t.world, t.unitId, t.world.yearPeriodId) },
    }),
    allowed: (answer, _t, call) => {
      const diff = answer as { reportId: string; lines: { change: string }[] };
      expect(diff.reportId).toBe(call.variables?.['r']);
      expect(diff.lines.length).toBeGreaterThan(0);
      expect(diff.lines.every((l) => l.change === 'SAME')).toBe(true);
    },
  },
  // The committee's dashboards: the committee and the admin the whole province, a bloc reviewer its blocs.
  rollupCells: {
    kind: 'query',
    scope: 'province',
    policy: COMPARE_UNITS,
    call: (t) => ({
      query: `query($p: ID!) { rollupCells(periodId: $p, dimension: BLOC) { value unitsSubmitted averageScore } }`,
      variables: { p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) => {
      const blocs = t.caller === 'BLOC_REVIEWER' ? [t.world.blocs[0]] : t.world.blocs;
      sameSet((answer as { value: string }[]).map((c) => c.value), blocs.map((b) => b.id));
      for (const cell of answer as { unitsSubmitted: number; averageScore: number }[]) {
        expect(cell).toMatchObject({ unitsSubmitted: 2, averageScore: t.world.selfScore });
      }
    },
  },
  completeness: {
    kind: 'query',
    scope: 'province',
    policy: COMPARE_UNITS,
    call: (t) => ({ query: `query($p: ID!) { completeness(periodId: $p) { unitId status } }`, variables: { p: t.world.yearPeriodId } }),
    allowed: (answer, t) => {
      const expected = t.caller === 'BLOC_REVIEWER' ? t.world.blocs[0].unitIds : t.world.unitIds;
      sameSet((answer as { unitId: string }[]).map((r) => r.unitId), expected);
      expect((answer as { status: string }[]).map((r) => r.status)).toEqual(expected.map(() => 'SUBMITTED'));
    },
  },
  unitRanking: {
    kind: 'query',
    scope: 'province',
    policy: COMPARE_UNITS,
    call: (t) => ({
      query: `query($i: UnitRankingInput!) { unitRanking(input: $i) { total rows { unitId rank scoreTotal } } }`,
      variables: { i: { periodId: t.world.yearPeriodId } },
    }),
    allowed: (answer, t) => {
      const expected = t.caller === 'BLOC_REVIEWER' ? t.world.blocs[0].unitIds : t.world.unitIds;
      const page = answer as { total: number; rows: { unitId: string; rank: number; scoreTotal: number }[] };
      expect(page.total).toBe(expected.length);
      sameSet(page.rows.map((r) => r.unitId), expected);
      // Every unit saved the same self-score: one rank for all.
      expect(page.rows.map((r) => [r.rank, r.scoreTotal])).toEqual(expected.map(() => [1, t.world.selfScore]));
    },
  },
  criterionHeatmap: {
    kind: 'query',
    scope: 'province',
    policy: COMPARE_UNITS,
    call: (t) => ({
      query: `query($i: UnitRankingInput!) { criterionHeatmap(input: $i) { total criteria { code } rows { unitId scores } } }`,
      variables: { i: { periodId: t.world.yearPeriodId } },
    }),
    allowed: (answer, t) => {
      const expected = t.caller === 'BLOC_REVIEWER' ? t.world.blocs[0].unitIds : t.world.unitIds;
      const map = answer as { total: number; criteria: { code: string }[]; rows: { unitId: string; scores: number[] }[] };
      expect(map.total).toBe(expected.length);
      expect(map.criteria.map((c) => c.code)).toEqual(t.world.criteria.map((c) => c.code));
      sameSet(map.rows.map((r) => r.unitId), expected);
    },
  },
  yearOverYear: {
    kind: 'query',
    scope: 'province',
    policy: COMPARE_UNITS,
    call: (t) => ({
      query: `query($p: ID!) { yearOverYear(periodId: $p, dimension: BLOC) { value averageScore } }`,
      variables: { p: t.world.yearPeriodId },
    }),
    allowed: (answer, t) => {
      const blocs = t.caller === 'BLOC_REVIEWER' ? [t.world.blocs[0]] : t.world.blocs;
      sameSet((answer as { value: string }[]).map((c) => c.value), blocs.map((b) => b.id));
    },
  },
  unitStanding: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    call: (t) => ({
      query: `query($p: ID!, $u: ID!) { unitStanding(periodId: $p, unitId: $u) { unitId scoreTotal rank rankedUnits } }`,
      variables: { p: t.world.yearPeriodId, u: t.unitId },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({ unitId: t.unitId, scoreTotal: t.world.selfScore, rank: 1, rankedUnits: t.world.unitIds.length }),
  },

  reviewQueue: {
    kind: 'query',
    scope: 'province',
    policy: REVIEW_QUEUE,
    call: (t) => ({ query: `query($p: ID!) { reviewQueue(periodId: $p) { report { unitId status } } }`, variables: { p: t.world.yearPeriodId } }),
    allowed: (answer, t) => {
      // A bloc reviewer's queue holds its bloc's units; the committee's and the admin's every unit.
      const expected = t.caller === 'BLOC_REVIEWER' ? t.world.blocs[0].unitIds : t.world.unitIds;
      sameSet((answer as { report: { unitId: string } }[]).map((q) => q.report.unitId), expected);
    },
  },

  provinceReport: {
    kind: 'query',
    scope: 'province',
    policy: REVIEW_QUEUE,
    call: (t) => ({ query: `query($p: ID!) { provinceReport(periodId: $p) { periodId figures { unitsExpected } } }`, variables: { p: t.world.yearPeriodId } }),
    allowed: (answer, t) => expect(answer).toEqual({ periodId: t.world.yearPeriodId, figures: { unitsExpected: t.world.unitIds.length } }),
  },
  renderJob: {
    kind: 'query',
    scope: 'unit',
    policy: READ_UNIT,
    // The rendering of the unit's year report, asked for by its submission when the world was built.
    call: async (t) => ({ query: `query($id: ID!) { renderJob(id: $id) { id } }`, variables: { id: await renderJobOf(t.world, t.unitId, t.world.yearPeriodId) } }),
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: call.variables?.['id'] }),
  },
  invitation: {
    kind: 'query',
    scope: 'none',
    // Public: the link is the credential, whoever opens it.
    policy: ANYONE,
    call: async () => ({
      query: `query($t: String!) { invitation(token: $t) { displayName province { code } } }`,
      variables: { t: await freshInvitation() },
    }),
    allowed: (answer) => expect(answer).toEqual({ displayName: 'Người được mời', province: { code: w.a.code } }),
  },

  login: {
    kind: 'mutation',
    scope: 'sign-in',
    policy: SIGN_IN(U),
    call: (t) => {
      const person = t.person as Person;
      return {
        query: `mutation($input: LoginInput!) { login(input: $input) { viewer { userId province { code } } } }`,
        variables: {
          input: {
            province: t.caller === 'PLATFORM_ADMIN' && t.world === w.a ? null : t.world.code,
            username: person.username,
            password: person.password,
          },
        },
      };
    },
    allowed: (answer, t) =>
      expect(answer).toEqual({
        viewer: { userId: t.person?.userId, province: t.caller === 'PLATFORM_ADMIN' ? null : { code: w.a.code } },
      }),
  },
  refreshSession: {
    kind: 'mutation',
    scope: 'sign-in',
    policy: SIGN_IN(U),
    // A sign-in of its own: renewing spends the refresh token, and a second use would end the person's session.
    call: async (t) => {
      const person = t.person as Person;
      const token =
        t.world !== w.a
          ? forgedFor(person.refreshToken, t.world)
          : deactivated.has(person)
            ? person.refreshToken
            : (await client.signIn(t.caller === 'PLATFORM_ADMIN' ? null : w.a.code, person.username, person.password)).refreshToken;
      return { query: `mutation($t: String!) { refreshSession(refreshToken: $t) { viewer { userId } } }`, variables: { t: token } };
    },
    allowed: (answer, t) => expect(answer).toEqual({ viewer: { userId: t.person?.userId } }),
  },
  logout: {
    kind: 'mutation',
    scope: 'sign-in',
    // Logout answers true whatever the token, so that it tells nothing; another province's rows stay as they were.
    policy: SIGN_IN('no effect'),
    call: async (t) => {
      const person = t.person as Person;
      const token =
        t.world !== w.a
          ? forgedFor(person.refreshToken, t.world)
          : deactivated.has(person)
            ? person.refreshToken
            : (await client.signIn(t.caller === 'PLATFORM_ADMIN' ? null : w.a.code, person.username, person.password)).refreshToken;
      return { query: `mutation($t: String!) { logout(refreshToken: $t) }`, variables: { t: token } };
    },
    allowed: async (answer, t, call) => {
      expect(answer).toBe(true);
      if (t.world !== w.a) return;
      // The session is over: its refresh token, never used, no longer refreshes.
      const again = await client.request(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, call.variables);
      expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  },
  mySessions: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ mySessions { id current } }` }),
    // Only the caller's own: the session of the token asking is among them, and marked.
    allowed: (answer) => expect((answer as { current: boolean }[]).filter((s) => s.current)).toHaveLength(1),
  },
  endSession: {
    kind: 'mutation',
    scope: 'none',
    policy: SIGNED_IN,
    // A second sign-in of the caller (their phone), ended from the list of the first.
    call: async (t) => {
      const person = t.person;
      if (!person || deactivated.has(person)) return { query: `mutation($id: ID!) { endSession(sessionId: $id) }`, variables: { id: randomUUID() } };
      const phone = await client.signIn(t.caller === 'PLATFORM_ADMIN' ? null : w.a.code, person.username, person.password);
      const listed = await client.ok<{ mySessions: { id: string; current: boolean }[] }>(`{ mySessions { id current } }`, {}, phone.accessToken);
      const call = { query: `mutation($id: ID!) { endSession(sessionId: $id) }`, variables: { id: present(listed.mySessions.find((s) => s.current)).id } };
      phones.set(call, phone.accessToken);
      return call;
    },
    allowed: async (answer, _t, call) => {
      expect(answer).toBe(true);
      const phone = await client.request(`{ me { userId } }`, {}, phones.get(call));
      expect(phone.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    },
  },
  logoutEverywhere: {
    kind: 'mutation',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `mutation { logoutEverywhere }` }),
    // Every session of the person ended, the table's own included: its token stops, and the person signs in
    // again for the cases that follow.
    allowed: async (answer, t) => {
      const person = t.person as Person;
      expect(answer).toBeGreaterThanOrEqual(1);
      expect((await client.request(`{ me { userId } }`, {}, person.accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      Object.assign(person, await client.signIn(t.caller === 'PLATFORM_ADMIN' ? null : w.a.code, person.username, person.password));
    },
  },
  createProvince: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PLATFORM_ADMIN'),
    call: () => {
      const code = `moi-${unique()}`;
      return {
        query: `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { code status } }`,
        variables: { input: { code, name: `Tỉnh ${code}`, adminUsername: 'quantri', adminPassword: 'mat-khau-tinh-moi', adminDisplayName: 'Quản trị' } },
      };
    },
    allowed: (answer) => expect(answer).toEqual({ code: expect.stringMatching(/^moi-/), status: 'ACTIVE' }),
  },
  openReportingPeriod: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => ({
      query: `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { year kind status } }`,
      variables: { input: { year: WORLD_YEAR - 1, kind: 'YEAR', windowStart: `${WORLD_YEAR - 2}-12-15`, windowEnd: `${WORLD_YEAR - 1}-12-14`, dueOn: `${WORLD_YEAR - 1}-12-20` } },
    }),
    allowed: (answer) => expect(answer).toEqual({ year: WORLD_YEAR - 1, kind: 'YEAR', status: 'OPEN' }),
  },
  reportingCalendar: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ reportingCalendar { rules { kind windowStart windowStartPreviousYear windowEnd due graceDays } } }` }),
    // The customary rules or those the admin's allowed case saved: one per kind either way.
    allowed: (answer) => expect((answer as { rules: { kind: string }[] }).rules.map((r) => r.kind)).toEqual(['SIX_MONTH', 'YEAR']),
  },
  saveReportingCalendar: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => ({
      query: `mutation($input: SaveReportingCalendarInput!) { saveReportingCalendar(input: $input) { rules { kind graceDays } } }`,
      variables: { input: { rules: CUSTOMARY_RULES.map((r) => ({ ...r, graceDays: 2 })) } },
    }),
    allowed: (answer) => expect(answer).toEqual({ rules: [{ kind: 'SIX_MONTH', graceDays: 2 }, { kind: 'YEAR', graceDays: 2 }] }),
  },
  reminderSchedule: {
    kind: 'query',
    scope: 'province',
    policy: COMMITTEE_READS_PERIOD,
    call: (t) => ({ query: `query($p: ID!) { reminderSchedule(periodId: $p) { periodId milestones { name } } }`, variables: { p: t.world.yearPeriodId } }),
    allowed: (answer, t) => expect((answer as { periodId: string }).periodId).toBe(t.world.yearPeriodId),
  },
  saveReminderSchedule: {
    kind: 'mutation',
    scope: 'province',
    policy: COMMITTEE_READS_PERIOD,
    call: (t) => ({
      query: `mutation($input: SaveReminderScheduleInput!) { saveReminderSchedule(input: $input) { periodId offsets isDefault } }`,
      variables: { input: { periodId: t.world.yearPeriodId, offsets: [0, -7] } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ periodId: t.world.yearPeriodId, offsets: [-7, 0], isDefault: false }),
  },
  myNotifications: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ myNotifications { id readAt } }` }),
    allowed: (answer) => expect(Array.isArray(answer)).toBe(true),
  },
  unreadNotificationCount: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ unreadNotificationCount }` }),
    allowed: (answer) => expect(answer).toEqual(expect.any(Number)),
  },
  markNotificationsRead: {
    kind: 'mutation',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `mutation { markNotificationsRead(all: true) }` }),
    allowed: (answer) => expect(answer).toBe(0),
  },
  notificationPreferences: {
    kind: 'query',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({ query: `{ notificationPreferences { quietStart quietEnd optOut } }` }),
    // The defaults, or what the same role's allowed save set.
    allowed: (answer) => expect([{ quietStart: null, quietEnd: null, optOut: false }, { quietStart: '22:00', quietEnd: '06:00', optOut: true }]).toContainEqual(answer),
  },
  saveNotificationPreferences: {
    kind: 'mutation',
    scope: 'none',
    policy: SIGNED_IN,
    call: () => ({
      query: `mutation($input: NotificationPreferencesInput!) { saveNotificationPreferences(input: $input) { quietStart quietEnd optOut } }`,
      variables: { input: { quietStart: '22:00', quietEnd: '06:00', optOut: true } },
    }),
    allowed: (answer) => expect(answer).toEqual({ quietStart: '22:00', quietEnd: '06:00', optOut: true }),
  },
  generateReportingPeriods: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => ({ query: `mutation($y: Int!) { generateReportingPeriods(year: $y) { year kind status } }`, variables: { y: FAR_YEAR + 10 } }),
    allowed: (answer) =>
      expect(answer).toEqual([
        { year: FAR_YEAR + 10, kind: 'SIX_MONTH', status: 'OPEN' },
        { year: FAR_YEAR + 10, kind: 'YEAR', status: 'OPEN' },
      ]),
  },
  closeReportingPeriod: {
    kind: 'mutation',
    scope: 'province',
    policy: ADMIN_OF_PROVINCE,
    call: (t) => ({ query: `mutation($p: ID!) { closeReportingPeriod(periodId: $p) { id status } }`, variables: { p: farPeriodsOf.get(t.world)?.year } }),
    allowed: (answer, t) => expect(answer).toEqual({ id: farPeriodsOf.get(t.world)?.year, status: 'CLOSED' }),
  },
  reopenReportingPeriod: {
    kind: 'mutation',
    scope: 'province',
    policy: ADMIN_OF_PROVINCE,
    call: (t) => ({ query: `mutation($p: ID!) { reopenReportingPeriod(periodId: $p) { id status } }`, variables: { p: farPeriodsOf.get(t.world)?.year } }),
    allowed: (answer, t) => expect(answer).toEqual({ id: farPeriodsOf.get(t.world)?.year, status: 'OPEN' }),
  },
  parseLegacyReport: {
    kind: 'query',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN', 'UNIT_REPORTER', 'UNIT_HEAD'),
    call: () => ({ query: `query($t: String!) { parseLegacyReport(text: $t) { draft warnings } }`, variables: { t: LEGACY_REPORT_2006_FIXTURE } }),
    allowed: (answer) => expect(answer).toMatchObject({ draft: { year: 2006, selfScore: { value: 97 } }, warnings: [] }),
  },
  importLegacyReport: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    // Into the far six-month period, where no unit has a report yet.
    call: (t) => ({
      query: `mutation($input: ImportLegacyReportInput!) { importLegacyReport(input: $input) { unitId periodId status } }`,
      variables: { input: { unitId: t.unitId, periodId: farPeriodsOf.get(t.world)?.sixMonth, prose: { 'A.I': 'Đơn vị có 16 cán bộ.' }, header: null, imported: { selfScore: 97 } } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, periodId: farPeriodsOf.get(t.world)?.sixMonth, status: 'DRAFT' }),
  },
  adoptDefaultRubric: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => ({ query: `mutation($y: Int!) { adoptDefaultRubric(year: $y) { criteria { id } } }`, variables: { y: WORLD_YEAR } }),
    // The year already has a rubric: adopting again returns it unchanged.
    allowed: (answer) => expect(answer).toEqual({ criteria: w.a.criteria.map((c) => ({ id: c.id })) }),
  },
  createRubricDraft: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => {
      nextDraftYear += 1;
      return { query: `mutation($y: Int!) { createRubricDraft(year: $y) { year status version } }`, variables: { y: nextDraftYear } };
    },
    allowed: (answer, _t, call) => expect(answer).toEqual({ year: (call.variables as { y: number }).y, status: 'DRAFT', version: 1 }),
  },
  saveRubricDraft: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    // Refusals come before any id is read; the admin's own case edits a fresh draft.
    call: async (t) => ({
      query: `mutation($input: SaveRubricDraftInput!) { saveRubricDraft(input: $input) { name status version } }`,
      variables: {
        input: {
          id: t.caller === 'PROVINCE_ADMIN' ? await freshDraftOfA() : randomUUID(),
          expectedVersion: 1,
          name: 'Bộ tiêu chí sửa đổi',
          criteria: [{ code: '1', title: 'Toàn bộ', contentGroup: 'RESULTS', maxPoints: 100, method: 'MANUAL' }],
          bands: [
            { band: 'TOT', minTotal: 90 },
            { band: 'KHA', minTotal: 70 },
            { band: 'TRUNG_BINH', minTotal: 50 },
          ],
          vetoes: [],
        },
      },
    }),
    allowed: (answer) => expect(answer).toEqual({ name: 'Bộ tiêu chí sửa đổi', status: 'DRAFT', version: 2 }),
  },
  publishRubric: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: async (t) => ({
      query: `mutation($id: ID!) { publishRubric(id: $id, expectedVersion: 1) { status version problems { code } } }`,
      variables: { id: t.caller === 'PROVINCE_ADMIN' ? await freshDraftOfA() : randomUUID() },
    }),
    allowed: (answer) => expect(answer).toEqual({ status: 'PUBLISHED', version: 2, problems: [] }),
  },
  createUnitType: {
    kind: 'mutation',
    scope: 'none',
    policy: ONLY('PROVINCE_ADMIN'),
    call: () => ({
      query: `mutation($input: CreateUnitTypeInput!) { createUnitType(input: $input) { code active } }`,
      variables: { input: { code: `LH_${unique().toUpperCase()}`, name: `Loại hình ${unique()}`, nameEn: `Type ${unique()}` } },
    }),
    allowed: (answer, _t, call) => {
      const { input } = call.variables as { input: { code: string } };
      expect(answer).toEqual({ code: input.code, active: true });
    },
  },
  // A type's code is its id: another province's own type is no type of the caller's.
  updateUnitType: {
    kind: 'mutation',
    scope: 'province',
    policy: ADMIN_OF_PROVINCE,
    call: (t) => ({
      query: `mutation($input: UpdateUnitTypeInput!) { updateUnitType(input: $input) { code name } }`,
      variables: { input: { code: typeOf.get(t.world), name: `Loại hình ${unique()}`, nameEn: `Type ${unique()}`, active: true } },
    }),
    allowed: (answer, t, call) => {
      const { input } = call.variables as { input: { name: string } };
      expect(answer).toEqual({ code: typeOf.get(t.world), name: input.name });
    },
  },
  createOrgUnit: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { parentId kind } }`,
      variables: { input: { parentId: t.orgUnit.id, code: `MOI-${unique()}`, name: 'Đơn vị mới', kind: 'UNIT', unitType: 'AGENCY' } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ parentId: t.orgUnit.id, kind: 'UNIT' }),
  },
  // The tree's changes take effect next year (the answers show the unit as it stands today), except the
  // correction, which has no date; each on a unit the other rows do not need open.
  renameOrgUnit: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { id } }`,
      variables: { input: { id: t.unitId, name: `Đơn vị đổi tên ${unique()}`, effectiveOn: NEXT_YEAR } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.unitId }),
  },
  correctOrgUnit: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: CorrectOrgUnitInput!) { correctOrgUnit(input: $input) { id name } }`,
      variables: { input: { id: t.unitId, name: `Đơn vị sửa tên ${t.world.codes[t.unitId]}` } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.unitId, name: `Đơn vị sửa tên ${t.world.codes[t.unitId]}` }),
  },
  moveOrgUnit: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { id parentId } }`,
      variables: { input: { id: t.unitId, parentId: t.world.blocs[0].id, effectiveOn: NEXT_YEAR } },
    }),
    // Today it still sits where it was.
    allowed: (answer, t) => expect(answer).toEqual({ id: t.unitId, parentId: t.world.blocs.find((b) => b.unitIds.includes(t.unitId))?.id }),
  },
  closeOrgUnit: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { id closedOn } }`,
      variables: { input: { id: t.unitId, closedOn: NEXT_YEAR } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.unitId, closedOn: NEXT_YEAR }),
  },
  mergeOrgUnits: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    // Two other units of the target's province: the first merges into the second.
    call: (t) => {
      const [source, target] = t.world.unitIds.filter((id) => id !== t.unitId);
      return {
        query: `mutation($input: MergeOrgUnitsInput!) { mergeOrgUnits(input: $input) { id } }`,
        variables: { input: { sourceIds: [source], targetId: target, effectiveOn: NEXT_YEAR } },
      };
    },
    allowed: (answer, t) => expect(answer).toEqual({ id: t.world.unitIds.filter((id) => id !== t.unitId)[1] }),
  },
  // The split and the reporting lines change a unit of their own in the allowed case (the admin of A, in A),
  // made just before; a refused case aims at the target's unit, which it leaves alone.
  splitOrgUnit: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => {
      const id = t.caller === 'PROVINCE_ADMIN' && t.world === w.a ? await freshUnitOfA() : t.unitId;
      const parentId = t.world.blocs.find((b) => b.unitIds.includes(t.unitId))?.id ?? t.world.blocs[1].id;
      const part = (n: number) => ({ code: `TACH-${unique()}`, name: `Đơn vị tách ${n} ${unique()}`, unitType: 'AGENCY', parentId });
      return {
        query: `mutation($input: SplitOrgUnitInput!) { splitOrgUnit(input: $input) { splitFromId parentId openedOn } }`,
        variables: { input: { id, parts: [part(1), part(2)], effectiveOn: NEXT_YEAR } },
      };
    },
    allowed: (answer, t, call) => {
      const split = (call.variables?.['input'] as { id: string }).id;
      const parentId = t.world.blocs.find((b) => b.unitIds.includes(t.unitId))?.id;
      expect(answer).toEqual([1, 2].map(() => ({ splitFromId: split, parentId, openedOn: NEXT_YEAR })));
    },
  },
  setReportingLine: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => {
      const unitId = t.caller === 'PROVINCE_ADMIN' && t.world === w.a ? await freshUnitOfA() : t.unitId;
      return {
        query: `mutation($input: SetReportingLineInput!) { setReportingLine(input: $input) { id reviewedById } }`,
        variables: { input: { unitId, reviewerId: t.world.blocs[0].id, effectiveOn: NEXT_YEAR } },
      };
    },
    // Next year's line: today the unit is still reviewed as the tree says.
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: (call.variables?.['input'] as { unitId: string }).unitId, reviewedById: null }),
  },
  endReportingLine: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => {
      let unitId = t.unitId;
      if (t.caller === 'PROVINCE_ADMIN' && t.world === w.a) {
        unitId = await freshUnitOfA();
        await client.ok(
          `mutation($input: SetReportingLineInput!) { setReportingLine(input: $input) { id } }`,
          { input: { unitId, reviewerId: w.a.blocs[0].id, effectiveOn: NEXT_YEAR } },
          w.a.people.admin.accessToken,
        );
      }
      return {
        query: `mutation($input: EndReportingLineInput!) { endReportingLine(input: $input) { id reviewedById } }`,
        variables: { input: { unitId, effectiveOn: `${testYear() + 1}-06-01` } },
      };
    },
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: (call.variables?.['input'] as { unitId: string }).unitId, reviewedById: null }),
  },
  createUser: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: CreateUserInput!) { createUser(input: $input) { memberships { role orgUnit { id } } } }`,
      variables: {
        input: {
          username: `nguoi.${unique()}`,
          password: 'mat-khau-nguoi-moi',
          displayName: 'Người mới',
          role: t.orgUnit.kind === 'BLOC' ? 'BLOC_REVIEWER' : 'UNIT_REPORTER',
          orgUnitId: t.orgUnit.id,
        },
      },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({ memberships: [{ role: t.orgUnit.kind === 'BLOC' ? 'BLOC_REVIEWER' : 'UNIT_REPORTER', orgUnit: { id: t.orgUnit.id } }] }),
  },
  inviteUser: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: (t) => ({
      query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationPending memberships { role orgUnit { id } } } }`,
      variables: {
        input: {
          email: `moi.${unique()}@vd.vn`,
          displayName: 'Người được mời',
          role: t.orgUnit.kind === 'BLOC' ? 'BLOC_REVIEWER' : 'UNIT_REPORTER',
          orgUnitId: t.orgUnit.id,
        },
      },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({
        invitationPending: true,
        memberships: [{ role: t.orgUnit.kind === 'BLOC' ? 'BLOC_REVIEWER' : 'UNIT_REPORTER', orgUnit: { id: t.orgUnit.id } }],
      }),
  },
  resendInvitation: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => {
      let userId = t.world.people.reporters[1].userId;
      if (t.caller === 'PROVINCE_ADMIN' && t.world === w.a) {
        const email = `moi.${unique()}@vd.vn`;
        const invited = await client.ok<{ inviteUser: { id: string } }>(
          `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
          { input: { email, displayName: 'Người được mời', role: 'BLOC_REVIEWER', orgUnitId: t.orgUnit.id } },
          w.a.people.admin.accessToken,
        );
        userId = invited.inviteUser.id;
      }
      return { query: `mutation($u: ID!) { resendInvitation(userId: $u) { id invitationPending } }`, variables: { u: userId } };
    },
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: call.variables?.['u'], invitationPending: true }),
  },
  acceptInvitation: {
    kind: 'mutation',
    scope: 'none',
    policy: ANYONE,
    call: async () => ({
      query: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { username provinceCode } }`,
      variables: { input: { token: await freshInvitation(), username: `nhan.${unique()}`, password: 'mat-khau-da-nhan' } },
    }),
    allowed: (answer, _t, call) =>
      expect(answer).toEqual({ username: (call.variables?.['input'] as { username: string }).username, provinceCode: w.a.code }),
  },
  requestPasswordReset: {
    kind: 'mutation',
    scope: 'none',
    // Public, and the same answer whether or not the account exists.
    policy: ANYONE,
    call: async () => ({
      query: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
      variables: { input: { province: w.a.code, login: (await newPersonOfA()).email } },
    }),
    allowed: (answer) => expect(answer).toBe(true),
  },
  sendPasswordReset: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => ({ query: `mutation($u: ID!) { sendPasswordReset(userId: $u) }`, variables: { u: await targetUser(t) } }),
    allowed: (answer) => expect(answer).toBe(true),
  },
  resetPassword: {
    kind: 'mutation',
    scope: 'none',
    policy: ANYONE,
    call: async () => {
      const person = await newPersonOfA();
      await client.ok(`mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, {
        input: { province: w.a.code, login: person.username },
      });
      const token = await tokenMailedTo(person.email, 'user.password-reset-requested');
      return {
        query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { username provinceCode } }`,
        variables: { input: { token, password: 'mat-khau-dat-lai' } },
        expected: person.username,
      } as Call;
    },
    allowed: (answer, _t, call) =>
      expect(answer).toEqual({ username: (call as Call & { expected: string }).expected, provinceCode: w.a.code }),
  },
  deactivateUser: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => ({ query: `mutation($u: ID!) { deactivateUser(userId: $u) { id active } }`, variables: { u: await targetUser(t) } }),
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: call.variables?.['u'], active: false }),
  },
  reactivateUser: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => ({ query: `mutation($u: ID!) { reactivateUser(userId: $u) { id active } }`, variables: { u: await targetUser(t) } }),
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: call.variables?.['u'], active: true }),
  },
  addMembership: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    // The new person is a reviewer of A's second bloc; here they also report for a unit (or review another bloc).
    call: async (t) => ({
      query: `mutation($input: MembershipInput!) { addMembership(input: $input) { memberships { role orgUnit { id } } } }`,
      variables: {
        input: { userId: await targetUser(t), role: t.orgUnit.kind === 'BLOC' ? 'BLOC_REVIEWER' : 'UNIT_REPORTER', orgUnitId: t.orgUnit.kind === 'BLOC' ? t.world.blocs[0].id : t.orgUnit.id },
      },
    }),
    allowed: (answer) =>
      expect(answer).toEqual({
        memberships: [
          { role: 'BLOC_REVIEWER', orgUnit: { id: w.a.blocs[1].id } },
          { role: 'BLOC_REVIEWER', orgUnit: { id: w.a.blocs[0].id } },
        ],
      }),
  },
  removeMembership: {
    kind: 'mutation',
    scope: 'unit',
    policy: ADMIN_BUILDS_TREE,
    call: async (t) => {
      const userId = await targetUser(t);
      const orgUnitId = t.orgUnit.kind === 'BLOC' ? t.world.blocs[0].id : t.orgUnit.id;
      const role = t.orgUnit.kind === 'BLOC' ? 'BLOC_REVIEWER' : 'UNIT_REPORTER';
      if (t.caller === 'PROVINCE_ADMIN' && t.world === w.a) {
        await client.ok(`mutation($input: MembershipInput!) { addMembership(input: $input) { id } }`, { input: { userId, role, orgUnitId } }, w.a.people.admin.accessToken);
      }
      return {
        query: `mutation($input: MembershipInput!) { removeMembership(input: $input) { memberships { role orgUnit { id } } } }`,
        variables: { input: { userId, role, orgUnitId } },
      };
    },
    allowed: (answer) => expect(answer).toEqual({ memberships: [{ role: 'BLOC_REVIEWER', orgUnit: { id: w.a.blocs[1].id } }] }),
  },
  recordActivity: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    // In the next year's window: the world's year reports are submitted, which freezes their window.
    call: (t) => ({
      query: `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { unitId kind summary unit { id code } ... on Briefing { present eligible } } }`,
      variables: { input: { unitId: t.unitId, kind: 'BRIEFING', occurredOn: `${WORLD_YEAR + 1}-04-01`, facts: { topic: 'Hội nghị phổ biến', present: 10, eligible: 12 } } },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({
        unitId: t.unitId,
        kind: 'BRIEFING',
        summary: '01 cuộc, có 10/12 người dự',
        unit: { id: t.unitId, code: t.world.codes[t.unitId] },
        present: 10,
        eligible: 12,
      }),
  },
  correctActivity: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    call: async (t) => ({
      query: `mutation($input: CorrectActivityInput!) { correctActivity(input: $input) { unitId version summary } }`,
      variables: {
        input: { id: await activityToChange(t), expectedVersion: 1, occurredOn: `${WORLD_YEAR + 1}-04-02`, facts: { topic: 'Hội nghị phổ biến', present: 11, eligible: 12 } },
      },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, version: 2, summary: '01 cuộc, có 11/12 người dự' }),
  },
  deleteActivity: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    call: async (t) => ({
      query: `mutation($input: DeleteActivityInput!) { deleteActivity(input: $input) { unitId version deletionReason } }`,
      variables: { input: { id: await activityToChange(t), expectedVersion: 1, reason: 'Ghi trùng' } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, version: 2, deletionReason: 'Ghi trùng' }),
  },
  removeEvidenceFile: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    call: async (t) => ({
      query: `mutation($input: RemoveEvidenceFileInput!) { removeEvidenceFile(input: $input) { id activityId } }`,
      variables: { input: { id: await evidenceFileToRemove(t), reason: 'Tải nhầm tệp' } },
    }),
    allowed: (answer, t, call) =>
      expect(answer).toEqual({ id: (call.variables?.['input'] as { id: string }).id, activityId: evidenceActivityOf.get(t.unitId) }),
  },
  saveSelfAssessment: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    call: async (t) => ({
      query: `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { unitId periodId total } }`,
      variables: {
        input: {
          unitId: t.unitId,
          periodId: t.world.sixMonthPeriodId,
          scores: fullScores(t.world),
          expectedVersion: (await versionsOf(t.world, t.unitId, t.world.sixMonthPeriodId)).version,
        },
      },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.sixMonthPeriodId, total: 100 }),
  },
  submitReport: {
    kind: 'mutation',
    scope: 'unit',
    policy: SIGN_UNIT,
    // The six-month reports are self-scored and their drafts complete, but not yet submitted.
    call: (t) => ({
      query: `mutation($input: SubmitReportInput!) { submitReport(input: $input) { unitId periodId status } }`,
      variables: { input: { unitId: t.unitId, periodId: t.world.sixMonthPeriodId } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.sixMonthPeriodId, status: 'SUBMITTED' }),
  },
  saveReview: {
    kind: 'mutation',
    scope: 'unit',
    policy: REVIEW_UNIT,
    // The year reports were submitted when the worlds were built.
    call: async (t) => ({
      query: `mutation($input: SaveReviewInput!) { saveReview(input: $input) { unitId periodId scores { criterionId reviewerPoints } } }`,
      variables: {
        input: {
          unitId: t.unitId,
          periodId: t.world.yearPeriodId,
          expectedVersion: (await versionsOf(t.world, t.unitId, t.world.yearPeriodId)).review,
          scores: [{ criterionId: t.world.criteria[0].id, points: 1, comment: 'Cần bổ sung minh chứng' }],
        },
      },
    }),
    allowed: (answer, t) => {
      const review = answer as { unitId: string; periodId: string; scores: { criterionId: string; reviewerPoints: number | null }[] };
      expect([review.unitId, review.periodId]).toEqual([t.unitId, t.world.yearPeriodId]);
      expect(review.scores.find((s) => s.criterionId === t.world.criteria[0].id)?.reviewerPoints).toBe(1);
    },
  },
  saveReportDraft: {
    kind: 'mutation',
    scope: 'unit',
    policy: DRAFT_UNIT,
    // Next year's draft: nothing submits it.
    call: async (t) => ({
      query: `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { unitId periodId status prose } }`,
      variables: {
        input: {
          unitId: t.unitId,
          periodId: t.world.nextYearPeriodId,
          expectedVersion: await draftVersionOf(t.world, t.unitId, t.world.nextYearPeriodId),
          prose: { I: 'Tình hình chung của đơn vị.' },
        },
      },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({ unitId: t.unitId, periodId: t.world.nextYearPeriodId, status: 'DRAFT', prose: { I: 'Tình hình chung của đơn vị.' } }),
  },
  reviewReport: {
    kind: 'mutation',
    scope: 'unit',
    policy: REVIEW_REPORT,
    call: async (t) => ({
      query: `mutation($input: ReportTransitionInput!) { reviewReport(input: $input) { unitId status } }`,
      variables: { input: { reportId: await reportIdOf(t.world, t.unitId, t.world.yearPeriodId) } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, status: 'REVIEWED' }),
  },
  // After reviewReport: the bloc approves what it reviewed, the committee what was submitted.
  approveReport: {
    kind: 'mutation',
    scope: 'unit',
    policy: DECIDE_REPORT,
    call: async (t) => ({
      query: `mutation($input: ReportTransitionInput!) { approveReport(input: $input) { unitId status } }`,
      variables: { input: { reportId: await reportIdOf(t.world, t.unitId, t.world.yearPeriodId) } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, status: 'APPROVED' }),
  },
  // The six-month reports of the reviewers' targets were submitted before the snapshot.
  returnReport: {
    kind: 'mutation',
    scope: 'unit',
    policy: DECIDE_REPORT,
    call: async (t) => ({
      query: `mutation($input: ReturnReportInput!) { returnReport(input: $input) { unitId status returnReason } }`,
      variables: { input: { reportId: await reportIdOf(t.world, t.unitId, t.world.sixMonthPeriodId), reason: 'Vui lòng bổ sung mục II.' } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ unitId: t.unitId, status: 'RETURNED', returnReason: 'Vui lòng bổ sung mục II.' }),
  },
  requestReportRender: {
    kind: 'mutation',
    scope: 'unit',
    policy: READ_UNIT,
    // A submitted report: its submission's rendering, nothing new.
    call: (t) => ({
      query: `mutation($input: RequestReportRenderInput!) { requestReportRender(input: $input) { id } }`,
      variables: { input: { unitId: t.unitId, periodId: t.world.yearPeriodId } },
    }),
    allowed: async (answer, t) => expect(answer).toEqual({ id: await renderJobOf(t.world, t.unitId, t.world.yearPeriodId) }),
  },
  saveProvinceReport: {
    kind: 'mutation',
    scope: 'province',
    policy: COMMITTEE_WRITES_PERIOD,
    call: async (t) => ({
      query: `mutation($input: SaveProvinceReportInput!) { saveProvinceReport(input: $input) { periodId prose } }`,
      variables: {
        input: {
          periodId: t.world.yearPeriodId,
          expectedVersion: await provinceReportVersionOf(t.world, t.world.yearPeriodId),
          prose: { IV: 'Các đơn vị đã thực hiện tốt.' },
        },
      },
    }),
    allowed: (answer, t) => expect(answer).toMatchObject({ periodId: t.world.yearPeriodId, prose: { IV: 'Các đơn vị đã thực hiện tốt.' } }),
  },
  requestProvinceReportRender: {
    kind: 'mutation',
    scope: 'province',
    policy: RENDER_PROVINCE_REPORT,
    call: (t) => ({ query: `mutation($p: ID!) { requestProvinceReportRender(periodId: $p) { id status } }`, variables: { p: t.world.yearPeriodId } }),
    allowed: (answer) => expect((answer as { id: string }).id).toMatch(/^[0-9a-f-]{36}$/),
  },
  saveUnitProfile: {
    kind: 'mutation',
    scope: 'unit',
    policy: WRITE_UNIT,
    // One person on two boards: the answer flags them.
    call: (t) => ({
      query: `mutation($input: SaveUnitProfileInput!) { saveUnitProfile(input: $input) { unitId periodId version peopleOnSeveralBoards { key boards } } }`,
      variables: {
        input: {
          unitId: t.unitId,
          periodId: t.world.sixMonthPeriodId,
          expectedVersion: 0,
          staffCount: 16,
          partyMembers: 12,
          unionMembers: 16,
          people: [{ key: 'p1', fullName: 'Nguyễn Văn An', title: 'Chánh Văn phòng' }],
          boards: [
            { kind: 'DEMOCRACY_TEAM', seats: [{ personKey: 'p1', role: 'HEAD' }] },
            { kind: 'PEOPLES_INSPECTION', seats: [{ personKey: 'p1', role: 'MEMBER' }] },
          ],
        },
      },
    }),
    allowed: (answer, t) =>
      expect(answer).toEqual({
        unitId: t.unitId,
        periodId: t.world.sixMonthPeriodId,
        version: 1,
        peopleOnSeveralBoards: [{ key: 'p1', boards: ['DEMOCRACY_TEAM', 'PEOPLES_INSPECTION'] }],
      }),
  },
  updateProvinceSettings: {
    kind: 'mutation',
    scope: 'province',
    policy: PLATFORM_SETS_STATUS,
    call: (t) => ({
      query: `mutation($input: UpdateProvinceSettingsInput!) { updateProvinceSettings(input: $input) { id settings { place documentFormat } } }`,
      variables: { input: { id: t.world.provinceId, settings: PROVINCE_SETTINGS } },
    }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.world.provinceId, settings: { place: 'Thị xã Bình Minh', documentFormat: 'STATE' } }),
  },
  // Last: the platform admin suspends B, archives it, then reactivates it.
  suspendProvince: {
    kind: 'mutation',
    scope: 'province',
    policy: PLATFORM_SETS_STATUS,
    call: (t) => ({ query: `mutation($id: ID!) { suspendProvince(id: $id) { id status } }`, variables: { id: t.world.provinceId } }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.world.provinceId, status: 'SUSPENDED' }),
  },
  archiveProvince: {
    kind: 'mutation',
    scope: 'province',
    policy: PLATFORM_SETS_STATUS,
    call: (t) => ({ query: `mutation($id: ID!) { archiveProvince(id: $id) { id status } }`, variables: { id: t.world.provinceId } }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.world.provinceId, status: 'ARCHIVED' }),
  },
  reactivateProvince: {
    kind: 'mutation',
    scope: 'province',
    policy: PLATFORM_SETS_STATUS,
    call: (t) => ({ query: `mutation($id: ID!) { reactivateProvince(id: $id) { id status } }`, variables: { id: t.world.provinceId } }),
    allowed: (answer, t) => expect(answer).toEqual({ id: t.world.provinceId, status: 'ACTIVE' }),
  },
  applyImport: {
    kind: 'mutation',
    scope: 'province',
    policy: ADMIN_OF_PROVINCE,
    // The allowed case applies a fresh import of its own; the refusals aim at the import made before the snapshot.
    call: async (t) => ({
      query: `mutation($id: ID!) { applyImport(id: $id) { id status } }`,
      variables: {
        id: t.caller === 'PROVINCE_ADMIN' && t.world === w.a ? await client.importChecked(oneUnitFile(), w.a.people.admin.accessToken) : importOf.get(t.world),
      },
    }),
    allowed: (answer, _t, call) => expect(answer).toEqual({ id: call.variables?.['id'], status: 'APPLYING' }),
  },
};

interface Case {
  operation: string;
  caller: Caller;
  relation: Relation;
  expected: Expected;
  /** Allowed if it answers without an error, whatever it holds (after the allowed cases changed the province). */
  anyAnswer?: boolean;
}

const CASES: Case[] = Object.entries(ROWS).flatMap(([operation, row]) =>
  CALLERS.flatMap((caller) =>
    Object.entries(row.policy[caller] ?? {}).map(([relation, expected]) => ({
      operation,
      caller,
      relation: relation as Relation,
      expected: expected as Expected,
    })),
  ),
);
const label = (k: Case) => `${k.caller} · ${k.relation}`;

/** The people of A who act in the cases: a reporter in bloc 1, a head in bloc 2, the reviewer of bloc 1. */
function personOf(caller: Caller): Person | null {
  const p = w.a.people;
  switch (caller) {
    case 'ANONYMOUS':
      return null;
    case 'PLATFORM_ADMIN':
      return w.platform;
    case 'PROVINCE_ADMIN':
      return p.admin;
    case 'PROVINCE_COMMITTEE':
      return p.committee;
    case 'BLOC_REVIEWER':
      return p.reviewers[0];
    case 'UNIT_REPORTER':
      return p.reporters[0]; // the first unit of bloc 1
    case 'UNIT_HEAD':
      return p.heads[2]; // the first unit of bloc 2
  }
}

/** Who plays each caller: the people of A, or (the deactivated block) their deactivated twins. */
let cast: (caller: Caller) => Person | null = personOf;
/** People whose accounts were deactivated after they signed in: their tokens must stop. */
const deactivated = new WeakSet<Person>();

function targetOf(caller: Caller, relation: Relation): Target {
  const person = cast(caller);
  const inWorld = (world: ProvinceWorld, bloc: number, unit: number, on: 'UNIT' | 'BLOC'): Target => {
    const unitId = world.blocs[bloc].unitIds[unit];
    return { world, unitId, orgUnit: on === 'UNIT' ? { id: unitId, kind: 'UNIT' } : { id: world.blocs[bloc].id, kind: 'BLOC' }, person, caller };
  };
  // The caller's own bloc and unit within A (reporters and heads).
  const home = caller === 'UNIT_HEAD' ? { bloc: 1, other: 0 } : { bloc: 0, other: 1 };
  switch (relation) {
    case 'own unit':
      return inWorld(w.a, home.bloc, 0, 'UNIT');
    case 'sibling unit':
      return inWorld(w.a, home.bloc, 1, 'UNIT');
    case 'unit of another bloc':
      return inWorld(w.a, home.other, 0, 'UNIT');
    case 'own bloc':
      return inWorld(w.a, 0, 1, 'BLOC');
    case 'another bloc':
      return inWorld(w.a, 1, 0, 'BLOC');
    case 'own province':
      return inWorld(w.a, 1, 1, 'BLOC');
    case 'another province':
      return inWorld(w.b, 0, 0, 'BLOC');
    case 'none':
      return inWorld(w.a, 0, 0, 'UNIT');
  }
}

const plain = (text: string) =>
  stripVTControlCharacters(text)
    .replace(/^expect\(received\)\.\w+\(expected\)( \/\/ deep equality)?/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 400);

/** Runs one case and names what happened, in the words of `Expected` when it matches one. */
async function outcomeOf(k: Case): Promise<string> {
  const row = ROWS[k.operation];
  const t = targetOf(k.caller, k.relation);
  let call: Call;
  try {
    call = await row.call(t);
  } catch (e) {
    // The case's own set-up writes in the caller's province (a new person, an invitation): in a suspended
    // province it is refused like the operation itself would be.
    if (/TENANT_SUSPENDED/.test((e as Error).message)) return 'suspended';
    throw e;
  }
  const { query, variables } = call;
  // Signing in is done without a token; everything else with the caller's.
  const token = row.scope === 'sign-in' ? null : (t.person?.accessToken ?? null);
  // Every mutation is sent with a key of its own, as the web app sends them: a refusal must then leave no key
  // either (the snapshot holds the keys' tables), and an allowed one runs its course through the key's claim.
  const headers: Record<string, string> = row.kind === 'mutation' ? { [IDEMPOTENCY_KEY_HEADER]: randomUUID() } : {};
  const result = await client.request<Record<string, unknown>>(query, variables, token, headers);
  const answer = result.data?.[k.operation] ?? null;
  const error = result.errors?.[0];
  if (!error) {
    if (k.expected !== 'allow' && k.expected !== 'no effect') return `allow (answered ${plain(JSON.stringify(answer))})`;
    if (k.anyAnswer) return k.expected;
    try {
      await row.allowed(answer, t, call);
      return k.expected;
    } catch (e) {
      return `${k.expected}, but the answer is wrong: ${plain((e as Error).message)}`;
    }
  }
  if (answer !== null) return `${error.extensions?.code} beside an answer`;
  switch (error.extensions?.code) {
    case 'FORBIDDEN':
      return 'forbidden';
    case 'NOT_FOUND':
      return 'not found';
    case 'UNAUTHENTICATED':
      return 'unauthenticated';
    case 'TENANT_SUSPENDED':
      return 'suspended';
    default:
      return `${error.extensions?.code}: ${error.message}`;
  }
}

/** Runs cases and compares, in one table, what happened with what the policy says. */
async function runCases(cases: Case[], inParallel: number): Promise<void> {
  const actual: Record<string, string> = {};
  await mapLimit(cases, inParallel, async (k) => {
    const outcome = await outcomeOf(k);
    const refusal = ['forbidden', 'not found', 'suspended', 'unauthenticated'].includes(outcome);
    actual[label(k)] = k.expected === 'refused' && refusal ? 'refused' : outcome;
  });
  expect(actual).toEqual(Object.fromEntries(cases.map((k) => [label(k), k.expected])));
}

const refusals = (op: string) => CASES.filter((k) => k.operation === op && k.expected !== 'allow');
const allowances = (op: string) => CASES.filter((k) => k.operation === op && k.expected === 'allow');
const OPERATIONS = Object.keys(ROWS);

describe(`authorization: ${CASES.length} operation × role × relation cases through the gateway, then again with the province suspended and with deactivated people`, () => {
  let owner: Client;
  let platformTenantId: string;
  let before: Record<string, unknown>;

  /** Everything the refusals could have touched: both provinces, the platform tenant and the tenant registry. */
  const snapshot = async () => {
    await waitForRollups(owner, w.a.provinceId);
    await waitForRollups(owner, w.b.provinceId);
    const { rows } = await owner.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest FROM tenancy.tenants t`);
    return {
      a: await tenantRowDigests(owner, w.a.provinceId),
      b: await tenantRowDigests(owner, w.b.provinceId),
      platform: await tenantRowDigests(owner, platformTenantId),
      tenants: rows[0].digest,
    };
  };

  beforeAll(async () => {
    owner = await ownerClient();
    ownerDb = new Pool({ connectionString: loadConfig('worker').databaseUrl, max: 4 });
    w = await buildTwoProvinces(client, {
      username: PLATFORM_ADMIN_USERNAME,
      password: process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
    });
    platformTenantId = (await owner.query(`SELECT id FROM tenancy.tenants WHERE kind = 'PLATFORM'`)).rows[0].id;
    for (const world of [w.a, w.b]) {
      for (const [i, unitId] of world.unitIds.entries()) {
        const reporter = world.people.reporters[i];
        const activityId = await insertActivity(owner, { tenantId: world.provinceId, unitId, occurredOn: `${WORLD_YEAR + 1}-01-10`, recordedBy: reporter.userId });
        const { body } = await uploadEvidence(gatewayUrl(), { activityId, file: { bytes: tinyPdf(), name: 'bien-ban.pdf' } }, reporter.accessToken);
        evidenceActivityOf.set(unitId, activityId);
        evidenceFileOf.set(unitId, present(body.file, `the evidence of ${unitId} (${JSON.stringify(body)})`).id);
      }
    }
    for (const world of [w.a, w.b]) importOf.set(world, await client.importChecked(oneUnitFile(), world.people.admin.accessToken));
    for (const world of [w.a, w.b]) {
      const { generateReportingPeriods: far } = await client.ok<{ generateReportingPeriods: { id: string; kind: string }[] }>(
        `mutation($y: Int!) { generateReportingPeriods(year: $y) { id kind } }`,
        { y: FAR_YEAR },
        world.people.admin.accessToken,
      );
      farPeriodsOf.set(world, { sixMonth: present(far.find((p) => p.kind === 'SIX_MONTH')).id, year: present(far.find((p) => p.kind === 'YEAR')).id });
    }
    for (const world of [w.a, w.b]) {
      const code = `RIENG_${unique().toUpperCase()}`;
      await client.ok(
        `mutation($input: CreateUnitTypeInput!) { createUnitType(input: $input) { code } }`,
        { input: { code, name: `Loại hình riêng ${code}`, nameEn: `Own type ${code}` } },
        world.people.admin.accessToken,
      );
      typeOf.set(world, code);
    }
    // The six-month reports the reviewers return (the targets of 'own bloc' and 'own province'), submitted.
    for (const unitId of [w.a.blocs[0].unitIds[1], w.a.blocs[1].unitIds[1]]) {
      const head = present(w.a.people.heads.find((h) => h.orgUnitId === unitId), `the head of ${unitId}`);
      await client.ok(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`, { input: { unitId, periodId: w.a.sixMonthPeriodId } }, head.accessToken);
    }
    before = await snapshot();
  });

  afterAll(async () => {
    await ownerDb.end();
    await owner.end();
  });

  it('has a row for every query and mutation of the running gateway, and none for an operation that is gone', async () => {
    const served = operationsOf(gatewaySchema()).map((op) => `${op.kind} ${op.name}`);
    const rows = Object.entries(ROWS).map(([name, row]) => `${row.kind} ${name}`);
    expect(rows.filter((r) => !served.includes(r))).toEqual([]);
    expect(served.filter((s) => !rows.includes(s))).toEqual([]);
  });

  it('names, for every operation and caller, each relation the operation’s scope has', () => {
    const gaps = Object.entries(ROWS).flatMap(([name, row]) =>
      CALLERS.filter((c) => {
        const named = Object.keys(row.policy[c] ?? {});
        const wanted = RELATIONS[row.scope][c] ?? [];
        return named.length !== wanted.length || wanted.some((r) => !named.includes(r));
      }).map((c) => `${name} · ${c}`),
    );
    expect(gaps).toEqual([]);
  });

  describe('refusals: FORBIDDEN or NOT_FOUND as the table says (UNAUTHENTICATED without a token), and nothing written', () => {
    it.each(OPERATIONS.filter((op) => refusals(op).length > 0))('%s', (op) => runCases(refusals(op), 4));

    it('left every row of both provinces, of the platform and of the tenant registry as it was', async () => {
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('allowed: the answer holds the object, and lists hold only what is in the caller’s scope', () => {
    it.each(OPERATIONS.filter((op) => allowances(op).length > 0))('%s', (op) =>
      runCases(allowances(op), ROWS[op].kind === 'query' ? 4 : 1),
    );
  });

  /**
   * The same table with A suspended by the platform: reads as before, and every write aimed at A refused,
   * TENANT_SUSPENDED where it was allowed (the reason a person can act on). Signing in and out stays open
   * (a suspended province may still be read), and so does the platform's work on province B.
   */
  describe('a suspended province: its people read as before; every write aimed at it is refused, nothing written', () => {
    const SESSION_OPERATIONS = ['login', 'refreshSession', 'logout', 'logoutEverywhere', 'endSession'];
    const whenSuspended = (k: Case): Case => {
      // The public links need a write in A first (an invitation, a reset link): refused like any write of A.
      if (ROWS[k.operation].policy === ANYONE && (ROWS[k.operation].kind === 'mutation' || k.operation === 'invitation')) {
        return { ...k, expected: 'suspended' };
      }
      // Reads: the same answers as before; what they hold was checked by the allowed cases, which have changed
      // the province since.
      if (ROWS[k.operation].kind === 'query') return { ...k, anyAnswer: true };
      // A's own people write nothing anywhere (the transaction opens in their suspended province); the
      // platform and the public are judged as before.
      if (SESSION_OPERATIONS.includes(k.operation) || k.caller === 'ANONYMOUS' || k.caller === 'PLATFORM_ADMIN') return k;
      return { ...k, expected: k.expected === 'allow' ? 'suspended' : 'refused' };
    };
    const casesOf = (op: string) => CASES.filter((k) => k.operation === op).map(whenSuspended);
    let suspendedBefore: Record<string, string>;

    beforeAll(async () => {
      // The allowed applyImport runs as a job: let it finish first, or its units land after the snapshot.
      await eventually(
        async () => (await owner.query(`SELECT count(*)::int AS n FROM tenancy.imports WHERE tenant_id = $1 AND status = 'APPLYING'`, [w.a.provinceId])).rows[0].n,
        (applying) => applying === 0,
      );
      await client.ok(`mutation($id: ID!) { suspendProvince(id: $id) { status } }`, { id: w.a.provinceId }, w.platform.accessToken);
      await waitForRollups(owner, w.a.provinceId);
      suspendedBefore = await tenantRowDigests(owner, w.a.provinceId);
    });

    afterAll(async () => {
      await client.ok(`mutation($id: ID!) { reactivateProvince(id: $id) { status } }`, { id: w.a.provinceId }, w.platform.accessToken);
    });

    it.each(OPERATIONS.filter((op) => !SESSION_OPERATIONS.includes(op)))('%s', (op) =>
      runCases(casesOf(op), ROWS[op].kind === 'query' ? 4 : 1),
    );

    it('left every row of A as it was', async () => {
      await waitForRollups(owner, w.a.provinceId);
      expect(await tenantRowDigests(owner, w.a.provinceId)).toEqual(suspendedBefore);
    });

    it.each(SESSION_OPERATIONS)('%s (signing in and out stays open)', (op) => runCases(casesOf(op), 1));
  });

  /**
   * The same table played by deactivated people: a twin of each of A's people (same role, same unit) signs
   * in, is deactivated by A's admin, and then tries every operation with the token and refresh token it got
   * before. Everything that takes a token answers UNAUTHENTICATED; signing in and renewing too; the public
   * operations answer as they answer anyone; nothing is written.
   */
  describe('a deactivated person: every token of theirs is refused, nothing written', () => {
    const PROVINCE_ROLES = CALLERS.filter((c): c is Role => c !== 'ANONYMOUS' && c !== 'PLATFORM_ADMIN');
    const twins = new Map<Caller, Person>();
    const twinIds = new Map<Caller, string>();
    // What was allowed is now UNAUTHENTICATED; what was refused stays refused (a role's check may come first).
    const whenDeactivated = (k: Case): Case => {
      const row = ROWS[k.operation];
      if (row.policy === ANYONE || k.operation === 'logout') return k;
      if (row.scope === 'sign-in' && k.relation === 'another province') return k;
      return { ...k, expected: k.expected === 'allow' ? 'unauthenticated' : 'refused' };
    };
    const casesOf = (op: string) => CASES.filter((k) => k.operation === op && twins.has(k.caller)).map(whenDeactivated);

    beforeAll(async () => {
      // The tables above sent wrong sign-ins on purpose; the twins' refused sign-ins count from zero.
      await clearSignInLimits();
      for (const caller of PROVINCE_ROLES) {
        const original = present(personOf(caller));
        const username = `sinh.doi.${unique()}`;
        const password = 'mat-khau-sinh-doi';
        const input = { username, password, displayName: `Sinh đôi ${caller}`, role: caller, orgUnitId: original.orgUnitId };
        const created = await client.ok<{ createUser: { id: string } }>(
          `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
          { input },
          w.a.people.admin.accessToken,
        );
        const twin: Person = { ...original, username, password, ...(await client.signIn(w.a.code, username, password)) };
        await client.ok(`mutation($u: ID!) { deactivateUser(userId: $u) { active } }`, { u: created.createUser.id }, w.a.people.admin.accessToken);
        deactivated.add(twin);
        twins.set(caller, twin);
        twinIds.set(caller, created.createUser.id);
      }
      cast = (caller) => twins.get(caller) ?? null;
    });

    afterAll(async () => {
      cast = personOf;
      await clearSignInLimits();
    });

    it.each(OPERATIONS)('%s', (op) => runCases(casesOf(op), 4));

    // The cases' own set-ups write in A as its admin (a new person to act on, an invitation); what the twins
    // did is in the audit log, where every change is recorded with who made it: nothing after their sign-in.
    it('let the deactivated people change nothing: no audit entry of theirs after the deactivation', async () => {
      await waitForRollups(owner, w.a.provinceId);
      const ids = [...twinIds.values()];
      const { rows } = await owner.query(
        `SELECT action FROM audit.entries WHERE tenant_id = $1 AND actor_user_id = ANY($2::uuid[]) ORDER BY occurred_at`,
        [w.a.provinceId, ids],
      );
      expect(rows.map((r) => r.action)).toEqual(ids.map(() => 'session.sign-in'));
    });
  });
});

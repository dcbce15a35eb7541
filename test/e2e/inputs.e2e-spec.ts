import { randomUUID } from 'node:crypto';
import {
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isCompositeType,
} from 'graphql';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  DEMO_PASSWORD,
  GatewayClient,
  GraphQLResult,
  Operation,
  ProvinceScenario,
  buildProvinceScenario,
  gatewaySchema,
  operationsOf,
  ownerClient,
  tenantRowCounts,
  waitForRollups,
} from '@qcdc/shared/testing';

/** The bad inputs found on main, each answered BAD_USER_INPUT naming its field, and nothing written. */
describe('inputs checked at the edge', () => {
  const client = new GatewayClient();
  let owner: Client;
  let p: ProvinceScenario;

  const errorOf = (r: GraphQLResult<unknown>) => ({
    code: r.errors?.[0]?.extensions?.code,
    field: r.errors?.[0]?.extensions?.field,
  });

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    p = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  async function writesNothing<T>(act: () => Promise<T>): Promise<T> {
    await waitForRollups(owner, p.provinceId);
    const before = await tenantRowCounts(owner, p.provinceId);
    const result = await act();
    await waitForRollups(owner, p.provinceId);
    expect(await tenantRowCounts(owner, p.provinceId)).toEqual(before);
    return result;
  }

  it.each([-1, 0, 2147483647])('correctActivity(expectedVersion: %p): BAD_USER_INPUT on expectedVersion', async (expectedVersion) => {
    const r = await client.request(
      `mutation($input: CorrectActivityInput!) { correctActivity(input: $input) { id } }`,
      { input: { id: p.unitIds[0], expectedVersion, occurredOn: '2026-01-02', facts: {} } },
      p.tokens.reporters[0],
    );
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'expectedVersion' });
  });

  const BRIEFING = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
  const briefing = (topic: string) => ({
    input: { unitId: p.unitIds[0], kind: 'BRIEFING', occurredOn: '2026-01-02', facts: { topic, present: 1, eligible: 2 } },
  });

  it.each([
    ['a NUL byte', 'Phổ biến\u0000 quy chế'],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff'],
  ])('a briefing topic with %s: BAD_USER_INPUT on topic, nothing written', async (_name, topic) => {
    const r = await writesNothing(() => client.request(BRIEFING, briefing(topic), p.tokens.reporters[0]));
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'facts.topic' });
  });

  const SAVE = `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`;
  const saving = (comment: string) => ({
    input: { unitId: p.unitIds[1], periodId: p.periodId, scores: [{ criterionId: p.criteria[0].id, points: 1, comment }], expectedVersion: 0 },
  });

  it.each([
    ['a NUL byte', 'Đạt\u0000'],
    ['100,000 characters', 'x'.repeat(100_000)],
  ])('an assessment comment with %s: BAD_USER_INPUT on comment, nothing written', async (_name, comment) => {
    const r = await writesNothing(() => client.request(SAVE, saving(comment), p.tokens.reporters[1]));
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'comment' });
  });

  it('a display name with a NUL byte: BAD_USER_INPUT on displayName, nothing written', async () => {
    const r = await writesNothing(() =>
      client.request(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username: 'nul.byte', password: 'mat-khau-dai-du', displayName: 'Nguyễn\u0000Văn A', role: 'UNIT_REPORTER', orgUnitId: p.unitIds[0] } },
        p.tokens.admin,
      ),
    );
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', field: 'displayName' });
  });
});

/** A value every schema accepts for a field of this name; scalars without an entry take the default of their type. */
const VALID: Record<string, unknown> = {
  occurredOn: '2025-03-01',
  windowStart: '2025-12-15',
  windowEnd: '2026-12-14',
  dueOn: '2026-12-31',
  // A report's header: the day it is issued.
  issuedOn: '2026-12-15',
  effectiveOn: '2027-01-01',
  // A unit's code, a province's and a unit type's alike.
  code: 'ma01',
  unitType: 'AGENCY',
  username: 'nguoi.dung',
  email: 'nguoi.dung@coquan.gov.vn',
  adminUsername: 'quan.tri',
  password: DEMO_PASSWORD,
  adminPassword: DEMO_PASSWORD,
  year: 2026,
  present: 1,
  eligible: 2,
  // A veto rule trips below or from its count.
  tripsWhen: 'BELOW',
  // A criterion's evidence names an activity or a file, exactly one.
  evidence: [{ activityId: '0b8e2a52-5f1e-4d0a-9d55-6b1b7b8f4c11', evidenceFileId: null }],
  timeZone: 'Asia/Ho_Chi_Minh',
  language: 'vi',
  // An item of a reminder schedule: a week before the due date.
  offsets: -7,
};
/** Where a field's name means another value in one input: a calendar's days of the year ("MM-DD"). */
const VALID_IN: Record<string, Record<string, unknown>> = {
  CalendarRuleInput: { windowStart: '12-15', windowEnd: '12-14', due: '12-20' },
  // Quiet hours: times of day.
  NotificationPreferencesInput: { quietStart: '22:00', quietEnd: '06:00' },
};
const fieldsOf = (type: GraphQLInputObjectType) =>
  Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, VALID_IN[type.name]?.[f.name] ?? validValue(f.type, f.name)]));
const VALID_BY_TYPE: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => 'Nội dung hợp lệ',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  JSONObject: () => ({}),
};
/** Values no schema may let through, by GraphQL type, and the code each earns. */
const HOSTILE: Record<string, { value: unknown; code: string }[]> = {
  ID: [{ value: 'không-phải-mã', code: 'NOT_FOUND' }],
  String: [
    { value: 'a\u0000b', code: 'BAD_USER_INPUT' },
    { value: 'x'.repeat(50_000), code: 'BAD_USER_INPUT' },
  ],
  Int: [{ value: 2_147_483_647, code: 'BAD_USER_INPUT' }],
  Float: [{ value: 1e300, code: 'BAD_USER_INPUT' }],
};
/** Fields the forms know by another name (the first admin's credentials are the form's username and password). */
const FIELD_ALIASES: Record<string, string> = { adminUsername: 'username', adminPassword: 'password' };

function validValue(type: GraphQLInputType, name: string): unknown {
  // An optional input object is filled in too, so that its fields are tried; other optional values stay out.
  if (isInputObjectType(type)) return fieldsOf(type);
  // An optional list too (one item), unless the field's valid value is known.
  if (isListType(type)) return name in VALID ? VALID[name] : [validValue(type.ofType, name)];
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [validValue(inner.ofType, name)];
  if (isInputObjectType(inner)) return fieldsOf(inner);
  if (isEnumType(inner)) return inner.getValues()[0].value;
  return name in VALID ? VALID[name] : VALID_BY_TYPE[inner.name]();
}

/** Every scalar an operation's arguments carry, with its path (into input objects and the first item of lists). */
function leavesOf(type: GraphQLInputType, path: (string | number)[]): { path: (string | number)[]; type: GraphQLNamedType }[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return leavesOf(inner.ofType, [...path, 0]);
  if (isInputObjectType(inner)) return Object.values(inner.getFields()).flatMap((f) => leavesOf(f.type, [...path, f.name]));
  return isEnumType(inner) ? [] : [{ path, type: getNamedType(inner) }];
}

function withValue(root: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

function callOf(op: Operation): string {
  const defs = op.field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = op.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(op.field.type)) ? ' { __typename }' : '';
  return `${op.kind}(${defs}) { ${op.name}(${args})${selection} }`;
}

/**
 * Every argument of every operation, read from the running gateway so the list cannot go stale, gets one
 * hostile value at a time (NUL, 50,000 characters, 2^31-1, 10^300, an id that is not an id) while the rest
 * are valid: each is refused before any resolver work, with a stable code naming that field. An operation
 * added without a schema for its arguments fails here.
 */
describe('every argument of every operation', () => {
  const client = new GatewayClient();

  it('refuses a hostile value with BAD_USER_INPUT (NOT_FOUND for an id) naming the field', async () => {
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    const operations = operationsOf(gatewaySchema()).filter((op) => op.field.args.length > 0);
    const answers: { call: string; code: unknown; field: unknown }[] = [];
    const expected: typeof answers = [];
    for (const op of operations) {
      const base = Object.fromEntries(op.field.args.map((a) => [a.name, validValue(a.type, a.name)]));
      for (const arg of op.field.args) {
        for (const leaf of leavesOf(arg.type, [arg.name])) {
          for (const hostile of HOSTILE[leaf.type.name] ?? []) {
            // An item of a list is named by the list (the form's field), not by its index.
            const name = String([...leaf.path].reverse().find((key) => typeof key === 'string'));
            const call = `${op.name}(${leaf.path.join('.')} = ${JSON.stringify(hostile.value).slice(0, 20)})`;
            const r = await client.request(callOf(op), withValue(base, leaf.path, hostile.value), platform);
            answers.push({ call, code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field });
            expected.push({ call, code: hostile.code, field: FIELD_ALIASES[name] ?? name });
          }
        }
      }
    }
    expect(answers).toEqual(expected);
    expect(answers.length).toBeGreaterThanOrEqual(60);
  });
});

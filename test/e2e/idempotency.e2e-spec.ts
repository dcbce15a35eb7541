import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { IDEMPOTENCY_KEY_HEADER } from '@qcdc/shared/contracts';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  DEMO_PASSWORD,
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  buildProvinceScenario,
  completeReportDraft,
  ownerClient,
  tenantRowDigests,
  testYear,
  waitForRollups,
} from '@qcdc/shared/testing';

const ACTIVITY = `id unitId unit { id code name } kind occurredOn summary facts figures version ... on Briefing { topic documents present eligible }`;
const BRIEFING = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { ${ACTIVITY} } }`;
const SAVE = `mutation($input: SaveSelfAssessmentInput!) {
  saveSelfAssessment(input: $input) { id unitId periodId total band version scores { criterionId points comment } updatedAt }
}`;
const SUBMIT = `mutation($input: SubmitReportInput!) {
  submitReport(input: $input) { id unitId periodId status submittedAt late scoreTotal band }
}`;
const OPEN_PERIOD = `mutation($input: OpenReportingPeriodInput!) {
  openReportingPeriod(input: $input) { id year kind windowStart windowEnd dueOn graceDays status }
}`;
const ADOPT = `mutation($year: Int!) { adoptDefaultRubric(year: $year) { id year name maxTotal criteria { id code title maxPoints } } }`;
const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code name kind unitType parentId } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id username displayName email active memberships { role orgUnit { id code name } } }
}`;
const CREATE_PROVINCE = `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id code name status createdAt } }`;
const SUSPEND = `mutation($id: ID!) { suspendProvince(id: $id) { id code name status createdAt } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateProvince(id: $id) { id code name status createdAt } }`;

/**
 * Idempotency keys through the gateway: a mutation sent again with the same `Idempotency-Key` (a client's retry
 * after a timeout) answers the first answer and changes nothing, in every subgraph; at once or one after the
 * other; never for another caller; never kept for a mutation that failed.
 */
describe('idempotency keys through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let platform: string;
  let a: ProvinceScenario;
  let b: ProvinceScenario;

  const keyed = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token: string, key?: string) =>
    client.request<T>(query, variables, token, key === undefined ? {} : { [IDEMPOTENCY_KEY_HEADER]: key });
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const briefing = (unitId: string, topic: string, present = 15, eligible = 16) => ({
    input: { unitId, kind: 'BRIEFING', occurredOn: `${testYear()}-03-02`, facts: { topic, documents: 'Luật số 10/2022/QH15', present, eligible } },
  });
  const count = async (sqlText: string, params: unknown[]) => (await owner.query(sqlText, params)).rows[0].n as number;
  const briefings = (tenantId: string, topic: string) =>
    count(`SELECT count(*)::int AS n FROM activities.activities WHERE tenant_id = $1 AND facts->>'topic' = $2`, [tenantId, topic]);
  /** `audit.recorded` events in a service's outbox about an object: one per change that committed. */
  const auditEvents = (schema: string, tenantId: string, objectId: string) =>
    count(
      `SELECT count(*)::int AS n FROM ${schema}.outbox
        WHERE tenant_id = $1 AND topic = 'audit.recorded' AND payload->'object'->>'id' = $2`,
      [tenantId, objectId],
    );
  const keyRows = (schema: string, key: string) =>
    count(`SELECT count(*)::int AS n FROM ${schema}.idempotency_keys WHERE idempotency_key = $1`, [key]);
  const settledDigests = async (tenantId: string) => {
    await waitForRollups(owner, tenantId);
    return tenantRowDigests(owner, tenantId);
  };

  beforeAll(async () => {
    owner = await ownerClient();
    platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform, { units: 3 });
    b = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  it('records a briefing sent three times with one key once, with one audit entry, and answers alike', async () => {
    const key = randomUUID();
    const topic = `Quán triệt ba lần ${key}`;
    const first = await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], key);
    expect(first.errors).toBeUndefined();
    const id = (first.data as { recordActivity: { id: string } }).recordActivity.id;
    const afterFirst = await settledDigests(a.provinceId);
    for (let i = 0; i < 2; i += 1) {
      expect(await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], key)).toEqual(first);
    }
    expect(await settledDigests(a.provinceId)).toEqual(afterFirst);
    expect(await briefings(a.provinceId, topic)).toBe(1);
    expect(await auditEvents('activities', a.provinceId, id)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit.entries WHERE tenant_id = $1 AND object_id = $2`, [a.provinceId, id])).toBe(1);
    expect(await keyRows('activities', key)).toBe(1);
  });

  it('runs once for twelve copies sent at once with one key (more than the pool of ten), all answered alike', async () => {
    const key = randomUUID();
    const topic = `Quán triệt cùng lúc ${key}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], key)),
    );
    expect(results[0].errors).toBeUndefined();
    for (const r of results) expect(r).toEqual(results[0]);
    expect(await briefings(a.provinceId, topic)).toBe(1);
    const id = (results[0].data as { recordActivity: { id: string } }).recordActivity.id;
    expect(await auditEvents('activities', a.provinceId, id)).toBe(1);
  });

  it('refuses the key with other arguments or another mutation (IDEMPOTENCY_KEY_REUSED) and changes nothing', async () => {
    const key = randomUUID();
    const first = await keyed(BRIEFING, briefing(a.unitIds[0], `Lần đầu ${key}`), a.tokens.reporters[0], key);
    expect(first.errors).toBeUndefined();
    const before = await settledDigests(a.provinceId);
    const other = await keyed(BRIEFING, briefing(a.unitIds[0], `Nội dung khác ${key}`), a.tokens.reporters[0], key);
    expect(other.data).toBeNull();
    expect(codeOf(other)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.errors?.[0]?.message).toMatch(/đã được dùng cho một thao tác khác.*thử lại/);
    expect(other.errors?.[0]?.extensions?.messageEn).toMatch(/different change.*try again/i);
    // Under another alias, the request is another one too.
    const aliased = BRIEFING.replace('recordActivity(', 'again: recordActivity(');
    expect(codeOf(await keyed(aliased, briefing(a.unitIds[0], `Lần đầu ${key}`), a.tokens.reporters[0], key))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await settledDigests(a.provinceId)).toEqual(before);
    // The same key on another mutation of the same service.
    const unitKey = randomUUID();
    const unit = { input: { parentId: a.blocId, code: `DV-K-${unitKey.slice(0, 6)}`, name: 'Đơn vị khóa', kind: 'UNIT', unitType: 'AGENCY' } };
    expect((await keyed(CREATE_UNIT, unit, a.tokens.admin, unitKey)).errors).toBeUndefined();
    const username = `nguoi-${unitKey.slice(0, 6)}`;
    const user = { input: { username, password: DEMO_PASSWORD, displayName: 'Người mới', role: 'UNIT_REPORTER', orgUnitId: a.unitIds[1] } };
    const afterUnit = await settledDigests(a.provinceId);
    expect(codeOf(await keyed(CREATE_USER, user, a.tokens.admin, unitKey))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await settledDigests(a.provinceId)).toEqual(afterUnit);
  });

  it('never answers another caller from a key: the same key and request of another person is checked as theirs', async () => {
    const key = randomUUID();
    const topic = `Của người khác ${key}`;
    const mine = await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], key);
    expect(mine.errors).toBeUndefined();
    // A reporter of a sibling unit sends exactly the same request with the same key: refused as theirs would be.
    const sibling = await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[1], key);
    expect(codeOf(sibling)).toBe('FORBIDDEN');
    expect(sibling.data).toBeNull();
    // A reporter of another province: the unit is not found there.
    const elsewhere = await keyed(BRIEFING, briefing(a.unitIds[0], topic), b.tokens.reporters[0], key);
    expect(codeOf(elsewhere)).toBe('NOT_FOUND');
    expect(elsewhere.data).toBeNull();
    // With their own requests, the key is theirs too: each records its own briefing.
    const own = await keyed(BRIEFING, briefing(a.unitIds[1], topic), a.tokens.reporters[1], key);
    const inB = await keyed(BRIEFING, briefing(b.unitIds[0], topic), b.tokens.reporters[0], key);
    for (const r of [own, inB]) expect(r.errors).toBeUndefined();
    const idsOf = (...rs: GraphQLResult<unknown>[]) => rs.map((r) => (r.data as { recordActivity: { id: string } }).recordActivity.id);
    expect(new Set(idsOf(mine, own, inB)).size).toBe(3);
    expect(await briefings(a.provinceId, topic)).toBe(2);
    expect(await briefings(b.provinceId, topic)).toBe(1);
    expect(await keyRows('activities', key)).toBe(3);
  });

  it('keeps no key for a mutation that failed, so the corrected request runs with the same key', async () => {
    const key = randomUUID();
    const topic = `Sửa rồi gửi lại ${key}`;
    const before = await settledDigests(a.provinceId);
    // More present than eligible: refused by the service inside the keyed transaction.
    const wrong = await keyed(BRIEFING, briefing(a.unitIds[0], topic, 17, 16), a.tokens.reporters[0], key);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    // A unit out of the caller's reach: refused after the key was claimed.
    const forbidden = await keyed(BRIEFING, briefing(a.unitIds[1], topic), a.tokens.reporters[0], key);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    // Refused by the kind's schema (blank topic), in the service.
    expect(codeOf(await keyed(BRIEFING, briefing(a.unitIds[0], '   '), a.tokens.reporters[0], key))).toBe('BAD_USER_INPUT');
    expect(await settledDigests(a.provinceId)).toEqual(before);
    expect(await keyRows('activities', key)).toBe(0);
    const corrected = await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], key);
    expect(corrected.errors).toBeUndefined();
    expect(await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], key)).toEqual(corrected);
    expect(await briefings(a.provinceId, topic)).toBe(1);
  });

  it('without the header, behaves as before: each request records', async () => {
    const topic = `Không có khóa ${randomUUID()}`;
    for (let i = 0; i < 2; i += 1) {
      expect((await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0])).errors).toBeUndefined();
    }
    expect(await briefings(a.provinceId, topic)).toBe(2);
  });

  it('refuses a key that is not a UUID with BAD_USER_INPUT, saying what to do, and writes nothing', async () => {
    const before = await settledDigests(a.provinceId);
    const topic = `Khóa hỏng ${randomUUID()}`;
    for (const bad of ['khong-phai-uuid', '', `${randomUUID()}, ${randomUUID()}`, `${randomUUID()}x`]) {
      const r = await keyed(BRIEFING, briefing(a.unitIds[0], topic), a.tokens.reporters[0], bad);
      expect({ bad, code: codeOf(r), field: r.errors?.[0]?.extensions?.field }).toEqual({ bad, code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
      expect(r.errors?.[0]?.message).toMatch(/không hợp lệ.*UUID.*Vui lòng/);
    }
    expect(await settledDigests(a.provinceId)).toEqual(before);
  });

  it('leaves the public mutations unkeyed (no caller to bind a key to): a repeated login with a key signs in again', async () => {
    const key = randomUUID();
    const login = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const input = { input: { province: a.code, username: 'admin', password: DEMO_PASSWORD } };
    const [one, two] = [await client.request(login, input, null, { [IDEMPOTENCY_KEY_HEADER]: key }), await client.request(login, input, null, { [IDEMPOTENCY_KEY_HEADER]: key })];
    expect(one.errors).toBeUndefined();
    expect(two.errors).toBeUndefined();
    expect(one).not.toEqual(two);
    expect(await keyRows('tenancy', key)).toBe(0);
  });

  describe('every subgraph: the repeat answers what the first did, and changes nothing', () => {
    /** Sends the request twice with one key; both answers must be equal and without errors; the second changes nothing. */
    async function twice<T>(tenantId: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
      const key = randomUUID();
      const first = await keyed<T>(query, variables, token, key);
      expect(first.errors).toBeUndefined();
      const afterFirst = await settledDigests(tenantId);
      const second = await keyed<T>(query, variables, token, key);
      expect(second).toEqual(first);
      expect(await settledDigests(tenantId)).toEqual(afterFirst);
      return first.data as T;
    }

    it('tenancy: createOrgUnit and createUser (whose key row keeps no password)', async () => {
      const code = `DV-L-${randomUUID().slice(0, 6).toUpperCase()}`;
      const { createOrgUnit } = await twice<{ createOrgUnit: { id: string; code: string } }>(
        a.provinceId,
        CREATE_UNIT,
        { input: { parentId: a.blocId, code, name: `Đơn vị ${code}`, kind: 'UNIT', unitType: 'COMMUNE' } },
        a.tokens.admin,
      );
      expect(createOrgUnit.code).toBe(code);
      const password = `mat-khau-${randomUUID()}`;
      const username = `lap-lai-${randomUUID().slice(0, 6)}`;
      const { createUser } = await twice<{ createUser: { id: string } }>(
        a.provinceId,
        CREATE_USER,
        { input: { username, password, displayName: 'Người lặp lại', email: null, role: 'UNIT_HEAD', orgUnitId: createOrgUnit.id } },
        a.tokens.admin,
      );
      expect(await count(`SELECT count(*)::int AS n FROM tenancy.users WHERE tenant_id = $1 AND username = $2`, [a.provinceId, username])).toBe(1);
      expect(await auditEvents('tenancy', a.provinceId, createUser.id)).toBe(1);
      const stored = await owner.query(`SELECT t::text AS row FROM tenancy.idempotency_keys t WHERE tenant_id = $1`, [a.provinceId]);
      expect(stored.rows.some((r) => r.row.includes(username))).toBe(true);
      expect(stored.rows.some((r) => r.row.includes(password))).toBe(false);
    });

    it('scoring: adoptDefaultRubric and saveSelfAssessment (the same version and time, not a second save)', async () => {
      await twice(a.provinceId, ADOPT, { year: testYear() + 1 }, a.tokens.admin);
      const scores = a.criteria.map((c, i) => ({ criterionId: c.id, points: c.maxPoints, comment: i === 0 ? 'Đủ hồ sơ' : null }));
      const { saveSelfAssessment } = await twice<{ saveSelfAssessment: { id: string; version: number; updatedAt: string } }>(
        a.provinceId,
        SAVE,
        { input: { unitId: a.unitIds[2], periodId: a.periodId, scores, expectedVersion: 0 } },
        a.tokens.reporters[2],
      );
      expect(saveSelfAssessment.version).toBe(1);
      expect(saveSelfAssessment.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(await auditEvents('scoring', a.provinceId, saveSelfAssessment.id)).toBe(1);
    });

    it('reports: openReportingPeriod and submitReport (submitted once, at the first time)', async () => {
      const year = testYear() + 1;
      await twice(
        a.provinceId,
        OPEN_PERIOD,
        { input: { year, kind: 'SIX_MONTH', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-06-14`, dueOn: `${year}-06-20` } },
        a.tokens.admin,
      );
      const scores = a.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
      expect((await keyed(SAVE, { input: { unitId: a.unitIds[1], periodId: a.periodId, scores, expectedVersion: 0 } }, a.tokens.reporters[1])).errors).toBeUndefined();
      await completeReportDraft(client, a.tokens.reporters[1], a.unitIds[1], a.periodId);
      const { submitReport } = await twice<{ submitReport: { id: string; status: string; submittedAt: string } }>(
        a.provinceId,
        SUBMIT,
        { input: { unitId: a.unitIds[1], periodId: a.periodId } },
        a.tokens.heads[1],
      );
      expect(submitReport.status).toBe('SUBMITTED');
      expect(
        await count(`SELECT count(*)::int AS n FROM reports.outbox WHERE tenant_id = $1 AND topic = 'report.submitted' AND payload->>'reportId' = $2`, [
          a.provinceId,
          submitReport.id,
        ]),
      ).toBe(1);
    });

    it('the platform: createProvince, suspendProvince and reactivateProvince, keyed in the platform’s tenant', async () => {
      const platformTenant = (await owner.query(`SELECT id FROM tenancy.tenants WHERE kind = 'PLATFORM'`)).rows[0].id as string;
      const code = `k-${randomUUID().slice(0, 8)}`;
      const input = { code, name: `Tỉnh ${code}`, adminUsername: 'quantri', adminPassword: DEMO_PASSWORD, adminDisplayName: 'Quản trị' };
      const { createProvince } = await twice<{ createProvince: { id: string; createdAt: string } }>(platformTenant, CREATE_PROVINCE, { input }, platform);
      expect(await count(`SELECT count(*)::int AS n FROM tenancy.tenants WHERE code = $1`, [code])).toBe(1);
      expect(await auditEvents('tenancy', platformTenant, createProvince.id)).toBe(1);
      // The new province is whole: its admin signs in.
      expect(await client.login(code, 'quantri', DEMO_PASSWORD)).toMatch(/\./);
      await twice(platformTenant, SUSPEND, { id: createProvince.id }, platform);
      await twice(platformTenant, REACTIVATE, { id: createProvince.id }, platform);
      expect(await auditEvents('tenancy', platformTenant, createProvince.id)).toBe(3);
    });

    it('a request with two mutation fields of one subgraph, and with fields of two subgraphs, under one key', async () => {
      const topic = `Hai trường ${randomUUID()}`;
      const two = `mutation($x: RecordActivityInput!, $y: RecordActivityInput!) {
        first: recordActivity(input: $x) { ${ACTIVITY} }
        second: recordActivity(input: $y) { ${ACTIVITY} }
      }`;
      await twice(a.provinceId, two, { x: briefing(a.unitIds[0], topic).input, y: briefing(a.unitIds[0], `${topic} (2)`).input }, a.tokens.reporters[0]);
      expect(await briefings(a.provinceId, topic)).toBe(1);
      expect(await briefings(a.provinceId, `${topic} (2)`)).toBe(1);
      const scores = a.criteria.map((c) => ({ criterionId: c.id, points: Math.max(0, c.maxPoints - 1) }));
      const across = `mutation($x: RecordActivityInput!, $s: SaveSelfAssessmentInput!) {
        recordActivity(input: $x) { ${ACTIVITY} }
        saveSelfAssessment(input: $s) { id version total updatedAt }
      }`;
      const { saveSelfAssessment } = await twice<{ saveSelfAssessment: { version: number } }>(
        a.provinceId,
        across,
        { x: briefing(a.unitIds[0], `${topic} (3)`).input, s: { unitId: a.unitIds[0], periodId: a.periodId, scores, expectedVersion: 0 } },
        a.tokens.reporters[0],
      );
      expect(await briefings(a.provinceId, `${topic} (3)`)).toBe(1);
      expect(saveSelfAssessment.version).toBe(1);
    });

    it('refuses, as documented, a second part of one subgraph’s fields that another subgraph’s field splits off', async () => {
      const topic = `Xen kẽ ${randomUUID()}`;
      const scores = a.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
      const interleaved = `mutation($x: RecordActivityInput!, $s: SaveSelfAssessmentInput!, $y: RecordActivityInput!) {
        x: recordActivity(input: $x) { id }
        s: saveSelfAssessment(input: $s) { version }
        y: recordActivity(input: $y) { id }
      }`;
      const variables = { x: briefing(a.unitIds[0], topic).input, s: { unitId: a.unitIds[0], periodId: a.periodId, scores, expectedVersion: 1 }, y: briefing(a.unitIds[0], `${topic} (y)`).input };
      const key = randomUUID();
      const first = await keyed<Record<string, unknown>>(interleaved, variables, a.tokens.reporters[0], key);
      expect(first.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[['y'], 'IDEMPOTENCY_KEY_REUSED']]);
      expect(await keyed(interleaved, variables, a.tokens.reporters[0], key)).toEqual(first);
      expect(await briefings(a.provinceId, topic)).toBe(1);
      expect(await briefings(a.provinceId, `${topic} (y)`)).toBe(0);
    });
  });
});

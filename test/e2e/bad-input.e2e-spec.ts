import { readFileSync } from 'node:fs';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  DEMO_PASSWORD,
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  buildProvinceScenario,
  completeReportDraft,
  ownerClient,
  tenantRowCounts,
  waitForRollups,
} from '@qcdc/shared/testing';

/** Every bad input of the flow gets a stable code and a message, and writes nothing. */
describe('bad input through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let platform: string;
  let p: ProvinceScenario;

  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const fullScores = () => p.criteria.map((c) => ({ criterionId: c.id, points: c.maxPoints }));
  const SAVE = `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total version } }`;
  const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { status } }`;
  const BRIEFING = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;
  const briefing = (present: number, eligible: number) => ({
    input: { unitId: p.unitIds[0], kind: 'BRIEFING', occurredOn: '2026-04-01', facts: { topic: 'Phổ biến quy chế', present, eligible } },
  });

  /** Runs `act` and checks it wrote nothing anywhere in the province, once the worker has caught up. */
  async function writesNothing<T>(act: () => Promise<T>): Promise<T> {
    await waitForRollups(owner, p.provinceId);
    const before = await tenantRowCounts(owner, p.provinceId);
    const result = await act();
    await waitForRollups(owner, p.provinceId);
    expect(await tenantRowCounts(owner, p.provinceId)).toEqual(before);
    return result;
  }

  beforeAll(async () => {
    owner = await ownerClient();
    platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    p = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  it('an unknown province at login: NOT_FOUND, naming the field', async () => {
    const r = await client.request(`mutation { login(input: { province: "khong-co", username: "admin", password: "x" }) { accessToken } }`);
    expect(codeOf(r)).toBe('NOT_FOUND');
    expect(r.errors?.[0]?.extensions?.field).toBe('province');
    expect(r.errors?.[0]?.message).toMatch(/Không có tỉnh/);
  });

  it('a wrong password: UNAUTHENTICATED, in Vietnamese and English', async () => {
    const r = await client.request(
      `mutation($p: String) { login(input: { province: $p, username: "admin", password: "sai-mat-khau" }) { accessToken } }`,
      { p: p.code },
    );
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/Sai tên đăng nhập/);
    expect(r.errors?.[0]?.extensions?.messageEn).toMatch(/Wrong username or password/);
  });

  it.each([
    ['missing', null],
    ['garbage', 'not-a-jwt'],
    ['expired', 'expired'],
    ['signed by someone else', 'foreign'],
  ])('a token that is %s: UNAUTHENTICATED', async (_name, kind) => {
    let token = kind;
    if (kind === 'expired' || kind === 'foreign') {
      const privateKey =
        kind === 'expired'
          ? readFileSync(process.env['JWT_PRIVATE_KEY_PATH'] as string, 'utf8')
          : (await import('node:crypto')).generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const { me } = await client.ok<{ me: { userId: string } }>(`{ me { userId } }`, {}, p.tokens.admin);
      token = new JwtService({ privateKey, signOptions: { algorithm: 'ES256', issuer: 'qcdc' } }).sign({
        sub: me.userId,
        tid: p.provinceId,
        mem: [{ r: 'PROVINCE_ADMIN', u: p.rootId }],
        typ: 'access',
        exp: Math.floor(Date.now() / 1000) - (kind === 'expired' ? 60 : -600),
      });
    }
    const r = await writesNothing(() => client.request(BRIEFING, briefing(1, 2), token));
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('present above eligible: BAD_USER_INPUT on the field present', async () => {
    const r = await writesNothing(() => client.request(BRIEFING, briefing(17, 16), p.tokens.reporters[0]));
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('facts.present');
    expect(r.errors?.[0]?.message).toBe('Số người dự (17) không thể lớn hơn tổng số được triệu tập (16).');
  });

  it('a briefing dated in the future: BAD_USER_INPUT on the field occurredOn', async () => {
    const r = await writesNothing(() =>
      client.request(BRIEFING, { input: { ...briefing(1, 2).input, occurredOn: '2100-01-01' } }, p.tokens.reporters[0]),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('occurredOn');
  });

  it('a score above a criterion’s maximum: BAD_USER_INPUT, and the saved assessment is untouched', async () => {
    await client.ok(SAVE, { input: { unitId: p.unitIds[0], periodId: p.periodId, scores: fullScores(), expectedVersion: 0 } }, p.tokens.reporters[0]);
    const over = fullScores().map((s, i) => (i === 2 ? { ...s, points: s.points + 0.5 } : s));
    const r = await writesNothing(() =>
      client.request(SAVE, { input: { unitId: p.unitIds[0], periodId: p.periodId, scores: over, expectedVersion: 1 } }, p.tokens.reporters[0]),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.criterionCode).toBe(p.criteria[2].code);
    const { selfAssessment } = await client.ok<{ selfAssessment: { total: number; version: number } }>(
      `query($u: ID!, $p: ID!) { selfAssessment(unitId: $u, periodId: $p) { total version } }`,
      { u: p.unitIds[0], p: p.periodId },
      p.tokens.reporters[0],
    );
    expect(selfAssessment).toEqual({ total: 100, version: 1 });
  });

  it('submitting without a self-score: BAD_USER_INPUT that says what to do', async () => {
    const r = await writesNothing(() =>
      client.request(SUBMIT, { input: { unitId: p.unitIds[1], periodId: p.periodId } }, p.tokens.heads[1]),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/chưa tự chấm điểm/);
  });

  it('a second submission, and two at once from two tabs: one report, one snapshot, one event; each tab gets the report', async () => {
    const input = { input: { unitId: p.unitIds[0], periodId: p.periodId } };
    await completeReportDraft(client, p.tokens.reporters[0], p.unitIds[0], p.periodId);
    const both = await Promise.all([client.request(SUBMIT, input, p.tokens.heads[0]), client.request(SUBMIT, input, p.tokens.heads[0])]);
    expect(both.map((r) => codeOf(r) ?? 'OK')).toEqual(['OK', 'OK']);
    expect(both.map((r) => (r.data as { submitReport: { status: string } }).submitReport.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    const again = await client.request(SUBMIT, input, p.tokens.heads[0]);
    expect(codeOf(again) ?? 'OK').toBe('OK');
    const snapshots = await owner.query(`SELECT count(*)::int AS n FROM reports.report_snapshots WHERE tenant_id = $1`, [p.provinceId]);
    expect(snapshots.rows[0].n).toBe(1);
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n FROM reports.outbox WHERE tenant_id = $1 AND topic = 'report.submitted'`,
      [p.provinceId],
    );
    expect(rows[0].n).toBe(1);
  });

  it('a suspended province reads but writes nothing: TENANT_SUSPENDED', async () => {
    await client.ok(`mutation($id: ID!) { suspendProvince(id: $id) { status } }`, { id: p.provinceId }, platform);
    try {
      const r = await writesNothing(() => client.request(BRIEFING, briefing(1, 2), p.tokens.reporters[0]));
      expect(codeOf(r)).toBe('TENANT_SUSPENDED');
      const read = await client.request(`query($u: ID!, $p: ID!) { activities(unitId: $u, periodId: $p) { id } }`, { u: p.unitIds[0], p: p.periodId }, p.tokens.reporters[0]);
      expect(read.errors).toBeUndefined();
      expect(await client.login(p.code, 'baocao1', DEMO_PASSWORD)).toEqual(expect.any(String));
      const { provinceDirectory } = await client.ok<{ provinceDirectory: { code: string }[] }>(`{ provinceDirectory { code } }`);
      expect(provinceDirectory.map((x) => x.code)).toContain(p.code);
    } finally {
      await client.ok(`mutation($id: ID!) { reactivateProvince(id: $id) { status } }`, { id: p.provinceId }, platform);
    }
    // Unit 1's report is submitted above (its window frozen): unit 2 records again.
    expect(codeOf(await client.request(BRIEFING, { input: { ...briefing(1, 2).input, unitId: p.unitIds[1] } }, p.tokens.reporters[1]))).toBeUndefined();
  });

  it('a malformed query and an unknown field: stable codes, not a 500', async () => {
    expect(codeOf(await client.request(`{ me { userId `, {}, p.tokens.admin))).toBe('GRAPHQL_PARSE_FAILED');
    expect(codeOf(await client.request(`{ me { salary } }`, {}, p.tokens.admin))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(codeOf(await client.request(BRIEFING, { input: { unitId: 'x' } }, p.tokens.admin))).toBe('BAD_USER_INPUT');
  });

  it.each<[string, string, () => Record<string, unknown>, string, string | undefined, RegExp]>([
    [
      'an Int beyond 32 bits',
      `query($year: Int!) { reportingPeriods(year: $year) { id } }`,
      () => ({ year: 2_147_483_648 }),
      'BAD_USER_INPUT',
      'year',
      /^Số "year" vượt giới hạn: số nguyên chỉ nhận từ -2147483648 đến 2147483647/,
    ],
    ['null for a required field', BRIEFING, () => ({ input: { ...briefing(1, 2).input, occurredOn: null } }), 'BAD_USER_INPUT', 'occurredOn', /^Vui lòng nhập "occurredOn"/],
    [
      'an unknown enum value',
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      () => ({ input: { username: 'vua', password: DEMO_PASSWORD, displayName: 'Vua', role: 'KING', orgUnitId: p.unitIds[0] } }),
      'BAD_USER_INPUT',
      'role',
      /^Giá trị "role" không thuộc danh sách cho phép/,
    ],
    [
      'an unknown enum value written in the operation',
      `mutation { openReportingPeriod(input: { year: 2026, kind: QUARTER, windowStart: "2026-01-01", windowEnd: "2026-03-31", dueOn: "2026-04-15" }) { id } }`,
      () => ({}),
      'GRAPHQL_VALIDATION_FAILED',
      undefined,
      /^Giá trị không thuộc danh sách cho phép/,
    ],
  ])("%s, refused by the gateway itself: the code kept, a Vietnamese message, Apollo's English in messageEn", async (_name, query, variables, code, field, vi) => {
    const r = await writesNothing(() => client.request(query, variables(), p.tokens.admin));
    const error = r.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.message).toMatch(vi);
    expect(error?.extensions?.messageEn).toMatch(/cannot represent|not to be null|does not exist in "[A-Za-z]+" enum/);
    expect(error?.extensions?.field).toBe(field);
  });

  it('an id that is not an id: NOT_FOUND, not a database error', async () => {
    const r = await client.request(BRIEFING, { input: { ...briefing(1, 2).input, unitId: 'không-phải-mã' } }, p.tokens.reporters[0]);
    expect(codeOf(r)).toBe('NOT_FOUND');
  });
});

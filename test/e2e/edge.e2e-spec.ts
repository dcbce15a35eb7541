import http from 'node:http';
import type { Client } from 'pg';
import { QUERY_LIMITS } from '@qcdc/shared/config';
import { DEMO_PASSWORD, GatewayClient, ownerClient } from '@qcdc/shared/testing';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';

/**
 * The edge: what one request from outside may ask of the gateway. Each limit refuses before anything runs:
 * the answer has no `data` (Apollo answers a document it refused while parsing or validating without
 * executing it, and the gateway calls a subgraph only while executing), and writes sent over a limit leave
 * nothing behind.
 */

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; messageEn?: string; field?: string } }[] } | null;
}

/** A raw request to the gateway (node:http: the body and headers exactly as given). */
function send(method: string, url: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        let parsed: Answer['body'] = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = null;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.once('error', reject);
    req.end(body);
  });
}

const graphqlUrl = () => process.env['GRAPHQL_URL'] as string;
const post = (payload: unknown, token?: string) =>
  send('POST', graphqlUrl(), JSON.stringify(payload), token ? { authorization: `Bearer ${token}` } : {});
const aliased = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join('\n');

/** The refusal's code and field, each error once. */
const refusals = (answer: Answer) => [
  ...new Set((answer.body?.errors ?? []).map((e) => `${e.extensions?.code} ${e.extensions?.field ?? ''}`.trim())),
];

describe('the gateway refuses what is too much for one request, before anything runs', () => {
  const client = new GatewayClient();
  let owner: Client;
  let admin: { token: string; userId: string; province: string };

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    const province = `edge-${Math.random().toString(36).slice(2, 8)}`;
    await client.ok(
      `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
      { input: { code: province, name: `Tỉnh ${province}`, adminUsername: 'admin', adminPassword: DEMO_PASSWORD, adminDisplayName: 'Quản trị' } },
      platform,
    );
    const session = await client.signIn(province, 'admin', DEMO_PASSWORD);
    admin = { token: session.accessToken, userId: session.userId, province };
  });

  afterAll(() => owner.end());

  it('answers the limit itself (15 aliases of provinceDirectory), so the refusals below are the limits’ doing', async () => {
    const answer = await post({ query: `{ ${aliased(QUERY_LIMITS.aliases, 'provinceDirectory { id code name }')} }` });
    expect(answer.body?.errors).toBeUndefined();
    expect(Object.keys(answer.body?.data as object)).toHaveLength(QUERY_LIMITS.aliases);
  });

  it('refuses 1,000 aliases of provinceDirectory, unauthenticated, with QUERY_TOO_COMPLEX and no lookup', async () => {
    const answer = await post({ query: `{ ${aliased(1000, 'provinceDirectory { id code name }')} }` });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toHaveProperty('data');
    // The document is too long to be parsed at all: the token limit answers before the alias count.
    expect(refusals(answer)).toEqual(['QUERY_TOO_COMPLEX tokens']);
    expect(answer.body?.errors?.[0].message).toMatch(/^Câu truy vấn quá dài/);
    expect(answer.body?.errors?.[0].extensions?.messageEn).toMatch(/^The query is too long/);
  });

  it('refuses one alias over the limit, with the count in the message', async () => {
    const answer = await post({ query: `{ ${aliased(QUERY_LIMITS.aliases + 1, 'provinceDirectory { id }')} }` });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toHaveProperty('data');
    expect(refusals(answer)).toEqual(['QUERY_TOO_COMPLEX aliases']);
    expect(answer.body?.errors?.[0].message).toBe(
      `Câu truy vấn có quá nhiều bí danh (alias) (tối đa ${QUERY_LIMITS.aliases}, câu này có ${QUERY_LIMITS.aliases + 1}). Hãy gửi ít trường hơn trong một yêu cầu.`,
    );
  });

  it('writes nothing of a mutation sent with aliases over the limit', async () => {
    const units = async () =>
      Number((await owner.query(`SELECT count(*) FROM tenancy.org_units u JOIN tenancy.tenants t ON t.id = u.tenant_id WHERE t.code = $1`, [admin.province])).rows[0].count);
    const before = await units();
    const { orgUnits } = await client.ok<{ orgUnits: { id: string }[] }>(`{ orgUnits { id } }`, {}, admin.token);
    const creates = Array.from(
      { length: QUERY_LIMITS.aliases + 1 },
      (_, i) => `u${i}: createOrgUnit(input: { parentId: "${orgUnits[0].id}", code: "EDGE-${i}", name: "Khối ${i}", kind: BLOC, unitType: "COMMITTEE" }) { id }`,
    ).join('\n');
    const answer = await post({ query: `mutation { ${creates} }` }, admin.token);
    expect(await units()).toBe(before);
    expect(refusals(answer)).toEqual(['QUERY_TOO_COMPLEX aliases']);
    expect(answer.body).not.toHaveProperty('data');
  });

  it('refuses a query nested deeper than the limit', async () => {
    const nested = (levels: number): string => (levels === 0 ? 'id' : `parent { ${nested(levels - 1)} }`);
    const answer = await post({ query: `{ provinceDirectory { ${nested(QUERY_LIMITS.depth)} } }` });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toHaveProperty('data');
    expect(refusals(answer)).toContain('QUERY_TOO_COMPLEX depth');
  });

  it('refuses 20 aliased logins before any password is checked, and takes as many as the limit allows', async () => {
    const sessions = async () =>
      Number((await owner.query(`SELECT count(*) FROM tenancy.refresh_tokens WHERE user_id = $1`, [admin.userId])).rows[0].count);
    const logins = (n: number) => ({
      query: `mutation($input: LoginInput!) { ${aliased(n, 'login(input: $input) { accessToken }')} }`,
      variables: { input: { province: admin.province, username: 'admin', password: DEMO_PASSWORD } },
    });
    const before = await sessions();
    const refused = await post(logins(20));
    expect(refused.status).toBe(400);
    expect(refused.body).not.toHaveProperty('data');
    expect(refusals(refused)).toEqual(expect.arrayContaining(['QUERY_TOO_COMPLEX login']));
    // The right password, twenty times: had one login run, it would have opened a session.
    expect(await sessions()).toBe(before);

    const allowed = QUERY_LIMITS.sameRootField['login'];
    const answered = await post(logins(allowed));
    expect(answered.body?.errors).toBeUndefined();
    expect(await sessions()).toBe(before + allowed);

    const oneMore = await post(logins(allowed + 1));
    expect(refusals(oneMore)).toEqual(['QUERY_TOO_COMPLEX login']);
    expect(await sessions()).toBe(before + allowed);
  });

  it('refuses a batch (an array of operations) with REQUEST_TOO_LARGE and runs none of it', async () => {
    const answer = await post([{ query: '{ provinceDirectory { id } }' }, { query: '{ provinceDirectory { code } }' }]);
    expect(answer.status).toBe(400);
    expect(answer.body).not.toHaveProperty('data');
    expect(refusals(answer)).toEqual(['REQUEST_TOO_LARGE batch']);
    expect(answer.body?.errors?.[0].message).toMatch(/^Mỗi yêu cầu chỉ được gửi 1 thao tác GraphQL/);
  });

  it('refuses a body over the limit with 413 and REQUEST_TOO_LARGE', async () => {
    const padding = 'x'.repeat(QUERY_LIMITS.bodyBytes);
    const answer = await post({ query: '{ provinceDirectory { id } }', variables: { padding } });
    expect(answer.status).toBe(413);
    expect(refusals(answer)).toEqual(['REQUEST_TOO_LARGE body']);
    expect(answer.body?.errors?.[0].message).toMatch(/^Dữ liệu gửi lên quá lớn/);
  });
});

describe('the gateway keeps its schema to itself outside development', () => {
  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Query") { fields { name } } }'],
  ])('refuses introspection (%s)', async (_what, query) => {
    const answer = await post({ query });
    expect(answer.status).toBe(400);
    expect(answer.body).not.toHaveProperty('data');
    expect(refusals(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.body?.errors?.[0].message).toBe('Máy chủ không cung cấp lược đồ GraphQL (introspection) ngoài môi trường phát triển.');
  });

  it('names no field it has in a refusal ("Did you mean …?")', async () => {
    const answer = await post({ query: '{ provinceDirectry { id } }' });
    expect(refusals(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED provinceDirectry']);
    const text = JSON.stringify(answer.body);
    expect(text).not.toMatch(/Did you mean/);
    expect(text).not.toContain('"provinceDirectory"');
    expect(answer.body?.errors?.[0].extensions?.messageEn).toBe('Cannot query field "provinceDirectry" on type "Query".');
  });
});

describe('security headers', () => {
  const expectSecure = (where: string, headers: http.IncomingHttpHeaders) => {
    expect({
      where,
      poweredBy: headers['x-powered-by'],
      csp: headers['content-security-policy'],
      frame: headers['x-frame-options'],
      nosniff: headers['x-content-type-options'],
      referrer: headers['referrer-policy'],
    }).toEqual({
      where,
      poweredBy: undefined,
      csp: "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'",
      frame: 'DENY',
      nosniff: 'nosniff',
      referrer: 'no-referrer',
    });
  };

  it('are on every answer of the gateway, refusals and unknown paths included, with no X-Powered-By', async () => {
    const gateway = process.env['GATEWAY_URL'] as string;
    expectSecure('an operation', (await post({ query: '{ provinceDirectory { id } }' })).headers);
    expectSecure('a refusal', (await post({ query: `{ ${aliased(QUERY_LIMITS.aliases + 1, 'provinceDirectory { id }')} }` })).headers);
    expectSecure('a batch', (await post([{ query: '{ __typename }' }, { query: '{ __typename }' }])).headers);
    expectSecure('a body too large', (await post({ query: '{ __typename }', variables: { p: 'x'.repeat(QUERY_LIMITS.bodyBytes) } })).headers);
    expectSecure('health', (await send('GET', `${gateway}/health`)).headers);
    expectSecure('an unknown path', (await send('GET', `${gateway}/nothing-here`)).headers);
  });

  it.each(['TENANCY_URL', 'ACTIVITIES_URL', 'SCORING_URL', 'REPORTS_URL'])('are on the answers of %s too', async (name) => {
    expectSecure(name, (await send('GET', new URL('/health', process.env[name] as string).toString())).headers);
  });
});

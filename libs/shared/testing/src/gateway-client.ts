import { testYear } from './clock';
import { randomUUID } from 'node:crypto';

export interface GraphQLErrorShape {
  message: string;
  /** The response key(s) of the field that failed. */
  path?: (string | number)[];
  extensions?: { code?: string; messageEn?: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  data: T | null;
  errors?: GraphQLErrorShape[];
}

/** A client of the GraphQL gateway, as the web app uses it: POST /graphql with a bearer token. */
export class GatewayClient {
  constructor(readonly graphqlUrl: string = process.env['GRAPHQL_URL'] ?? 'http://127.0.0.1:4000/graphql') {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string | null,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResult<T>> {
    return (await this.exchange<T>(query, variables, token, headers)).body;
  }

  /**
   * A request and the whole answer: the body, and the refresh token the gateway set as the cookie (a string;
   * '' when it cleared the cookie; undefined when it left it alone). Send a cookie with `headers.cookie`.
   */
  async exchange<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string | null,
    headers: Record<string, string> = {},
  ): Promise<{ body: GraphQLResult<T>; refreshCookie: string | undefined; setCookie: string[] }> {
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    const refresh = setCookie.map((c) => /^qcdc_refresh=([^;]*)/.exec(c)).find((m) => m !== null);
    return {
      body: (await response.json()) as GraphQLResult<T>,
      refreshCookie: refresh ? decodeURIComponent(refresh[1]) : undefined,
      setCookie,
    };
  }

  /** Like request, but any GraphQL error fails the caller with the server's message. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string | null,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables, token, headers);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** POST /imports of the gateway: a file for an import, as the web app sends it; the status and the JSON answer. */
  async uploadImport(
    bytes: Buffer,
    token?: string | null,
    fileName = 'nhap.xlsx',
  ): Promise<{ status: number; body: { data?: { import: { id: string; rowCount: number; status: string } }; errors?: GraphQLErrorShape[] } }> {
    const response = await fetch(new URL('/imports', this.graphqlUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: bytes,
    });
    return { status: response.status, body: (await response.json()) as never };
  }

  /** Uploads a file as a province admin and waits for its dry run; the import's id. */
  async importChecked(bytes: Buffer, token: string, fileName = 'nhap.xlsx'): Promise<string> {
    const { status, body } = await this.uploadImport(bytes, token, fileName);
    if (status !== 201 || !body.data) throw new Error(`upload refused: ${status} ${JSON.stringify(body)}`);
    const id = body.data.import.id;
    await eventually(
      () => this.ok<{ importJob: { status: string } }>(`query($id: ID!) { importJob(id: $id) { status } }`, { id }, token),
      (d) => d.importJob.status !== 'CHECKING',
      30_000,
    );
    return id;
  }

  async login(province: string | null, username: string, password: string): Promise<string> {
    return (await this.signIn(province, username, password)).accessToken;
  }

  /** Signs in and keeps what a session holds: both tokens (the refresh token from its cookie) and who signed in. */
  async signIn(province: string | null, username: string, password: string): Promise<Session> {
    const { body, refreshCookie } = await this.exchange<{ login: { accessToken: string; viewer: { userId: string } } }>(
      `mutation Login($input: LoginInput!) { login(input: $input) { accessToken viewer { userId } } }`,
      { input: { province, username, password } },
    );
    if (body.errors?.length || !body.data || !refreshCookie) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
    return { accessToken: body.data.login.accessToken, refreshToken: refreshCookie, userId: body.data.login.viewer.userId };
  }

  /** Renews a session with its refresh token (as an API client: the argument); the next refresh token comes back as the cookie. */
  async refresh<T = { refreshSession: { accessToken: string } }>(
    refreshToken: string,
    fields = 'accessToken',
  ): Promise<{ body: GraphQLResult<T>; refreshToken: string | undefined }> {
    const { body, refreshCookie } = await this.exchange<T>(
      `mutation($t: String) { refreshSession(refreshToken: $t) { ${fields} } }`,
      { t: refreshToken },
    );
    return { body, refreshToken: refreshCookie || undefined };
  }
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  userId: string;
}

export const DEMO_PASSWORD = 'mat-khau-thu-nghiem';

/** A province built through the gateway as its admin would: a bloc, units, users, a rubric and an open period. */
export interface ProvinceScenario {
  code: string;
  provinceId: string;
  rootId: string;
  blocId: string;
  unitIds: string[];
  periodId: string;
  criteria: { id: string; code: string; maxPoints: number }[];
  tokens: { admin: string; committee: string; reporters: string[]; heads: string[]; blocReviewer: string };
}

export async function buildProvinceScenario(
  client: GatewayClient,
  platformToken: string,
  options: { units?: number; year?: number; dueOn?: string } = {},
): Promise<ProvinceScenario> {
  const code = `e2e-${randomUUID().slice(0, 8)}`;
  const year = options.year ?? testYear();
  const { createProvince } = await client.ok<{ createProvince: { id: string } }>(
    `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
    {
      input: { code, name: `Tỉnh ${code}`, adminUsername: 'admin', adminPassword: DEMO_PASSWORD, adminDisplayName: 'Quản trị' },
    },
    platformToken,
  );
  const admin = await client.login(code, 'admin', DEMO_PASSWORD);
  const { orgUnits } = await client.ok<{ orgUnits: { id: string; kind: string }[] }>(`{ orgUnits { id kind } }`, {}, admin);
  const root = orgUnits.find((u) => u.kind === 'PROVINCE_COMMITTEE');
  if (!root) throw new Error(`province ${code} has no committee at the root of its tree`);
  const rootId = root.id;
  const createUnit = async (parentId: string, unitCode: string, kind: string, unitType: string) =>
    (
      await client.ok<{ createOrgUnit: { id: string } }>(
        `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input: { parentId, code: unitCode, name: `Đơn vị ${unitCode}`, kind, unitType } },
        admin,
      )
    ).createOrgUnit.id;
  const createUser = async (username: string, role: string, orgUnitId: string) => {
    await client.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username, password: DEMO_PASSWORD, displayName: username, role, orgUnitId } },
      admin,
    );
    return client.login(code, username, DEMO_PASSWORD);
  };
  const blocId = await createUnit(rootId, 'KHOI-CQ', 'BLOC', 'COMMITTEE');
  const unitIds: string[] = [];
  for (let i = 0; i < (options.units ?? 2); i += 1) unitIds.push(await createUnit(blocId, `DV-${i + 1}`, 'UNIT', 'AGENCY'));
  const { adoptDefaultRubric } = await client.ok<{ adoptDefaultRubric: { criteria: ProvinceScenario['criteria'] } }>(
    `mutation($year: Int!) { adoptDefaultRubric(year: $year) { criteria { id code maxPoints } } }`,
    { year },
    admin,
  );
  const { openReportingPeriod } = await client.ok<{ openReportingPeriod: { id: string } }>(
    `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
    {
      input: {
        year,
        kind: 'YEAR',
        windowStart: `${year - 1}-12-15`,
        windowEnd: `${year}-12-14`,
        dueOn: options.dueOn ?? `${year}-12-31`,
      },
    },
    admin,
  );
  const reporters: string[] = [];
  const heads: string[] = [];
  for (let i = 0; i < unitIds.length; i += 1) reporters.push(await createUser(`baocao${i + 1}`, 'UNIT_REPORTER', unitIds[i]));
  for (let i = 0; i < unitIds.length; i += 1) heads.push(await createUser(`thutruong${i + 1}`, 'UNIT_HEAD', unitIds[i]));
  return {
    code,
    provinceId: createProvince.id,
    rootId,
    blocId,
    unitIds,
    periodId: openReportingPeriod.id,
    criteria: adoptDefaultRubric.criteria,
    tokens: {
      admin,
      committee: await createUser('bancd', 'PROVINCE_COMMITTEE', rootId),
      reporters,
      heads,
      blocReviewer: await createUser('khoi', 'BLOC_REVIEWER', blocId),
    },
  };
}

/** Polls until `probe` returns a value `done` accepts; the roll-ups are eventually consistent by design. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The value, which a test expects to be there; fails with what was missing instead of a TypeError later. */
export function present<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}, got ${value}`);
  return value;
}

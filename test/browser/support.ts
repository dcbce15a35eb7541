// Arranging data for browser tests through the gateway, as a client would: plain fetch, no app code.
import { randomBytes } from 'node:crypto';

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

function graphqlUrl(): string {
  const gateway = process.env['GATEWAY_URL'];
  if (!gateway) throw new Error('GATEWAY_URL is not set: run browser tests with `npm test -- browser`');
  return `${gateway}/graphql`;
}

/** Runs an operation against the gateway; throws with the server's errors. */
export async function gatewayRequest<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const res = await fetch(graphqlUrl(), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL "${query.trim().slice(0, 60)}" failed (HTTP ${res.status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

/** Logs in and returns the access token. */
export async function loginToken(province: string | null, username: string, password: string): Promise<string> {
  const data = await gatewayRequest<{ login: { accessToken: string } }>(
    `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { province, username, password } },
  );
  return data.login.accessToken;
}

export interface Credentials {
  username: string;
  password: string;
}

/** The platform administrator the browser global setup seeds (tools/seed/platform-admin.ts). */
export function platformAdmin(): Credentials {
  return { username: 'platform-admin', password: process.env['PLATFORM_ADMIN_PASSWORD'] || 'qcdc-admin-2026' };
}

/** The current year as the browser (in Vietnam time) sees it. */
export function vietnamYear(): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
}

/** A few random hex characters, so that each run creates its own province. */
export const uniqueSuffix = (): string => randomBytes(3).toString('hex');

export interface ProvinceFixture {
  provinceCode: string;
  provinceName: string;
  year: number;
  unit: { id: string; code: string; name: string };
  reporter: Credentials & { displayName: string };
  committee: Credentials & { displayName: string };
}

/**
 * A fresh province with one bloc and one unit beneath it, a unit reporter, a committee member, the default
 * rubric and an open yearly period of the current year (1 Jan – 31 Dec, due 31 Dec).
 */
export async function arrangeProvinceWithOneUnit(): Promise<ProvinceFixture> {
  const suffix = uniqueSuffix();
  const provinceCode = `bt-${suffix}`;
  const provinceName = `Tỉnh Thử Nghiệm ${suffix.toUpperCase()}`;
  const password = 'mat-khau-thu-nghiem';
  const year = vietnamYear();

  const platform = platformAdmin();
  const platformToken = await loginToken(null, platform.username, platform.password);
  await gatewayRequest(
    `mutation CreateProvince($input: CreateProvinceInput!) { createProvince(input: $input) { id code } }`,
    {
      input: {
        code: provinceCode,
        name: provinceName,
        adminUsername: 'quantri',
        adminPassword: password,
        adminDisplayName: 'Quản trị tỉnh',
      },
    },
    platformToken,
  );
  const admin = await loginToken(provinceCode, 'quantri', password);

  const { orgUnits } = await gatewayRequest<{ orgUnits: { id: string; kind: string }[] }>(
    `query { orgUnits { id kind } }`,
    {},
    admin,
  );
  const root = orgUnits.find((u) => u.kind === 'PROVINCE_COMMITTEE');
  if (!root) throw new Error('the new province has no PROVINCE_COMMITTEE root');

  const createOrgUnit = async (input: object) =>
    (
      await gatewayRequest<{ createOrgUnit: { id: string } }>(
        `mutation CreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input },
        admin,
      )
    ).createOrgUnit.id;
  const blocId = await createOrgUnit({
    parentId: root.id,
    code: 'DUK',
    name: 'Đảng ủy Khối các cơ quan tỉnh',
    kind: 'BLOC',
    unitType: 'COMMITTEE',
  });
  const unit = { code: 'VP-DUK', name: 'Văn phòng Đảng ủy Khối các cơ quan tỉnh' };
  const unitId = await createOrgUnit({ parentId: blocId, ...unit, kind: 'UNIT', unitType: 'AGENCY' });

  const createUser = (input: object) =>
    gatewayRequest(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, admin);
  const reporter = { username: 'vp-duk.baocao', password, displayName: 'Nguyễn Thị Hoa' };
  const committee = { username: 'bcd.thanhvien', password, displayName: 'Trần Văn Minh' };
  await createUser({ ...reporter, role: 'UNIT_REPORTER', orgUnitId: unitId });
  await createUser({ ...committee, role: 'PROVINCE_COMMITTEE', orgUnitId: root.id });

  await gatewayRequest(`mutation Adopt($year: Int!) { adoptDefaultRubric(year: $year) { id } }`, { year }, admin);
  await gatewayRequest(
    `mutation Open($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
    { input: { year, kind: 'YEAR', windowStart: `${year}-01-01`, windowEnd: `${year}-12-31`, dueOn: `${year}-12-31` } },
    admin,
  );

  return { provinceCode, provinceName, year, unit: { id: unitId, ...unit }, reporter, committee };
}

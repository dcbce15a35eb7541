// What the browser tests share: the test clock, pages that run on it, screenshots, and arranging data through
// the gateway as a client would (plain fetch, no app code).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { submitUnitReport, testClock, testYear } from '@qcdc/shared/testing';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { launchBrowser, officePage } from '../support/browser';

/** An office page (1366×768, Vietnamese, Vietnam time; see officePage) on the test clock: the servers' "now", running. */
export async function pageOnTestClock(browser: Browser, options?: BrowserContextOptions): Promise<{ page: Page; pageErrors: string[] }> {
  const office = await officePage(browser, options);
  await office.page.clock.install({ time: testClock().now() });
  return office;
}

/** Screenshots for a person to look at: .data/screenshots/<name>.png. */
export const SCREENSHOTS = path.resolve(__dirname, '../../.data/screenshots');
fs.mkdirSync(SCREENSHOTS, { recursive: true });

export const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/**
 * The browser of one spec file, launched before its tests and closed after them. Answers `newPage`: a page on
 * the test clock (in a context of its own, made with `options` when given). After every test, pass or fail, the last page opened is kept as the screenshot `lastShot`:
 * the first thing to look at when a test fails.
 */
export function specBrowser(
  lastShot: string,
  timeoutMs: number,
): (options?: BrowserContextOptions) => Promise<{ page: Page; pageErrors: string[] }> {
  let browser: Browser | undefined;
  let lastPage: Page | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, timeoutMs);
  afterEach(async () => {
    await lastPage?.screenshot({ path: path.join(SCREENSHOTS, `${lastShot}.png`), fullPage: true }).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options) => {
    if (!browser) throw new Error('the browser of this spec did not start');
    const office = await pageOnTestClock(browser, options);
    lastPage = office.page;
    return office;
  };
}

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
  return { username: PLATFORM_ADMIN_USERNAME, password: process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD };
}

/** A few random hex characters, so that each run creates its own province. */
export const uniqueSuffix = (): string => randomBytes(3).toString('hex');

type Person = Credentials & { displayName: string };

export interface ProvinceFixture {
  provinceId: string;
  provinceCode: string;
  provinceName: string;
  year: number;
  rootId: string;
  bloc: { id: string; code: string; name: string };
  unit: { id: string; code: string; name: string };
  admin: Person;
  reporter: Person;
  head: Person;
  committee: Person;
  blocReviewer: Person;
}

/**
 * A fresh province with one bloc and one unit beneath it, a person in every role of the province, the
 * default rubric, an open yearly period of the test year (1 Jan – 31 Dec, due 31 Dec) and its six-month
 * review with the customary window (15/12 of the year before to 14/6, due 20/6).
 */
export async function arrangeProvinceWithOneUnit(): Promise<ProvinceFixture> {
  const suffix = uniqueSuffix();
  const provinceCode = `bt-${suffix}`;
  const provinceName = `Tỉnh Thử Nghiệm ${suffix.toUpperCase()}`;
  const password = 'mat-khau-thu-nghiem';
  const year = testYear();

  const platform = platformAdmin();
  const platformToken = await loginToken(null, platform.username, platform.password);
  const { createProvince } = await gatewayRequest<{ createProvince: { id: string } }>(
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
  const bloc = { code: 'DUK', name: 'Đảng ủy Khối các cơ quan tỉnh' };
  const blocId = await createOrgUnit({ parentId: root.id, ...bloc, kind: 'BLOC', unitType: 'COMMITTEE' });
  const unit = { code: 'VP-DUK', name: 'Văn phòng Đảng ủy Khối các cơ quan tỉnh' };
  const unitId = await createOrgUnit({ parentId: blocId, ...unit, kind: 'UNIT', unitType: 'AGENCY' });

  const createUser = (input: object) =>
    gatewayRequest(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, admin);
  const reporter = { username: 'vp-duk.baocao', password, displayName: 'Nguyễn Thị Hoa' };
  const head = { username: 'vp-duk.thutruong', password, displayName: 'Lê Quang Vinh' };
  const committee = { username: 'bcd.thanhvien', password, displayName: 'Trần Văn Minh' };
  const blocReviewer = { username: 'duk.thamdinh', password, displayName: 'Phạm Thu Trang' };
  await createUser({ ...reporter, role: 'UNIT_REPORTER', orgUnitId: unitId });
  await createUser({ ...head, role: 'UNIT_HEAD', orgUnitId: unitId });
  await createUser({ ...committee, role: 'PROVINCE_COMMITTEE', orgUnitId: root.id });
  await createUser({ ...blocReviewer, role: 'BLOC_REVIEWER', orgUnitId: blocId });

  await gatewayRequest(`mutation Adopt($year: Int!) { adoptDefaultRubric(year: $year) { id } }`, { year }, admin);
  const openPeriod = (input: object) =>
    gatewayRequest(
      `mutation Open($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
      { input: { year, ...input } },
      admin,
    );
  await openPeriod({ kind: 'YEAR', windowStart: `${year}-01-01`, windowEnd: `${year}-12-31`, dueOn: `${year}-12-31` });
  await openPeriod({ kind: 'SIX_MONTH', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-06-14`, dueOn: `${year}-06-20` });

  return {
    provinceId: createProvince.id,
    provinceCode,
    provinceName,
    year,
    rootId: root.id,
    bloc: { id: blocId, ...bloc },
    unit: { id: unitId, ...unit },
    admin: { username: 'quantri', password, displayName: 'Quản trị tỉnh' },
    reporter,
    head,
    committee,
    blocReviewer,
  };
}

/** Signs in from the sign-in screen: the province by its code (null: the platform administrators). */
export async function signIn(page: Page, provinceCode: string | null, who: Credentials) {
  await page.getByTestId('login-form').waitFor();
  const value = provinceCode ?? '__platform__';
  await page.locator(`[data-testid=login-province] option[value="${value}"]`).waitFor({ state: 'attached' });
  await page.getByTestId('login-province').selectOption(value);
  await page.getByTestId('login-username').fill(who.username);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
}

export async function signOut(page: Page) {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-form').waitFor();
}

/** Waits until the element with `testId` shows `text` (a substring). */
export function waitForText(page: Page, testId: string, text: string) {
  return page.getByTestId(testId).filter({ hasText: text }).first().waitFor();
}

/**
 * The page's address without its origin, once it matches `pattern`. A pattern should match only the final
 * address: "/don-vi/<unit>" redirects to "/don-vi/<unit>/<year>/nam", so wait for the latter's shape.
 */
export async function pathOnceAt(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForURL((url) => pattern.test(url.pathname + url.search));
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/**
 * Waits until `expression` (run in the page; a promise is awaited) is true, checking every 50 ms. Not
 * page.waitForFunction: that compiles its predicate with eval inside the page, which the app's content
 * policy (no 'unsafe-eval') refuses; page.evaluate goes through the DevTools protocol, which it does not govern.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A page expression: true once a draft holding `text` is kept in IndexedDB (shared/useDraft.ts). */
export function draftHolding(text: string): string {
  return `new Promise((resolve) => {
    const open = indexedDB.open('qcdc');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const all = open.result.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => {
        open.result.close();
        resolve(all.result.some((d) => JSON.stringify(d.value).includes(${JSON.stringify(text)})));
      };
    };
  })`;
}

/** The id of the yearly reporting period of `year`, as the token's province has it. */
export async function yearlyPeriodId(year: number, token: string): Promise<string> {
  const { reportingPeriods } = await gatewayRequest<{ reportingPeriods: { id: string; kind: string }[] }>(
    `query($y: Int!) { reportingPeriods(year: $y) { id kind } }`,
    { y: year },
    token,
  );
  const id = reportingPeriods.find((p) => p.kind === 'YEAR')?.id;
  if (!id) throw new Error(`the province has no yearly period for ${year}`);
  return id;
}

/**
 * A unit's yearly report, submitted through the gateway as its screens would: a briefing recorded and every
 * criterion self-scored at `share` of its maximum (by the reporter), the required sections and the signer
 * written (completeReportDraft), then submitted by the head.
 */
export async function submitYearlyReport(year: number, unitId: string, tokens: { reporter: string; head: string }, share = 1): Promise<void> {
  const client = { ok: gatewayRequest };
  const periodId = await yearlyPeriodId(year, tokens.head);
  await gatewayRequest(
    `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
    {
      input: {
        unitId,
        kind: 'BRIEFING',
        occurredOn: `${year}-03-10`,
        facts: { topic: 'Quán triệt kế hoạch thực hiện quy chế dân chủ', present: 10, eligible: 12 },
      },
    },
    tokens.reporter,
  );
  const { scoringSheet } = await gatewayRequest<{
    scoringSheet: { rubric: { criteria: { id: string; code: string; maxPoints: number; parentCode: string | null }[] }; assessment: { version: number } | null };
  }>(
    `query($u: ID!, $p: ID!) { scoringSheet(unitId: $u, periodId: $p) { rubric { criteria { id code maxPoints parentCode } } assessment { version } } }`,
    { u: unitId, p: periodId },
    tokens.reporter,
  );
  const parents = new Set(scoringSheet.rubric.criteria.map((c) => c.parentCode));
  const scores = scoringSheet.rubric.criteria
    .filter((c) => !parents.has(c.code))
    .map((c) => ({ criterionId: c.id, points: Math.round(c.maxPoints * share), comment: null }));
  await gatewayRequest(
    `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { version } }`,
    { input: { unitId, periodId, expectedVersion: scoringSheet.assessment?.version ?? 0, scores } },
    tokens.reporter,
  );
  await submitUnitReport(client, tokens, unitId, periodId);
}

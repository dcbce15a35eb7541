// Nothing hangs, nothing is lost, nothing is sent twice. In real chromium against the real servers: a server
// that never answers ends in an error with "Thử lại" once the request's time is up (the page's clock is moved
// on, no test waits it out); a request that did reach the server but whose answer was lost is sent again with
// the same idempotency key and recorded once; a briefing recorded without a connection waits in the outbox
// ("1 thay đổi chờ gửi"), survives a reload without a connection (service worker, IndexedDB) and reaches the
// server exactly once when the connection is back, also when that first send times out; an entry the server
// refuses meanwhile stays in the list with the server's reason.
import type { Page, Request, Route } from 'playwright-core';
import { REQUEST_TIMEOUT_MS } from '../../apps/web/src/shared/api/errors';
import { retryDelayMs } from '../../apps/web/src/shared/offline/outbox-entry';
import { webUrl } from '../support/browser';
import { OFFICE, PHONE, axeViolations, resize, widthProblems } from './a11y';
import {
  arrangeProvinceWithOneUnit,
  draftHolding,
  gatewayRequest,
  loginToken,
  pathOnceAt,
  platformAdmin,
  screenshot,
  signIn,
  specBrowser,
  waitForText,
  waitInPage,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('offline-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

const shot = (page: Page, name: string) => screenshot(page, `offline-${name}`);

/** The name of the GraphQL operation a request of the page carries ("RecordActivity"), or null. */
function operationOf(request: Request): string | null {
  const query = (request.postDataJSON() as { query?: string } | null)?.query ?? '';
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? null;
}

/**
 * From now on, the first request of `operation` reaches the server (which records it) but its answer is
 * never delivered: a dropped line. Every other request goes through. `arrived` resolves once the server has
 * answered the held one; `release` lets the page's later requests through untouched.
 */
async function loseFirstAnswer(page: Page, operation: string) {
  let held: Route | undefined;
  let serverAnswered!: () => void;
  const arrived = new Promise<void>((resolve) => (serverAnswered = resolve));
  const handler = async (route: Route) => {
    if (held || operationOf(route.request()) !== operation) return route.fallback();
    held = route;
    await route.fetch();
    serverAnswered();
    // The answer is dropped: the page hears nothing until its own timeout.
  };
  await page.route('**/graphql', handler);
  return {
    arrived,
    release: async () => {
      await page.unroute('**/graphql', handler);
      await held?.abort().catch(() => undefined);
    },
  };
}

async function briefingTopics(): Promise<string[]> {
  const token = await loginToken(fixture.provinceCode, fixture.reporter.username, fixture.reporter.password);
  const { reportingPeriods } = await gatewayRequest<{ reportingPeriods: { id: string; kind: string }[] }>(
    `query Periods($year: Int!) { reportingPeriods(year: $year) { id kind } }`,
    { year: fixture.year },
    token,
  );
  const periodId = reportingPeriods.find((p) => p.kind === 'YEAR')?.id;
  const { activities } = await gatewayRequest<{ activities: { facts: { topic?: string } }[] }>(
    `query Activities($unitId: ID!, $periodId: ID!) { activities(unitId: $unitId, periodId: $periodId, kind: BRIEFING) { facts } }`,
    { unitId: fixture.unit.id, periodId },
    token,
  );
  return activities.map((a) => a.facts.topic ?? '');
}

/**
 * A page expression: true once the answers of these operations are kept in IndexedDB (shared/offline/cache.ts),
 * for the browser to poll. (A string: this file is compiled without the DOM's types.)
 */
function keptAnswersOf(operations: string[]): string {
  return `new Promise((resolve) => {
    const open = indexedDB.open('qcdc');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const all = open.result.transaction('cache').objectStore('cache').getAll();
      all.onsuccess = () => {
        open.result.close();
        const kept = new Set(all.result.flatMap((c) => c.state.queries.map((q) => q.queryKey[0])));
        resolve(${JSON.stringify(operations)}.every((o) => kept.has(o)));
      };
    };
  })`;
}

async function signInAsReporter(page: Page) {
  await page.goto(webUrl());
  await signIn(page, fixture.provinceCode, fixture.reporter);
  await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//);
  await page.getByTestId('activity-form').waitFor();
}

async function fillBriefing(page: Page, topic: string, attendance: string) {
  await page.getByTestId('activity-date').fill(`${fixture.year}-03-10`);
  await page.getByTestId('fact-topic').fill(topic);
  await page.getByTestId('activity-paste').fill(attendance);
}

it(
  'a server that never answers: the sign-in screen says so with "Thử lại" when the time is up, and the retry loads it',
  async () => {
    const { page, pageErrors } = await newPage();
    const held: Route[] = [];
    await page.route('**/graphql', (route) => void held.push(route));
    const asked = page.waitForRequest('**/graphql');
    await page.goto(webUrl());
    await page.getByTestId('login-form').waitFor();
    await asked;

    // Before the time is up it is still loading; at REQUEST_TIMEOUT_MS it gives up and says what to do.
    const timedOut = page.locator('[data-testid=error-message][data-code=TIMEOUT]');
    expect(await timedOut.count()).toBe(0);
    await page.clock.fastForward(REQUEST_TIMEOUT_MS);
    await timedOut.waitFor();
    expect(await timedOut.textContent()).toContain(`Máy chủ không trả lời sau ${REQUEST_TIMEOUT_MS / 1000} giây`);
    await shot(page, '01-login-timeout');

    await page.unroute('**/graphql');
    await Promise.all(held.map((r) => r.abort().catch(() => undefined)));
    await timedOut.getByTestId('retry').click();
    await page.locator(`[data-testid=login-province] option[value="${fixture.provinceCode}"]`).waitFor({ state: 'attached' });
    expect(await timedOut.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'a save whose answer was lost: "Đang lưu…" ends in a timeout with "Thử lại", and the retry records it once',
  async () => {
    const { page } = await newPage();
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.getByTestId('admin-screen').waitFor();
    await page.getByTestId('org-unit-form').waitFor();
    const name = 'Ủy ban nhân dân xã Tân Phú (thử mất kết nối)';
    await page.getByTestId('org-unit-kind-UNIT').check();
    await page.getByTestId('org-unit-parent').selectOption(fixture.bloc.id);
    await page.getByTestId('org-unit-type').selectOption('COMMUNE');
    await page.getByTestId('org-unit-code').fill('XA-TANPHU');
    await page.getByTestId('org-unit-name').fill(name);

    const line = await loseFirstAnswer(page, 'CreateOrgUnit');
    await page.getByTestId('create-org-unit').click();
    await line.arrived;
    expect(await page.getByTestId('create-org-unit').isDisabled()).toBe(true);
    await page.clock.fastForward(REQUEST_TIMEOUT_MS);
    const timedOut = page.locator('[data-testid=error-message][data-code=TIMEOUT]');
    await timedOut.waitFor();
    expect(await page.getByTestId('create-org-unit').isEnabled()).toBe(true);
    await shot(page, '02-save-timeout');

    // The server did record it; sent again with the same key it answers as the first time, not "already exists".
    await line.release();
    await timedOut.getByTestId('retry').click();
    await waitForText(page, 'org-unit-created', name);

    const adminToken = await loginToken(fixture.provinceCode, fixture.admin.username, fixture.admin.password);
    const { orgUnits } = await gatewayRequest<{ orgUnits: { name: string }[] }>(`query { orgUnits { name } }`, {}, adminToken);
    expect(orgUnits.filter((u) => u.name === name)).toHaveLength(1);
  },
  TIMEOUT,
);

it(
  "a half-filled account form survives a reload, all but its password, which is never kept on the device",
  async () => {
    const { page } = await newPage();
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.getByTestId('admin-tab-users').click();
    await page.getByTestId('user-form').waitFor();
    await page.getByTestId('user-unit').selectOption(fixture.unit.id);
    await page.getByTestId('user-display-name').fill('Trương Thị Mỹ Dung');
    await page.getByTestId('user-username').fill('vp-duk.dung');
    await page.getByTestId('user-password').fill('mat-khau-rat-bi-mat');
    await waitInPage(page, draftHolding('vp-duk.dung'));

    await page.reload();
    await page.getByTestId('user-form').waitFor();
    expect(await page.getByTestId('user-display-name').inputValue()).toBe('Trương Thị Mỹ Dung');
    expect(await page.getByTestId('user-username').inputValue()).toBe('vp-duk.dung');
    expect(await page.getByTestId('user-unit').inputValue()).toBe(fixture.unit.id);
    expect(await page.getByTestId('user-password').inputValue()).toBe('');
    expect(await page.evaluate(draftHolding('mat-khau-rat-bi-mat'))).toBe(false);
  },
  TIMEOUT,
);

it(
  'a briefing recorded offline waits in the outbox, survives an offline reload, and reaches the server exactly once, also when its first send times out',
  async () => {
    const { page, pageErrors } = await newPage();
    await signInAsReporter(page);
    // The service worker has cached the app's shell, and the screen's answers are kept on the device, so it
    // opens without a connection.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await waitInPage(page, keptAnswersOf(['Me', 'ActivityLog']));

    await page.context().setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    const topic = 'Phổ biến Kế hoạch thực hiện dân chủ năm (ghi khi mất mạng)';
    await fillBriefing(page, topic, '18/20 đ/c dự');
    await page.getByTestId('record-activity').click();
    await page.locator('[data-testid=entry-waiting][data-code=NETWORK]').waitFor();
    await waitForText(page, 'outbox-pending', '1 thay đổi chờ gửi');
    expect(await page.getByTestId('fact-topic').inputValue()).toBe('');
    // Listed with the unit's activities, marked as waiting.
    await waitForText(page, 'activity-waiting', topic);
    await shot(page, '03-recorded-offline');

    // On a phone, with the list of what waits open: as wide as the screen, and accessible.
    await resize(page, PHONE);
    await page.getByTestId('outbox-summary').click();
    await page.getByTestId('outbox-entry').filter({ hasText: topic }).waitFor();
    expect(await widthProblems(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, '03-outbox-phone');
    await page.getByTestId('outbox-summary').click();
    await resize(page, OFFICE);

    // Reloaded with no connection: the shell from the service worker, the last answers and the outbox from
    // IndexedDB. Nothing has reached the server.
    await page.reload();
    await page.getByTestId('activity-form').waitFor();
    await waitForText(page, 'outbox-pending', '1 thay đổi chờ gửi');
    await page.getByTestId('offline-banner').waitFor();
    await shot(page, '04-reloaded-offline');
    expect(await briefingTopics()).not.toContain(topic);

    // The connection comes back, but the answer to the first send is lost: it arrives, and the page hears
    // nothing until its timeout.
    const line = await loseFirstAnswer(page, 'RecordActivity');
    await page.context().setOffline(false);
    await line.arrived;
    expect(await briefingTopics()).toEqual([topic]);
    await page.clock.fastForward(REQUEST_TIMEOUT_MS);
    await line.release();
    // Still waiting (it cannot know the server has it); the next try comes after the first retry delay.
    await waitForText(page, 'outbox-pending', '1 thay đổi chờ gửi');
    await page.clock.fastForward(retryDelayMs(1));
    await page.getByTestId('outbox').waitFor({ state: 'detached' });
    await waitForText(page, 'activity-row', topic);
    expect(await page.getByTestId('activity-waiting').count()).toBe(0);

    expect(await briefingTopics()).toEqual([topic]);
    expect(await page.getByTestId('activity-row').filter({ hasText: topic }).count()).toBe(1);
    await shot(page, '05-sent-once');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'an entry the server refuses once the connection is back stays in the list with the reason, until set aside',
  async () => {
    const { page } = await newPage();
    await signInAsReporter(page);
    await page.context().setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    const topic = 'Hội nghị ghi khi mất mạng, trong lúc tỉnh bị tạm ngừng';
    await fillBriefing(page, topic, '10/12 đ/c dự');
    await page.getByTestId('record-activity').click();
    await waitForText(page, 'outbox-pending', '1 thay đổi chờ gửi');

    // Meanwhile the platform administrator suspends the province: it may be read, not written.
    const platform = platformAdmin();
    const platformToken = await loginToken(null, platform.username, platform.password);
    const { provinces } = await gatewayRequest<{ provinces: { id: string; code: string }[] }>(
      `query { provinces { id code } }`,
      {},
      platformToken,
    );
    const provinceId = provinces.find((p) => p.code === fixture.provinceCode)?.id;
    const setStatus = (mutation: 'suspendProvince' | 'reactivateProvince') =>
      gatewayRequest(`mutation ($id: ID!) { ${mutation}(id: $id) { id } }`, { id: provinceId }, platformToken);
    await setStatus('suspendProvince');
    try {
      await page.context().setOffline(false);
      const refused = page.locator('[data-testid=outbox-entry][data-state=refused]');
      await waitForText(page, 'outbox-refused', '1 thay đổi bị từ chối');
      await page.getByTestId('outbox-summary').click();
      await refused.filter({ hasText: 'tạm ngừng' }).waitFor();
      expect(await refused.textContent()).toContain(topic);
      await shot(page, '06-refused');
      expect(await briefingTopics()).not.toContain(topic);

      await refused.getByTestId('outbox-discard').click();
      await page.getByTestId('outbox').waitFor({ state: 'detached' });
    } finally {
      await setStatus('reactivateProvince');
    }
  },
  TIMEOUT,
);

// The operators' queue board in the browser: the platform administrator opens "Hàng đợi xử lý" from the
// platform's tabs and sees every queue of the worker (Bull Board); a province administrator who opens its
// address gets a page saying who may see it and what to do. Screenshots: .data/screenshots/queue-board-*.png.
import { WORKER_QUEUES } from '@qcdc/shared/events';
import { webUrl } from '../support/browser';
import { arrangeProvinceWithOneUnit, platformAdmin, screenshot, signIn, signOut, specBrowser, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('queue-board-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

it(
  'the platform administrator opens the queue board from the platform tabs and sees every queue',
  async () => {
    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, null, platformAdmin());
    await page.getByTestId('provinces-screen').waitFor();
    // Once the app's service worker is active it answers navigations with the app's shell: the board's
    // address must reach the gateway all the same (a returning admin has that worker from the start).
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.getByTestId('platform-queue-board').click();
    await page.waitForURL(/\/ops\/queues\//);
    for (const queue of WORKER_QUEUES) await page.getByText(queue, { exact: true }).first().waitFor();
    await screenshot(page, 'queue-board-01-queues');
    await page.goBack();
    await page.getByTestId('provinces-screen').waitFor();
    await signOut(page);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "a province administrator who opens the board's address is told who may see it and what to do",
  async () => {
    const { page } = await newPage();
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.admin);
    const answer = await page.goto(new URL('ops/queues/', webUrl()).toString());
    expect(answer?.status()).toBe(401);
    await page.getByText('Hãy đăng nhập bằng tài khoản quản trị nền tảng').waitFor();
    await screenshot(page, 'queue-board-02-refused');
  },
  TIMEOUT,
);

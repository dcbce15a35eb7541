// "Phiên đăng nhập": an official signed in on two PCs sees both sign-ins, ends the other one from this one
// (which is then asked to sign in again), and finally signs out everywhere. Screenshots go to
// .data/screenshots/sessions-*.png.
import { webUrl } from '../support/browser';
import { arrangeProvinceWithOneUnit, pathOnceAt, screenshot, signIn, specBrowser, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('sessions-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

it(
  'lists the official’s sign-ins, ends the one on another PC, then signs out everywhere',
  async () => {
    const { provinceCode, reporter } = fixture;
    // Two PCs: two browsers of their own (each its own cookie).
    const office = await newPage();
    const home = await newPage();
    for (const { page } of [home, office]) {
      await page.goto(webUrl());
      await signIn(page, provinceCode, reporter);
      await pathOnceAt(page, /^\/don-vi\//);
    }

    const { page, pageErrors } = office;
    await page.getByTestId('header-sessions').click();
    await page.getByTestId('session-table').waitFor();
    await page.getByTestId('session-other').first().waitFor();
    expect(await page.getByTestId('session-current').count()).toBe(1);
    expect(await page.getByTestId('session-current').textContent()).toContain('Chrome trên Linux');
    await screenshot(page, 'sessions-01-list');

    // Every other sign-in ends: the PC at home, and the ones the test's set-up made.
    while ((await page.getByTestId('session-other').count()) > 0) {
      const others = await page.getByTestId('session-other').count();
      await page.getByTestId('session-end').first().click();
      await page.getByTestId('session-ended').waitFor();
      // The list, fetched again, has one sign-in fewer.
      await page.getByTestId('session-other').nth(others - 1).waitFor({ state: 'detached' });
    }

    // The PC at home is asked to sign in again at its next request, with the reason.
    await home.page.reload();
    await home.page.getByTestId('login-form').waitFor();
    expect(await home.page.getByTestId('error-message').getAttribute('data-code')).toBe('UNAUTHENTICATED');
    await screenshot(home.page, 'sessions-02-ended-elsewhere');

    await page.getByTestId('logout-everywhere').click();
    await page.getByTestId('login-form').waitFor();
    await page.reload();
    await page.getByTestId('login-form').waitFor();
    expect(pageErrors).toEqual([]);
    expect(home.pageErrors).toEqual([]);
  },
  TIMEOUT,
);

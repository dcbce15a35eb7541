// Every screen has an address: each role lands on its own home, a deep link survives signing in and a
// reload (also when the app is served under a base path), Back and Forward move between screens and
// periods, the six-month review is as reachable as the yearly one, and an address that is not the
// official's says so. Screenshots go to .data/screenshots/routes-*.png.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { webUrl } from '../support/browser';
import { vietnamToday } from '@qcdc/shared/contracts';
import { testClock } from '@qcdc/shared/testing';
import {
  arrangeProvinceWithOneUnit,
  specBrowser,
  pathOnceAt,
  platformAdmin,
  screenshot,
  signIn,
  signOut,
  waitForText,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 120_000;
const WORKSPACE = path.resolve(__dirname, '../..');

const newPage = specBrowser('routes-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

/** The period line of a unit or overview screen, once it names `text`. */
const periodLine = (page: Page, text: string) => waitForText(page, 'period-line', text);

it(
  'each role lands on its own home after signing in',
  async () => {
    const { page, pageErrors } = await newPage();
    const { provinceCode, year, rootId, bloc, unit } = fixture;
    const homes: [string, string | null, { username: string; password: string }, string][] = [
      ['platform admin', null, platformAdmin(), '/tinh-thanh'],
      ['province admin', provinceCode, fixture.admin, `/quan-tri/${rootId}/co-cau`],
      ['committee', provinceCode, fixture.committee, `/tong-quan/${rootId}/${year}/nam`],
      ['bloc reviewer', provinceCode, fixture.blocReviewer, `/tong-quan/${bloc.id}/${year}/nam`],
      ['unit reporter', provinceCode, fixture.reporter, `/don-vi/${unit.id}/${year}/nam`],
      ['unit head', provinceCode, fixture.head, `/don-vi/${unit.id}/${year}/nam`],
    ];
    await page.goto(webUrl());
    const landed: Record<string, string> = {};
    for (const [role, province, who] of homes) {
      await signIn(page, province, who);
      // Once a screen shows, the address is where the official landed (redirects included).
      await page.locator('[data-testid$="-screen"]').first().waitFor();
      landed[role] = new URL(page.url()).pathname;
      if (role === 'bloc reviewer') {
        // The bloc's units side by side, without the province's figures.
        await page.getByTestId(`unit-row-${unit.code}`).waitFor();
        expect(await page.getByTestId('rollup-submitted').count()).toBe(0);
        await screenshot(page, 'routes-01-bloc-reviewer');
      }
      await signOut(page);
      // Signing out on purpose does not keep the address for the next person.
      expect(await pathOnceAt(page, /^\/dang-nhap/)).toBe('/dang-nhap');
    }
    expect(landed).toEqual(Object.fromEntries(homes.map(([role, , , home]) => [role, home])));
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'a deep link to the six-month review survives signing in and a reload; Back and Forward move between periods',
  async () => {
    const { page, pageErrors } = await newPage();
    const { provinceCode, year, unit, reporter } = fixture;
    const sixMonth = `/don-vi/${unit.id}/${year}/6-thang`;
    const yearly = `/don-vi/${unit.id}/${year}/nam`;
    const sixMonthLine = `Kỳ sơ kết 6 tháng đầu năm ${year}: số liệu từ 15/12/${year - 1} đến 14/06/${year}, hạn nộp 20/06/${year}.`;
    const yearlyLine = `Kỳ tổng kết năm ${year}: số liệu từ 01/01/${year} đến 31/12/${year}`;

    // Not signed in: the address waits while the official signs in, then opens.
    await page.goto(`${webUrl()}${sixMonth}`);
    expect(await pathOnceAt(page, /^\/dang-nhap/)).toBe(`/dang-nhap?tiep=${encodeURIComponent(sixMonth)}`);
    await signIn(page, provinceCode, reporter);
    expect(await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//)).toBe(sixMonth);
    await periodLine(page, sixMonthLine);
    expect(await page.getByTestId('period-link-SIX_MONTH').getAttribute('aria-current')).toBe('page');
    // A new activity is dated within the period: today, or its last day once it is over.
    const today = vietnamToday(testClock().now());
    const lastDay = `${year}-06-14`;
    expect(await page.getByTestId('activity-date').inputValue()).toBe(today < lastDay ? today : lastDay);
    expect(await page.getByTestId('activity-date').getAttribute('max')).toBe(today < lastDay ? today : lastDay);
    // The scoring and the report are the period's second part, at an address of their own.
    await page.getByTestId('unit-tab-scoring').click();
    expect(await pathOnceAt(page, /\/cham-diem$/)).toBe(`${sixMonth}/cham-diem`);
    await waitForText(page, 'section-report', 'Báo cáo sơ kết 6 tháng');
    await page.getByTestId('score-table').waitFor();
    await page.getByTestId('report-status').waitFor();
    await screenshot(page, 'routes-02-six-month');

    // A reload keeps the address and the screen (vite preview serves the app for every address).
    await page.reload();
    await periodLine(page, sixMonthLine);
    expect(new URL(page.url()).pathname).toBe(`${sixMonth}/cham-diem`);
    await page.getByTestId('unit-tab-activities').click();
    expect(await pathOnceAt(page, /\/6-thang$/)).toBe(sixMonth);

    // The yearly review is one link away; Back and Forward follow.
    await page.getByTestId('period-link-YEAR').click();
    expect(await pathOnceAt(page, /\/nam$/)).toBe(yearly);
    await periodLine(page, yearlyLine);
    await page.goBack();
    expect(await pathOnceAt(page, /\/6-thang$/)).toBe(sixMonth);
    await periodLine(page, sixMonthLine);
    await page.goForward();
    expect(await pathOnceAt(page, /\/nam$/)).toBe(yearly);
    await periodLine(page, yearlyLine);

    // Another year has its own address; the province opened no period for it.
    await page.getByTestId('year-picker').selectOption(String(year - 1));
    expect(await pathOnceAt(page, new RegExp(`/${year - 1}/nam$`))).toBe(`/don-vi/${unit.id}/${year - 1}/nam`);
    await waitForText(page, 'no-period', `Tỉnh chưa mở kỳ tổng kết năm ${year - 1}`);
    await page.goBack();
    await periodLine(page, yearlyLine);

    // The bare unit address opens this year's yearly review.
    await page.goto(`${webUrl()}/don-vi/${unit.id}`);
    expect(await pathOnceAt(page, /\/nam$/)).toBe(yearly);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "an address that is not one of the official's pages says so and leads home",
  async () => {
    const { page, pageErrors } = await newPage();
    const { provinceCode, year, rootId, unit, reporter, committee } = fixture;
    await page.goto(webUrl());
    await signIn(page, provinceCode, reporter);
    await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//);

    for (const address of [`/tong-quan/${rootId}/${year}/nam`, `/don-vi/${unit.id}/1999/nam`, `/don-vi/${unit.id}/${year}/quy`, '/khong-co-trang-nay']) {
      await page.goto(`${webUrl()}${address}`);
      await page.getByTestId('not-found').waitFor();
      expect(new URL(page.url()).pathname).toBe(address);
    }
    await screenshot(page, 'routes-03-not-found');
    await page.getByTestId('go-home').click();
    expect(await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//)).toBe(`/don-vi/${unit.id}/${year}/nam`);

    // A deep link someone else sent: whoever signs in and may not see it lands on their own home.
    await signOut(page);
    await page.goto(`${webUrl()}/don-vi/${unit.id}/${year}/6-thang`);
    await signIn(page, provinceCode, committee);
    expect(await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\//)).toBe(`/tong-quan/${rootId}/${year}/nam`);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'an expired access token is renewed on the way; a refused session sends the official to sign in, where they left off',
  async () => {
    const { page, pageErrors } = await newPage();
    const { provinceCode, year, unit, reporter } = fixture;
    const sixMonth = `/don-vi/${unit.id}/${year}/6-thang`;
    await page.goto(`${webUrl()}${sixMonth}`);
    await signIn(page, provinceCode, reporter);
    await periodLine(page, `Kỳ sơ kết 6 tháng đầu năm ${year}`);

    // The access token lives in the page's memory only, the refresh token in an httpOnly cookie: no script
    // can read either. A reload renews the session from the cookie and the screen opens as usual.
    // (Strings, not functions: this file is compiled without the DOM's types.)
    expect(await page.evaluate(`JSON.stringify(Object.values(sessionStorage).concat(Object.values(localStorage)))`)).not.toMatch(/eyJ|\.[A-Za-z0-9_-]{40}/);
    expect(await page.evaluate(`document.cookie`)).not.toContain('qcdc_refresh');
    expect((await page.context().cookies()).find((c) => c.name === 'qcdc_refresh')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // The screen may be drawn from what the device kept before the renewal answers; the renewal's answer sets
    // the next cookie, so the test waits for it (else clearing the cookies below could race that answer).
    const renewed = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('refreshSession'));
    await page.reload();
    expect((await renewed).ok()).toBe(true);
    await periodLine(page, `Kỳ sơ kết 6 tháng đầu năm ${year}`);

    // The session is gone (here: its cookie): back to sign-in with the server's reason, and back to the same
    // address after it.
    await page.context().clearCookies();
    await page.reload();
    expect(await pathOnceAt(page, /^\/dang-nhap/)).toBe(`/dang-nhap?tiep=${encodeURIComponent(sixMonth)}`);
    expect(await page.getByTestId('error-message').getAttribute('data-code')).toBe('UNAUTHENTICATED');
    await screenshot(page, 'routes-04-session-ended');
    await signIn(page, provinceCode, reporter);
    expect(await pathOnceAt(page, /\/6-thang$/)).toBe(sixMonth);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

// ---- Served under a base path: the same app built with WEB_BASE_PATH=/qcdc/ and served by vite preview.

const BASE = '/qcdc';
let preview: ChildProcess | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200 (the preview server is up), or fails after `timeoutMs`. */
async function answers(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (preview?.exitCode != null) throw new Error(`vite preview exited (${preview.exitCode})`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

afterAll(() => {
  preview?.kill('SIGTERM');
});

it(
  'under a base path, a deep link is served, signs in through the proxied /qcdc/graphql and survives a reload',
  async () => {
    const outDir = path.join(WORKSPACE, '.data/web-base-path');
    const vite = path.join(WORKSPACE, 'node_modules/.bin/vite');
    const env: NodeJS.ProcessEnv = { ...process.env, WEB_BASE_PATH: `${BASE}/` };
    delete env['NODE_ENV'];
    const built = spawnSync(vite, ['build', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--logLevel', 'error'], {
      cwd: WORKSPACE,
      env,
      encoding: 'utf8',
    });
    expect(built.status === 0 ? '' : `${built.stdout}${built.stderr}`).toBe('');

    const port = await freePort();
    preview = spawn(
      vite,
      ['preview', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
      { cwd: WORKSPACE, env, stdio: 'ignore' },
    );
    const origin = `http://127.0.0.1:${port}`;
    await answers(`${origin}${BASE}/`);

    const { page, pageErrors } = await newPage();
    const { provinceCode, year, unit, reporter } = fixture;
    const sixMonth = `${BASE}/don-vi/${unit.id}/${year}/6-thang`;
    await page.goto(`${origin}${sixMonth}`);
    expect(await pathOnceAt(page, /\/dang-nhap/)).toBe(`${BASE}/dang-nhap?tiep=${encodeURIComponent(sixMonth.slice(BASE.length))}`);
    await signIn(page, provinceCode, reporter);
    expect(await pathOnceAt(page, /\/6-thang$/)).toBe(sixMonth);
    await periodLine(page, `Kỳ sơ kết 6 tháng đầu năm ${year}`);
    await page.reload();
    await periodLine(page, `Kỳ sơ kết 6 tháng đầu năm ${year}`);
    expect(new URL(page.url()).pathname).toBe(sixMonth);
    await screenshot(page, 'routes-05-base-path');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

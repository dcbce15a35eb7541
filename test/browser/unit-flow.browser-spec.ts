// A unit's year, end to end in the browser: the reporter records a briefing by pasting its attendance,
// scores every criterion and saves; the unit's head submits the report; the committee then sees the
// submission in its overview.
// Screenshots of each screen go to .data/screenshots/ for a person to look at.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { completeReportDraft } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import { axeViolations } from './a11y';
import {
  SCREENSHOTS,
  arrangeProvinceWithOneUnit,
  gatewayRequest,
  loginToken,
  signOut,
  specBrowser,
  pathOnceAt,
  screenshot,
  signIn,
  waitForText,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 120_000;

const newPage = specBrowser('unit-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

const shot = (page: Page, name: string) => screenshot(page, `unit-${name}`);

it(
  'a reporter records and scores, the head submits; the committee sees it in the overview',
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, unit, reporter, committee } = fixture;

    // Sign-in screen: Vietnamese first, the new province in the dropdown.
    await page.goto(webUrl());
    expect(await pathOnceAt(page, /^\/dang-nhap$/)).toBe('/dang-nhap');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.locator(`[data-testid=login-province] option[value="${fixture.provinceCode}"]`).waitFor({ state: 'attached' });
    await shot(page, '01-login');
    await signIn(page, fixture.provinceCode, reporter);

    // The reporter lands on their unit's yearly review of this year.
    expect(await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//)).toBe(`/don-vi/${unit.id}/${year}/nam`);
    await waitForText(page, 'unit-name', unit.name);
    await waitForText(page, 'header-user', reporter.displayName);
    await waitForText(page, 'header-province', fixture.provinceName);

    // (a) A briefing: pasting the attendance line fills present / eligible.
    await page.getByTestId('activity-date').fill(`${year}-01-15`);
    await page.getByTestId('fact-topic').fill('Quán triệt Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
    await page.getByTestId('fact-documents').fill('Kế hoạch số 12-KH/ĐUK ngày 05/01');
    await page.getByTestId('activity-paste').fill('15/16 đ/c dự');
    expect(await page.getByTestId('fact-present').inputValue()).toBe('15');
    expect(await page.getByTestId('fact-eligible').inputValue()).toBe('16');

    // Present above eligible is caught before anything is sent.
    await page.getByTestId('fact-present').fill('17');
    // In the words of the rule itself (libs/activities/domain), as the server would say it.
    await waitForText(page, 'error-present', 'Số người dự (17) không thể lớn hơn tổng số được triệu tập (16).');
    await page.getByTestId('fact-present').fill('15');

    // The draft survives a reload (it lives in IndexedDB until saved): once the form says it is kept.
    await page.locator('[data-testid=draft-kept][data-stored=true]').waitFor();
    await page.reload();
    expect(await page.getByTestId('fact-topic').inputValue()).toContain('Quán triệt Luật');
    expect(await page.getByTestId('fact-present').inputValue()).toBe('15');

    await page.getByTestId('record-activity').click();
    await page.getByTestId('activity-saved').waitFor();
    await waitForText(page, 'activity-summary', '15/16');
    expect(await page.getByTestId('fact-topic').inputValue()).toBe('');

    // The staff conference, through its own form (without it the band is capped: a veto of the rubric).
    await page.getByTestId('activity-kind').selectOption('STAFF_CONFERENCE');
    await page.locator('[data-testid=activity-form][data-kind=STAFF_CONFERENCE]').waitFor();
    await page.getByTestId('activity-date').fill(`${year}-01-20`);
    await page.getByTestId('fact-conferenceType').selectOption('REGULAR');
    expect(await page.getByTestId('fact-workYear').inputValue()).toBe(String(year));
    await page.getByTestId('activity-paste').fill('32/32 CBCC dự');
    await page.getByTestId('record-activity').click();
    await waitForText(page, 'activity-summary', `Hội nghị CBCCVC thường kỳ năm ${year}: 32/32 CBCC dự`);
    await shot(page, '02-activities');

    // (b) Self-assessment: full marks on every criterion.
    await page.getByTestId('unit-tab-scoring').click();
    await page.getByTestId('score-table').waitFor();
    const pointInputs = page.locator('[data-testid^="points-"]');
    const count = await pointInputs.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const input = pointInputs.nth(i);
      await input.fill((await input.getAttribute('data-max')) ?? '0');
    }
    await waitForText(page, 'live-total', '100 / 100');
    await waitForText(page, 'live-band', 'Tốt');
    await page.getByTestId('save-self-assessment').click();
    await waitForText(page, 'saved-self-assessment', 'xếp loại Tốt');
    await shot(page, '02-unit');
    // Filled in and saved, as the reporter leaves it: nothing serious for axe-core (layout.browser-spec.ts has the rest).
    expect(await axeViolations(page)).toEqual([]);

    // (c) The report: written by the reporter (the required sections and the signer, as completeReportDraft
    // writes them), submitted by the unit's head from the report tab, through the confirmation step.
    await page.getByTestId('open-report-editor').click();
    await page.getByTestId('report-editor').waitFor();
    const reporterToken = await loginToken(fixture.provinceCode, reporter.username, reporter.password);
    const { reportingPeriods } = await gatewayRequest<{ reportingPeriods: { id: string; kind: string }[] }>(
      `query($y: Int!) { reportingPeriods(year: $y) { id kind } }`,
      { y: year },
      reporterToken,
    );
    await completeReportDraft({ ok: gatewayRequest }, reporterToken, unit.id, reportingPeriods.find((p) => p.kind === 'YEAR')?.id ?? '');
    await signOut(page);
    await signIn(page, fixture.provinceCode, fixture.head);
    await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\/nam$/);
    await page.getByTestId('unit-tab-report').click();
    await page.getByTestId('no-blocking-problems').waitFor();
    await page.getByTestId('submit-report').click();
    await page.getByTestId('submit-confirm').waitFor();
    await page.getByTestId('submit-panel').screenshot({ path: path.join(SCREENSHOTS, 'unit-03-confirm.png') });
    await page.getByTestId('confirm-submit').click();
    await page.locator('[data-testid=report-state][data-status=SUBMITTED]').waitFor();
    await page.getByTestId('unit-tab-scoring').click();
    await waitForText(page, 'report-status', 'Đã nộp lúc');
    expect(await page.getByTestId('report-late').count()).toBe(0);
    await page.getByTestId('section-report').screenshot({ path: path.join(SCREENSHOTS, 'unit-04-submitted.png') });

    await page.getByTestId('logout').click();
    await page.getByTestId('login-form').waitFor();

    // The committee member lands on the province's overview of the yearly review.
    await signIn(page, fixture.provinceCode, committee);
    expect(await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\//)).toBe(`/tong-quan/${fixture.rootId}/${year}/nam`);
    await page.getByTestId('overview-screen').waitFor();
    await waitForText(page, 'header-user', committee.displayName);

    // The roll-up is computed by the worker shortly after the submission: refresh until it shows.
    const deadline = Date.now() + 30_000;
    while ((await page.getByTestId('rollup-submitted').textContent()) !== '1') {
      if (Date.now() > deadline) throw new Error('the overview never showed the submission');
      const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('provinceRollup'));
      await page.getByTestId('refresh-overview').click();
      await answered;
    }
    expect(await page.getByTestId('rollup-expected').textContent()).toBe('1');
    expect(await page.getByTestId('rollup-rate').textContent()).toBe('100%');
    await waitForText(page, 'rollup-updated-at', 'Số liệu cập nhật lúc');

    const row = page.getByTestId(`unit-row-${unit.code}`);
    await row.waitFor();
    expect(await row.getByTestId('row-score').textContent()).toBe('100');
    expect(await row.getByTestId('row-band').textContent()).toBe('Tốt');
    expect(await row.textContent()).toContain('Đã nộp');

    // The filter finds the unit without diacritics, and hides it for a non-match.
    await page.getByTestId('comparison-filter').fill('van phong dang uy');
    await row.waitFor();
    await shot(page, '05-overview');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('comparison-filter').fill('không có đơn vị này');
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('comparison-filter').fill('');

    // English second: the switch changes the labels and is remembered.
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'logout', 'Sign out');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot(page, '06-overview-en');
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'logout', 'Đăng xuất');

    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

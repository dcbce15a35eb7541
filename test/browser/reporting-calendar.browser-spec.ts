// The province's reporting calendar in the browser: the admin is told what to fix in a rule (a day no year
// has), saves the calendar, creates the next year's periods from it (created, then kept on a second press),
// and closes and reopens a period.
import type { Page } from 'playwright-core';
import { webUrl } from '../support/browser';
import { axeViolations } from './a11y';
import { arrangeProvinceWithOneUnit, pathOnceAt, screenshot, signIn, specBrowser, waitForText, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;

const newPage = specBrowser('calendar-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

const shot = (page: Page, name: string) => screenshot(page, `calendar-${name}`);

it(
  'the admin saves the calendar, creates a year’s periods from it, and closes and reopens a period',
  async () => {
    const { page, pageErrors } = await newPage();
    const next = fixture.year + 1;

    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.getByTestId('admin-tab-calendar').click();
    await page.getByTestId('reporting-calendar').waitFor();
    await page.getByTestId('year-picker').selectOption(String(next));
    expect(await pathOnceAt(page, /ky-bao-cao\/\d{4}$/)).toBe(`/quan-tri/${fixture.rootId}/ky-bao-cao/${next}`);
    await page.getByTestId('section-calendar').waitFor();
    await waitForText(page, 'calendar-saved-line', 'lịch thông lệ');
    await page.getByTestId('no-periods').waitFor();

    // A day no year has is caught before anything is sent, naming what to do.
    await page.getByTestId('rule-YEAR-due').fill('02-30');
    await page.getByTestId('save-calendar').click();
    await waitForText(page, 'calendar-problem', 'không có trong năm');
    // Due before the window opens, too.
    await page.getByTestId('rule-YEAR-previous').uncheck();
    await page.getByTestId('rule-YEAR-due').fill('12-10');
    await page.getByTestId('rule-YEAR-start').fill('12-12');
    await page.getByTestId('save-calendar').click();
    await waitForText(page, 'calendar-problem', 'hạn nộp');
    await page.getByTestId('rule-YEAR-previous').check();
    await page.getByTestId('rule-YEAR-start').fill('12-15');
    await page.getByTestId('rule-YEAR-due').fill('12-22');
    await page.getByTestId('rule-YEAR-grace').fill('5');
    await page.getByTestId('save-calendar').click();
    await waitForText(page, 'calendar-saved-line', 'Đã lưu lúc');

    await page.getByTestId('generate-periods').click();
    await waitForText(page, 'periods-generated', `Năm ${next}: đã tạo 2 kỳ mới, giữ nguyên 0 kỳ đã có.`);
    await waitForText(page, 'period-row-YEAR', `22/12/${next}`);
    await page.getByTestId('generate-periods').click();
    await waitForText(page, 'periods-generated', `Năm ${next}: đã tạo 0 kỳ mới, giữ nguyên 2 kỳ đã có.`);

    await page.getByTestId('period-close-YEAR').click();
    await waitForText(page, 'period-row-YEAR', 'Đã đóng');
    await shot(page, '01-closed');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('period-reopen-YEAR').click();
    await waitForText(page, 'period-row-YEAR', 'Đang mở');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

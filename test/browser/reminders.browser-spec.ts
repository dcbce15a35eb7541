// Deadline reminders in the browser: the province administrator sets a period's reminder milestones from the
// calendar (a malformed list is refused before anything is sent, a milestone too long after the due date by
// the server, with what to do); the committee finds the same schedule from its overview; a unit's reporter sees
// the unread count on the bell, reads the reminders, marks one read and sets quiet hours. The reminders
// themselves are the worker's (test/medium/reminders): here two are filed as the worker files them.
// Screenshots: .data/screenshots/reminders-*.png.
import { LATEST_REMINDER_OFFSET } from '@qcdc/reports/domain';
import { ownerClient } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import {
  arrangeProvinceWithOneUnit,
  gatewayRequest,
  loginToken,
  screenshot,
  signIn,
  signOut,
  specBrowser,
  waitForText,
  waitInPage,
  yearlyPeriodId,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('reminders-99-last', TIMEOUT);
let fixture: ProvinceFixture;
let periodId: string;
let adminToken: string;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
  adminToken = await loginToken(fixture.provinceCode, fixture.admin.username, fixture.admin.password);
  periodId = await yearlyPeriodId(fixture.year, adminToken);
}, TIMEOUT);

it(
  "the province administrator sets a period's reminder milestones from the calendar",
  async () => {
    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.getByTestId('admin-tab-calendar').click();
    await page.getByTestId('period-reminders-YEAR').first().click();
    await page.getByTestId('reminder-schedule-form').waitFor();
    // The default is T-14, T-7, T-3, T-0 and T+3, the last after the due day (the fixture's period has no
    // grace days: a late unit is still chased), and the hint says how late a milestone may be.
    expect(await page.getByTestId('reminder-milestones').locator('tbody tr').count()).toBe(5);
    expect(await page.getByTestId('reminder-schedule-hint').innerText()).toContain(`muộn nhất ${LATEST_REMINDER_OFFSET} ngày sau hạn`);
    // Which period, its due day and grace days.
    expect(await page.getByTestId('reminder-period-line').innerText()).toContain(`hạn nộp 31/12/${fixture.year}. Gia hạn 0 ngày.`);

    await page.getByTestId('reminder-offsets').fill('-7, ba');
    await page.getByTestId('save-reminder-schedule').click();
    await waitForText(page, 'reminder-schedule-problem', 'Vui lòng nhập các số nguyên cách nhau bằng dấu phẩy');

    await page.getByTestId('reminder-offsets').fill(`-7, 0, ${LATEST_REMINDER_OFFSET + 10}`);
    await page.getByTestId('save-reminder-schedule').click();
    // Refused by the server (too long after the due day), with what to do.
    await page.locator('[data-testid=error-message][data-code=BAD_USER_INPUT]').waitFor();
    expect(await page.getByTestId('error-message').innerText()).toContain(`Mốc nhắc ${LATEST_REMINDER_OFFSET + 10} ngày sau hạn nộp quá muộn`);
    expect(await page.getByTestId('reminder-schedule-problem').count()).toBe(0);
    await screenshot(page, 'reminders-01-refused');

    await page.getByTestId('reminder-offsets').fill('-10, -3, 0');
    await page.getByTestId('save-reminder-schedule').click();
    await waitForText(page, 'reminder-schedule-saved', 'Đã lưu lịch nhắc.');
    await page.reload();
    // The device's kept answer may be shown first; the form then starts again from the server's.
    await waitInPage(page, `document.querySelector('[data-testid=reminder-offsets]')?.value === '-10, -3, 0'`);
    expect(await page.getByTestId('reminder-milestones').locator('tbody tr').count()).toBe(3);
    await screenshot(page, 'reminders-02-schedule');

    // Once the period is closed, its schedule is shown with why it can no longer change and what to do.
    const setStatus = (op: 'closeReportingPeriod' | 'reopenReportingPeriod') =>
      gatewayRequest(`mutation($p: ID!) { ${op}(periodId: $p) { status } }`, { p: periodId }, adminToken);
    await setStatus('closeReportingPeriod');
    try {
      await page.reload();
      await waitForText(page, 'reminder-period-closed', 'mở lại kỳ ở mục Lịch báo cáo');
      expect(await page.getByTestId('reminder-offsets').count()).toBe(0);
      expect(await page.getByTestId('reminder-milestones').locator('tbody tr').count()).toBe(3);
      await screenshot(page, 'reminders-03-closed');
    } finally {
      await setStatus('reopenReportingPeriod');
    }
    await signOut(page);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the committee opens the period's reminder schedule from its overview",
  async () => {
    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.committee);
    await page.getByTestId('reminder-schedule-link').click();
    // The schedule the administrator saved in the test above.
    await waitInPage(page, `document.querySelector('[data-testid=reminder-offsets]')?.value === '-10, -3, 0'`);
    expect(new URL(page.url()).pathname).toBe(`/lich-nhac/${periodId}`);
    await signOut(page);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  'a unit reporter sees the unread count, reads the reminders, marks one read and sets quiet hours',
  async () => {
    const token = await loginToken(fixture.provinceCode, fixture.reporter.username, fixture.reporter.password);
    const { me } = await gatewayRequest<{ me: { userId: string } }>(`{ me { userId } }`, {}, token);
    const owner = await ownerClient();
    try {
      for (const [milestone, title] of [
        ['T-7', 'Còn 7 ngày đến hạn nộp báo cáo'],
        ['T-3', 'Còn 3 ngày đến hạn nộp báo cáo'],
      ]) {
        await owner.query(
          `INSERT INTO reminders.notifications (tenant_id, user_id, period_id, unit_id, kind, milestone, title, body)
           VALUES ($1, $2, $3, $4, 'REMINDER', $5, $6, 'Đơn vị chưa nộp báo cáo năm.')`,
          [fixture.provinceId, me.userId, periodId, fixture.unit.id, milestone, title],
        );
      }
    } finally {
      await owner.end();
    }

    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.reporter);
    await waitForText(page, 'notification-unread', '2');
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-list').waitFor();
    expect(await page.getByTestId('notification').count()).toBe(2);
    await page.getByTestId('notification-mark-read').first().click();
    await waitForText(page, 'notification-unread', '1');
    await screenshot(page, 'reminders-03-notifications');

    await page.getByTestId('quiet-start').fill('21:00');
    await page.getByTestId('quiet-end').fill('07:00');
    await page.getByTestId('opt-out').check();
    await page.getByTestId('save-preferences').click();
    await waitForText(page, 'preferences-saved', 'Đã lưu tùy chọn.');
    await page.reload();
    // The device's kept answer may be shown first; the form then starts again from the server's.
    await waitInPage(page, `document.querySelector('[data-testid=quiet-start]')?.value === '21:00'`);
    expect(await page.getByTestId('quiet-start').inputValue()).toBe('21:00');
    expect(await page.getByTestId('quiet-end').inputValue()).toBe('07:00');
    expect(await page.getByTestId('opt-out').isChecked()).toBe(true);
    await signOut(page);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

// Setting a province up by hand, end to end in the browser: the platform administrator creates the province
// (and suspends and reactivates it, through the confirmation); its administrator adds a bloc and a unit, a
// reporter account, adopts the rubric and opens the yearly period; the reporter then finds their unit screen
// with that period. Screenshots of each screen go to .data/screenshots/admin-*.png for a person to look at.
import type { Page } from 'playwright-core';
import { webUrl } from '../support/browser';
import { testYear } from '@qcdc/shared/testing';
import {
  specBrowser,
  pathOnceAt,
  platformAdmin,
  screenshot,
  uniqueSuffix,
  waitForText,
  type Credentials,
} from './support';

const TIMEOUT = 120_000;

const newPage = specBrowser('admin-99-last', TIMEOUT);

const shot = (page: Page, name: string) => screenshot(page, `admin-${name}`);

/** Signs in from the login screen; `province` is the label in the dropdown. */
async function logIn(page: Page, province: string, who: Credentials) {
  await page.getByTestId('login-form').waitFor();
  await page.locator('[data-testid=login-province] option', { hasText: province }).first().waitFor({ state: 'attached' });
  await page.getByTestId('login-province').selectOption({ label: province });
  await page.getByTestId('login-username').fill(who.username);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
}

async function logOut(page: Page) {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-form').waitFor();
}

/** The value of the option of `select` whose text contains `text`. */
async function optionValue(page: Page, select: string, text: string): Promise<string> {
  const value = await page.locator(`[data-testid=${select}] option`, { hasText: text }).first().getAttribute('value');
  if (!value) throw new Error(`no option "${text}" in ${select}`);
  return value;
}

const optionValues = (page: Page, select: string) =>
  page.locator(`[data-testid=${select}] option`).evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? ''));

it(
  'a province is set up in the browser, and its reporter finds the unit and the period',
  async () => {
    const { page, pageErrors } = await newPage();

    const suffix = uniqueSuffix();
    const year = testYear();
    const province = { code: `qt-${suffix}`, name: `Tỉnh Quản Trị ${suffix.toUpperCase()}` };
    const admin = { username: 'quantri.tinh', password: 'mat-khau-quan-tri', displayName: 'Lê Văn Quản' };
    const bloc = { code: 'DUK', name: 'Đảng ủy Khối các cơ quan tỉnh' };
    const unit = { code: 'VP-DUK', name: 'Văn phòng Đảng ủy Khối các cơ quan tỉnh' };
    const reporter = { username: 'vp-duk.baocao', password: 'mat-khau-bao-cao', displayName: 'Phạm Thị Lan' };

    // ---- 1. The platform administrator creates the province.
    await page.goto(webUrl());
    await logIn(page, 'Quản trị hệ thống (không thuộc tỉnh)', platformAdmin());
    await page.getByTestId('provinces-screen').waitFor();
    expect(await pathOnceAt(page, /^\/tinh-thanh$/)).toBe('/tinh-thanh');
    await waitForText(page, 'header-province', 'Quản trị hệ thống');
    // A single workspace: no switcher to puzzle over.
    expect(await page.getByTestId('workspace-switcher').count()).toBe(0);

    await page.getByTestId('go-to-province-form').click();
    await page.getByTestId('province-code').fill(province.code.toUpperCase());
    await page.getByTestId('province-name').fill(province.name);
    await page.getByTestId('province-admin-name').fill(admin.displayName);
    await page.getByTestId('province-admin-username').fill(admin.username);
    // A password of digits only is refused before anything is sent.
    await page.getByTestId('province-admin-password').fill('1234567890123');
    await page.getByTestId('create-province').click();
    await waitForText(page, 'province-problem', 'ít nhất 10 ký tự');
    await page.getByTestId('province-admin-password').fill(admin.password);
    await page.getByTestId('create-province').click();
    await waitForText(page, 'province-created', `tên đăng nhập "${admin.username}"`);

    const row = page.getByTestId(`province-row-${province.code}`);
    await row.waitFor();
    await waitForText(page, 'province-status', 'Đang hoạt động');
    expect(await row.getByTestId('province-status').textContent()).toBe('Đang hoạt động');
    await shot(page, '01-provinces');

    // Suspend, then reactivate: each through a confirmation naming the province.
    await row.getByTestId('suspend-province').click();
    await waitForText(page, 'province-confirm', `Tạm ngừng ${province.name}?`);
    await shot(page, '02-province-confirm');
    await page.getByTestId('confirm-status-change').click();
    await row.getByTestId('province-status').filter({ hasText: 'Tạm ngừng' }).waitFor();
    await page.getByTestId('province-confirm').waitFor({ state: 'detached' });
    await row.getByTestId('reactivate-province').click();
    await waitForText(page, 'province-confirm', 'hoạt động lại');
    await page.getByTestId('confirm-status-change').click();
    await row.getByTestId('province-status').filter({ hasText: 'Đang hoạt động' }).waitFor();
    await waitForText(page, 'province-status-changed', 'Đang hoạt động');

    // Its settings open under its row, filled from its name; the place and the format change.
    await row.getByTestId('province-settings-button').click();
    const settings = page.getByTestId('province-settings-form');
    expect(await settings.getByTestId('setting-parent-body').inputValue()).toBe(
      `TỈNH ỦY ${province.name.replace(/^Tỉnh /, '').toLocaleUpperCase('vi')}`,
    );
    await settings.getByTestId('setting-place').fill('Thị xã Bình Minh');
    await settings.getByTestId('setting-format').selectOption('STATE');
    await shot(page, '02b-province-settings');
    await settings.getByTestId('save-province-settings').click();
    await waitForText(page, 'province-status-changed', 'Đã lưu thiết lập');
    await row.getByTestId('province-settings-button').click();
    expect(await page.getByTestId('setting-place').inputValue()).toBe('Thị xã Bình Minh');
    expect(await page.getByTestId('setting-format').inputValue()).toBe('STATE');
    await row.getByTestId('province-settings-button').click();
    await logOut(page);

    // ---- 2. Its administrator lands on the admin screen, org tree first.
    await logIn(page, province.name, admin);
    const setUp = await pathOnceAt(page, /^\/quan-tri\/[^/]+\/co-cau$/);
    const rootId = setUp.split('/')[2];
    await page.getByTestId('admin-screen').waitFor();
    await waitForText(page, 'header-province', province.name);
    await page.getByTestId('org-unit-form').waitFor();
    await shot(page, '03-units-empty');

    // A bloc: the form starts on "bloc" in a new province, under the committee.
    expect(await page.getByTestId('org-unit-kind-BLOC').isChecked()).toBe(true);
    await page.getByTestId('org-unit-code').fill(bloc.code);
    await page.getByTestId('org-unit-name').fill(bloc.name);
    await page.getByTestId('create-org-unit').click();
    await waitForText(page, 'org-unit-created', bloc.name);
    await page.getByTestId(`org-row-${bloc.code}`).waitFor();

    // A unit: it goes under the bloc just added and needs a real type.
    await page.getByTestId('org-unit-kind-UNIT').check();
    expect(await page.locator('[data-testid=org-unit-parent] option:checked').textContent()).toBe(
      `${bloc.name} (${bloc.code})`,
    );
    await page.getByTestId('org-unit-name').fill(unit.name);
    await page.getByTestId('org-unit-code').fill('vp duk');
    await page.getByTestId('create-org-unit').click();
    await waitForText(page, 'org-unit-problem', 'loại hình');
    await page.getByTestId('org-unit-type').selectOption('AGENCY');
    await page.getByTestId('create-org-unit').click();
    // The code rule's own words (libs/tenancy/domain), before anything is sent.
    await waitForText(page, 'org-unit-problem', 'Mã đơn vị chỉ gồm chữ, số');
    // A code already used (the bloc's, typed in lower case) is refused by the server, in its words.
    await page.getByTestId('org-unit-code').fill(bloc.code.toLowerCase());
    await page.getByTestId('create-org-unit').click();
    await waitForText(page, 'error-message', `Mã đơn vị "${bloc.code}" đã có`);
    await page.getByTestId('org-unit-code').fill(unit.code);
    await page.getByTestId('create-org-unit').click();
    await waitForText(page, 'org-unit-created', unit.name);
    const unitRow = page.getByTestId(`org-row-${unit.code}`);
    await unitRow.waitFor();
    expect(await unitRow.getAttribute('data-depth')).toBe('2');
    expect(await unitRow.textContent()).toContain('Cơ quan');
    await waitForText(page, 'org-tree-count', '1 khối, ngành và 1 đơn vị báo cáo');
    await shot(page, '04-units');

    // ---- 3. A reporter account for the unit; the roles follow the place of work.
    await page.getByTestId('admin-tab-users').click();
    await page.getByTestId('user-form').waitFor();
    expect(await pathOnceAt(page, /nguoi-dung$/)).toBe(`/quan-tri/${rootId}/nguoi-dung`);
    await page.getByTestId('user-unit').selectOption(await optionValue(page, 'user-unit', 'Ban Chỉ đạo'));
    expect(await optionValues(page, 'user-role')).toEqual(['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN']);
    await page.getByTestId('user-unit').selectOption(await optionValue(page, 'user-unit', bloc.name));
    expect(await optionValues(page, 'user-role')).toEqual(['BLOC_REVIEWER']);
    await page.getByTestId('user-unit').selectOption(await optionValue(page, 'user-unit', `(${unit.code})`));
    expect(await optionValues(page, 'user-role')).toEqual(['UNIT_REPORTER', 'UNIT_HEAD']);
    expect(await page.getByTestId('user-role').inputValue()).toBe('UNIT_REPORTER');
    await waitForText(page, 'user-role-hint', 'nộp báo cáo');

    await page.getByTestId('user-display-name').fill(reporter.displayName);
    await page.getByTestId('user-username').fill(reporter.username);
    await page.getByTestId('user-password').fill('ngan');
    await page.getByTestId('create-user').click();
    await waitForText(page, 'user-problem', 'ít nhất 10 ký tự');
    await page.getByTestId('user-password').fill(reporter.password);
    await page.getByTestId('create-user').click();
    await waitForText(page, 'user-created', `"${reporter.username}"`);
    const userRow = page.getByTestId(`user-row-${reporter.username}`);
    await userRow.waitFor();
    expect(await userRow.getByTestId('user-membership').textContent()).toBe(`Cán bộ báo cáo đơn vị — ${unit.name}`);
    // The passwords are not left in the form.
    expect(await page.getByTestId('user-password').inputValue()).toBe('');
    await shot(page, '05-users');

    // ---- 4. The rubric, and the yearly period with the customary window.
    await page.getByTestId('admin-tab-calendar').click();
    expect(await pathOnceAt(page, /ky-bao-cao\/\d{4}$/)).toBe(`/quan-tri/${rootId}/ky-bao-cao/${year}`);
    await page.getByTestId('rubric-missing').waitFor();
    await page.getByTestId('adopt-rubric').click();
    await page.getByTestId('rubric-table').waitFor();
    await waitForText(page, 'rubric-summary', 'Tổng điểm tối đa 100');

    await page.getByTestId('no-periods').waitFor();
    expect(await page.getByTestId('period-kind-YEAR').isChecked()).toBe(true);
    expect(await page.getByTestId('period-start').inputValue()).toBe(`${year - 1}-12-15`);
    expect(await page.getByTestId('period-end').inputValue()).toBe(`${year}-12-14`);
    expect(await page.getByTestId('period-due').inputValue()).toBe(`${year}-12-20`);
    await waitForText(page, 'period-summary', `từ 15/12/${year - 1} đến 14/12/${year}, hạn nộp 20/12/${year}`);
    await page.getByTestId('open-period').click();
    await waitForText(page, 'period-opened', `Đã mở kỳ Tổng kết năm ${year}.`);
    const periodRow = page.getByTestId('period-row-YEAR');
    await periodRow.waitFor();
    expect(await periodRow.getByTestId('period-window').textContent()).toBe(`15/12/${year - 1} – 14/12/${year}`);
    expect(await periodRow.getByTestId('period-status').textContent()).toBe('Đang mở');
    // The form moves on to the six-month review, with its own customary window.
    expect(await page.getByTestId('period-kind-SIX_MONTH').isChecked()).toBe(true);
    expect(await page.getByTestId('period-kind-YEAR').isDisabled()).toBe(true);
    expect(await page.getByTestId('period-end').inputValue()).toBe(`${year}-06-14`);
    await shot(page, '06-calendar');

    // The committee's overview stays one choice away, in the header's switcher; Back returns to the set-up.
    expect(await optionValues(page, 'workspace-switcher')).toEqual([`/quan-tri/${rootId}`, `/tong-quan/${rootId}`]);
    // Choosing alone moves nothing (a keyboard arrows through the list); "Mở" opens the choice.
    await page.getByTestId('workspace-switcher').selectOption(`/tong-quan/${rootId}`);
    expect(new URL(page.url()).pathname).toBe(`/quan-tri/${rootId}/ky-bao-cao/${year}`);
    await page.getByTestId('workspace-open').click();
    expect(await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\//)).toBe(`/tong-quan/${rootId}/${year}/nam`);
    await page.getByTestId('overview-screen').waitFor();
    await page.goBack();
    await page.getByTestId('reporting-calendar').waitFor();
    expect(await pathOnceAt(page, /ky-bao-cao\/\d{4}$/)).toBe(`/quan-tri/${rootId}/ky-bao-cao/${year}`);

    // English second, on the busiest tab.
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'logout', 'Sign out');
    await page.getByTestId('admin-tab-users').click();
    await page.getByTestId('user-table').waitFor();
    await shot(page, '07-users-en');
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'logout', 'Đăng xuất');
    await logOut(page);

    // ---- 5. The reporter signs in and finds the unit with the period and the rubric.
    await logIn(page, province.name, reporter);
    await pathOnceAt(page, new RegExp(`^/don-vi/[^/]+/${year}/nam$`));
    await page.getByTestId('unit-screen').waitFor();
    await waitForText(page, 'unit-name', unit.name);
    await waitForText(page, 'header-user', reporter.displayName);
    await waitForText(page, 'period-line', `từ 15/12/${year - 1} đến 14/12/${year}, hạn nộp 20/12/${year}`);
    await page.getByTestId('activity-form').waitFor();
    await page.getByTestId('unit-tab-scoring').click();
    await page.getByTestId('score-table').waitFor();
    await shot(page, '08-reporter');

    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

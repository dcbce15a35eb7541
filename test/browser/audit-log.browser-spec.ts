// Nhật ký thao tác in the browser: the province administrator adds a unit on the set-up screen and finds it in
// the log with who, under which role, what and the values; filters by person and by day; pages; reloads a
// filtered address and goes Back; a unit reporter who opens the log's address gets "no such page"; the
// platform administrator finds a province's suspension and reactivation. Screenshots: .data/screenshots/audit-*.png.
import type { Page } from 'playwright-core';
import { webUrl } from '../support/browser';
import {
  arrangeProvinceWithOneUnit,
  gatewayRequest,
  loginToken,
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

interface LoggedEntry {
  id: string;
  occurredAt: string;
  action: string;
  objectId: string;
  actor: { userId: string };
}

const AUDIT_LOG = `query($filter: AuditLogFilter, $page: AuditLogPageInput) {
  auditLog(filter: $filter, page: $page) { total entries { id occurredAt action objectId actor { userId } } }
}`;

const readLog = async (token: string, filter: object = {}) =>
  (await gatewayRequest<{ auditLog: { total: number; entries: LoggedEntry[] } }>(AUDIT_LOG, { filter, page: { size: 100 } }, token))
    .auditLog;

/**
 * The log as `token` reads it with `filter`, once it holds an entry `found` accepts: the audit consumer files
 * each change a moment after it commits (in order, one outbox after another), so this waits for it.
 */
async function logOnceItHas(token: string, filter: object, found: (e: LoggedEntry) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = await readLog(token, filter);
    if (log.entries.some(found)) return log;
    if (Date.now() > deadline) throw new Error(`no such audit entry within ${timeoutMs} ms: ${JSON.stringify(log.entries.slice(0, 3))}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** An instant as the log shows it: "30/11/2026 21:49", Vietnam time. */
function vietnamTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** The Vietnam calendar day of an instant, "YYYY-MM-DD", `shift` days later. */
function vietnamDay(iso: string, shift = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(Date.parse(iso) + shift * 86_400_000));
}

const newPage = specBrowser('audit-99-last', TIMEOUT);
let fixture: ProvinceFixture;
let adminToken: string;
let reporterId: string;
/** The score of the first criterion, taken away by the reporter's second save. */
let firstCriterionMax: number;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
  const { provinceCode, year, admin, reporter, bloc, unit } = fixture;
  adminToken = await loginToken(provinceCode, admin.username, admin.password);

  // The reporter scores the unit twice: the second save changes one criterion (a before → after).
  const reporterToken = await loginToken(provinceCode, reporter.username, reporter.password);
  ({
    me: { userId: reporterId },
  } = await gatewayRequest<{ me: { userId: string } }>(`{ me { userId } }`, {}, reporterToken));
  const { rubric, reportingPeriods } = await gatewayRequest<{
    rubric: { criteria: { id: string; maxPoints: number }[] };
    reportingPeriods: { id: string; kind: string }[];
  }>(`query($year: Int!) { rubric(year: $year) { criteria { id maxPoints } } reportingPeriods(year: $year) { id kind } }`, { year }, reporterToken);
  const periodId = reportingPeriods.find((p) => p.kind === 'YEAR')?.id;
  firstCriterionMax = rubric.criteria[0].maxPoints;
  const save = (firstPoints: number, expectedVersion: number) =>
    gatewayRequest(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id } }`,
      {
        input: {
          unitId: unit.id,
          periodId,
          scores: rubric.criteria.map((c, i) => ({ criterionId: c.id, points: i === 0 ? firstPoints : c.maxPoints })),
          expectedVersion,
        },
      },
      reporterToken,
    );
  await save(firstCriterionMax, 0);
  await save(0, 1);

  // Enough entries for a second page of 50.
  for (let i = 1; i <= 45; i += 1) {
    const n = String(i).padStart(2, '0');
    await gatewayRequest(
      `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
      { input: { parentId: bloc.id, code: `DV-${n}`, name: `Đơn vị thử nghiệm số ${n}`, kind: 'UNIT', unitType: 'AGENCY' } },
      adminToken,
    );
  }
  await logOnceItHas(adminToken, { userId: reporterId }, (e) => e.action === 'self-assessment.save');
}, TIMEOUT);

const rows = (page: Page) => page.getByTestId('audit-row');
const topPager = (page: Page, testId: string) => page.getByTestId('audit-pager-top').getByTestId(testId);

it(
  'the province administrator finds a change in the log, filters it by person and by day, pages, and keeps the filter in the address',
  async () => {
    const { page, pageErrors } = await newPage();
    const { provinceCode, rootId, bloc, admin, reporter } = fixture;
    const logAddress = `/quan-tri/${rootId}/nhat-ky`;

    // ---- A change on the set-up screen: a unit under the bloc.
    await page.goto(webUrl());
    await signIn(page, provinceCode, admin);
    await pathOnceAt(page, /\/co-cau$/);
    await page.getByTestId('org-unit-form').waitFor();
    await page.getByTestId('org-unit-kind-UNIT').check();
    await page.getByTestId('org-unit-parent').selectOption(bloc.id);
    await page.getByTestId('org-unit-type').selectOption('AGENCY');
    await page.getByTestId('org-unit-code').fill('VP-MOI');
    await page.getByTestId('org-unit-name').fill('Văn phòng Mới thành lập');
    await page.getByTestId('create-org-unit').click();
    await waitForText(page, 'org-unit-created', 'Văn phòng Mới thành lập');
    const { orgUnits } = await gatewayRequest<{ orgUnits: { id: string; code: string }[] }>(`{ orgUnits { id code } }`, {}, adminToken);
    const added = orgUnits.find((u) => u.code === 'VP-MOI');
    if (!added) throw new Error('the unit added on the screen is not in the org tree');
    // Everything done so far is filed once this is (the consumer files in order); nothing else writes now.
    const whole = await logOnceItHas(adminToken, {}, (e) => e.objectId === added.id);
    expect(whole.total).toBeGreaterThan(50);
    expect(whole.total).toBeLessThanOrEqual(100);
    expect(whole.entries[0].objectId).toBe(added.id);

    // ---- The log, a tab of Quản trị: the change on top, in words.
    await page.getByTestId('admin-tab-audit').click();
    expect(await pathOnceAt(page, /\/nhat-ky/)).toBe(logAddress);
    await page.getByTestId('audit-table').waitFor();
    expect(await page.getByTestId('admin-tab-audit').getAttribute('aria-current')).toBe('page');
    const newest = rows(page).first();
    expect(await newest.getAttribute('data-action')).toBe('org-unit.create');
    expect(await newest.getAttribute('data-object-id')).toBe(added.id);
    expect(await newest.getByTestId('audit-time').textContent()).toBe(vietnamTime(whole.entries[0].occurredAt));
    expect(await newest.getByTestId('audit-who').innerText()).toBe(`${admin.displayName}\n${admin.username}`);
    expect(await newest.getByTestId('audit-role').innerText()).toMatch(/^Quản trị tỉnh\n.+ \(.+\)$/);
    expect(await newest.getByTestId('audit-action').textContent()).toBe('Thêm đơn vị');
    expect(await newest.getByTestId('audit-object').innerText()).toBe(
      `Đơn vị, khối, ngành\nVăn phòng Mới thành lập (VP-MOI)\n${added.id}`,
    );
    const changes = await newest.getByTestId('audit-change').allInnerTexts();
    expect(changes).toEqual(
      expect.arrayContaining([
        'Mã: VP-MOI',
        'Tên: Văn phòng Mới thành lập',
        'Cấp: Đơn vị báo cáo',
        'Loại hình: Cơ quan',
        `Trực thuộc: ${bloc.name} (${bloc.code})`,
      ]),
    );
    expect(await newest.getByTestId('audit-request').textContent()).toMatch(/^Mã yêu cầu: [0-9a-f-]{36}$/);
    // 50 a page, newest first, with the total.
    expect(await topPager(page, 'audit-total').textContent()).toBe(`Tổng số ${whole.total} thao tác`);
    expect(await topPager(page, 'audit-page').textContent()).toBe('Trang 1 / 2');
    expect(await rows(page).count()).toBe(50);
    await screenshot(page, 'audit-01-province-log');

    // ---- The second page, and back.
    await topPager(page, 'audit-next').click();
    expect(await pathOnceAt(page, /trang=2/)).toBe(`${logAddress}?trang=2`);
    await waitForText(page, 'audit-page', 'Trang 2 / 2');
    expect(await rows(page).count()).toBe(whole.total - 50);
    // The oldest entry: the administrator's first sign-in, in the province the platform had just created.
    expect(await rows(page).last().getAttribute('data-action')).toBe('session.sign-in');
    expect(await topPager(page, 'audit-next').count()).toBe(0);
    // Values in words: the yearly period the fixture opened, its kind, its year and its days.
    const yearly = rows(page).filter({ has: page.locator('[data-field=kind]', { hasText: 'Tổng kết năm' }) });
    expect(await yearly.getAttribute('data-action')).toBe('reporting-period.open');
    expect(await yearly.getByTestId('audit-change').allInnerTexts()).toEqual(
      expect.arrayContaining(['Loại kỳ: Tổng kết năm', `Năm: ${fixture.year}`, `Hạn nộp: 31/12/${fixture.year}`, 'Trạng thái: Đang mở']),
    );
    await screenshot(page, 'audit-02-second-page');
    await page.goBack();
    await waitForText(page, 'audit-page', 'Trang 1 / 2');
    expect(await pathOnceAt(page, /nhat-ky$/)).toBe(logAddress);

    // ---- By person: the reporter's sign-in and two saves, the second changing one criterion and the total.
    const byReporter = await readLog(adminToken, { userId: reporterId });
    await page.getByTestId('audit-person').selectOption(reporterId);
    await page.getByTestId('audit-apply').click();
    expect(await pathOnceAt(page, /nguoi=/)).toBe(`${logAddress}?nguoi=${reporterId}`);
    await waitForText(page, 'audit-total', `Tổng số ${byReporter.total} thao tác`);
    expect(byReporter.total).toBe(3);
    expect(await rows(page).count()).toBe(3);
    for (const who of await page.getByTestId('audit-who').allInnerTexts()) expect(who).toBe(`${reporter.displayName}\n${reporter.username}`);
    expect(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')))).toEqual([
      'self-assessment.save',
      'self-assessment.save',
      'session.sign-in',
    ]);
    const secondSave = rows(page).first();
    expect(await secondSave.getByTestId('audit-action').textContent()).toBe('Lưu bảng tự chấm điểm');
    expect(await secondSave.getByTestId('audit-role').innerText()).toBe(
      `Cán bộ báo cáo đơn vị\n${fixture.unit.name} (${fixture.unit.code})`,
    );
    const total = await secondSave.locator('[data-testid=audit-change][data-field=total]').innerText();
    expect(total).toBe(`Tổng điểm: 100 → ${String(100 - firstCriterionMax).replace('.', ',')}`);
    expect(await secondSave.locator('[data-testid=audit-change][data-field$=".points"]').innerText()).toMatch(
      new RegExp(`^Điểm theo tiêu chí › [0-9a-f]{8}… › điểm: ${String(firstCriterionMax).replace('.', ',')} → 0$`),
    );
    // A sign-in is under no particular role.
    expect(await rows(page).last().getByTestId('audit-role').innerText()).toBe('Không theo vai trò nào');
    await screenshot(page, 'audit-03-by-person');

    // ---- And by day: the day of the reporter's entries, as the server filed them (Vietnam's calendar).
    const day = vietnamDay(byReporter.entries[0].occurredAt);
    const onThatDay = await readLog(adminToken, { userId: reporterId, from: day, to: day });
    expect(onThatDay.total).toBeGreaterThan(0);
    await page.getByTestId('audit-from').fill(day);
    await page.getByTestId('audit-to').fill(day);
    await page.getByTestId('audit-apply').click();
    const dayAddress = `${logAddress}?nguoi=${reporterId}&tu=${day}&den=${day}`;
    expect(await pathOnceAt(page, /den=/)).toBe(dayAddress);
    await waitForText(page, 'audit-total', `Tổng số ${onThatDay.total} thao tác`);
    expect(await rows(page).count()).toBe(onThatDay.total);

    // A filtered page is a link: a reload opens the same filter and the same entries.
    await page.reload();
    await waitForText(page, 'audit-total', `Tổng số ${onThatDay.total} thao tác`);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(dayAddress);
    expect(await page.getByTestId('audit-person').inputValue()).toBe(reporterId);
    expect([await page.getByTestId('audit-from').inputValue(), await page.getByTestId('audit-to').inputValue()]).toEqual([day, day]);
    expect(await rows(page).count()).toBe(onThatDay.total);

    // A first day after the last is refused before anything is sent, in the server's words.
    await page.getByTestId('audit-from').fill(vietnamDay(byReporter.entries[0].occurredAt, 1));
    await page.getByTestId('audit-apply').click();
    await waitForText(page, 'audit-filter-problem', 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc');
    expect(new URL(page.url()).search).toBe(`?nguoi=${reporterId}&tu=${day}&den=${day}`);
    // From the next day on: nothing, with a way out.
    await page.getByTestId('audit-to').fill('');
    await page.getByTestId('audit-apply').click();
    await waitForText(page, 'audit-empty', 'Không có thao tác nào khớp bộ lọc');
    await page.getByTestId('audit-clear-link').waitFor();
    // Back returns to the day, its entries and its filter in the form.
    await page.goBack();
    await waitForText(page, 'audit-total', `Tổng số ${onThatDay.total} thao tác`);
    expect(await page.getByTestId('audit-to').inputValue()).toBe(day);

    // ---- English second.
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'audit-action', 'Saved a self-assessment');
    await waitForText(page, 'audit-change', 'Total score: 100 → ');
    await screenshot(page, 'audit-04-english');
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'audit-action', 'Lưu bảng tự chấm điểm');

    // ---- An address someone edited by hand: the server's rule, and a way back to the whole log.
    await page.goto(`${webUrl()}${logAddress}?tu=2026-02-30`);
    await waitForText(page, 'audit-refusal', 'Ngày "2026-02-30" không hợp lệ');
    expect(await page.getByTestId('audit-refusal').getAttribute('data-field')).toBe('from');
    expect(await page.getByTestId('audit-from').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'audit-05-bad-address');
    await page.getByTestId('audit-clear-link').click();
    await waitForText(page, 'audit-total', `Tổng số ${whole.total} thao tác`);
    expect(await pathOnceAt(page, /nhat-ky$/)).toBe(logAddress);
    // A page past the last says how many there are; "trang=hai" is the first page.
    await page.goto(`${webUrl()}${logAddress}?trang=9`);
    await waitForText(page, 'audit-no-such-page', 'Không có trang 9: nhật ký này có 2 trang.');
    await page.goto(`${webUrl()}${logAddress}?nguoi=${reporterId}&trang=hai`);
    expect(await pathOnceAt(page, /nguoi=[^&]+$/)).toBe(`${logAddress}?nguoi=${reporterId}`);
    await waitForText(page, 'audit-page', 'Trang 1 / 1');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "a unit reporter who opens the log's address is told there is no such page, and finds the way home",
  async () => {
    const { page, pageErrors } = await newPage();
    const { provinceCode, rootId, reporter, unit, year } = fixture;
    await page.goto(webUrl());
    await signIn(page, provinceCode, reporter);
    await pathOnceAt(page, /^\/don-vi\//);
    for (const address of [`/quan-tri/${rootId}/nhat-ky`, `/quan-tri/${rootId}/nhat-ky?nguoi=${reporterId}`, '/tinh-thanh/nhat-ky']) {
      await page.goto(`${webUrl()}${address}`);
      await page.getByTestId('not-found').waitFor();
      expect(await page.getByTestId('audit-log').count()).toBe(0);
    }
    await screenshot(page, 'audit-06-reporter-not-found');
    await page.getByTestId('go-home').click();
    expect(await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//)).toBe(`/don-vi/${unit.id}/${year}/nam`);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the platform administrator finds a province's suspension and reactivation in the platform's log",
  async () => {
    const platform = platformAdmin();
    const platformToken = await loginToken(null, platform.username, platform.password);
    const { provinces } = await gatewayRequest<{ provinces: { id: string; code: string }[] }>(`{ provinces { id code } }`, {}, platformToken);
    const province = provinces.find((p) => p.code === fixture.provinceCode);
    if (!province) throw new Error('the fixture province is not in the list');
    for (const mutation of ['suspendProvince', 'reactivateProvince']) {
      await gatewayRequest(`mutation($id: ID!) { ${mutation}(id: $id) { status } }`, { id: province.id }, platformToken);
    }
    await logOnceItHas(platformToken, { objectId: province.id }, (e) => e.action === 'province.reactivate');

    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, null, platform);
    await page.getByTestId('provinces-screen').waitFor();
    await page.getByTestId('platform-tab-audit').click();
    expect(await pathOnceAt(page, /nhat-ky/)).toBe('/tinh-thanh/nhat-ky');
    await page.getByTestId('audit-table').waitFor();

    // An id that is not one is refused before anything is sent.
    await page.getByTestId('audit-object-id').fill('bt-tinh');
    await page.getByTestId('audit-apply').click();
    await waitForText(page, 'audit-filter-problem', 'Mã đối tượng gồm 36 ký tự');

    await page.getByTestId('audit-object-type').selectOption('province');
    await page.getByTestId('audit-object-id').fill(province.id);
    await page.getByTestId('audit-apply').click();
    expect(await pathOnceAt(page, /doi-tuong=/)).toBe(`/tinh-thanh/nhat-ky?loai=province&doi-tuong=${province.id}`);
    await waitForText(page, 'audit-total', 'Tổng số 3 thao tác');
    expect(await page.getByTestId('audit-action').allTextContents()).toEqual(['Cho tỉnh hoạt động lại', 'Tạm ngừng tỉnh', 'Tạo tỉnh']);
    expect((await page.getByTestId('audit-change').allInnerTexts()).slice(0, 2)).toEqual([
      'Trạng thái: Tạm ngừng → Đang hoạt động',
      'Trạng thái: Đang hoạt động → Tạm ngừng',
    ]);
    for (const object of await page.getByTestId('audit-object').allInnerTexts()) {
      expect(object).toBe(`Tỉnh, thành phố\n${fixture.provinceName}\n${province.id}`);
    }
    for (const role of await page.getByTestId('audit-role').allInnerTexts()) expect(role).toBe('Quản trị hệ thống');
    expect(await page.getByTestId('audit-who').first().innerText()).toMatch(new RegExp(`\\n${platform.username}$`));
    await screenshot(page, 'audit-07-platform');

    // The provinces are one tab away, and Back returns to the filtered log.
    await page.getByTestId('platform-tab-provinces').click();
    await page.getByTestId('provinces-screen').waitFor();
    await page.goBack();
    await waitForText(page, 'audit-total', 'Tổng số 3 thao tác');
    await signOut(page);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

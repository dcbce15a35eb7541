// Every screen and tab, as the role that uses it, on a phone (390×844), on the office screen (1366×768) and on
// that screen zoomed to 200% (see OFFICE_ZOOMED): no page wider than its window, nothing off its edge, axe-core
// finds nothing serious or critical, one h1 and headings in order, landmarks, and a skip link to the main
// content. The overview and the unit's report print on A4 without the app's chrome, table headers repeated on
// every page. Screenshots: .data/screenshots/layout-<screen>-<size>.png; PDFs: layout-print-<screen>.pdf.
//
// One province for the whole file, filled so that every table has rows and long Vietnamese names.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { linkTokenIn, submitUnitReport, waitForMail } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import {
  OFFICE,
  OFFICE_ZOOMED,
  PHONE,
  PHONE_SIDEWAYS,
  axeViolations,
  layoutShot,
  resize,
  screenProblems,
  skipLinkProblems,
  widthProblems,
  type ScreenSize,
} from './a11y';
import {
  SCREENSHOTS,
  arrangeProvinceWithOneUnit,
  gatewayRequest,
  loginToken,
  platformAdmin,
  signIn,
  signOut,
  specBrowser,
  waitInPage,
  type Credentials,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 180_000;

const newPage = specBrowser('layout-99-last', TIMEOUT);
let fixture: ProvinceFixture;

// ---- The province: the fixture's bloc and unit, a second bloc, communes and agencies with the long names
// real ones have, more accounts, and the fixture unit's yearly report recorded, self-scored and submitted.

// Enough units for the overview's table to run on to a second printed page.
const COMMUNES = ['Tân Phước Hưng', 'Hiệp Hưng', 'Long Thạnh', 'Thạnh Hòa', 'Hòa An', 'Phương Bình', 'Vị Thủy'];
const AGENCIES = [
  { code: 'SO-NNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', unitType: 'AGENCY' },
  { code: 'SO-KHDT', name: 'Sở Kế hoạch và Đầu tư', unitType: 'AGENCY' },
  { code: 'TTYT-CT', name: 'Trung tâm Y tế huyện Châu Thành', unitType: 'PUBLIC_UNIT' },
  { code: 'BQLDA-DDCN', name: 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh', unitType: 'PUBLIC_UNIT' },
  { code: 'XSKT', name: 'Công ty Trách nhiệm hữu hạn Một thành viên Xổ số kiến thiết và Dịch vụ in', unitType: 'ENTERPRISE' },
];

async function fillProvince(f: ProvinceFixture): Promise<void> {
  const admin = await loginToken(f.provinceCode, f.admin.username, f.admin.password);
  const createOrgUnit = async (input: object) =>
    (
      await gatewayRequest<{ createOrgUnit: { id: string } }>(
        `mutation CreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
        { input },
        admin,
      )
    ).createOrgUnit.id;
  const mttq = await createOrgUnit({
    parentId: f.rootId,
    code: 'MTTQ',
    name: 'Khối Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội tỉnh',
    kind: 'BLOC',
    unitType: 'COMMITTEE',
  });
  for (const [i, commune] of COMMUNES.entries()) {
    const code = `XA-${String(i + 1).padStart(2, '0')}`;
    await createOrgUnit({ parentId: mttq, code, name: `Ủy ban nhân dân xã ${commune}, huyện Phụng Hiệp`, kind: 'UNIT', unitType: 'COMMUNE' });
  }
  for (const agency of AGENCIES) await createOrgUnit({ parentId: f.bloc.id, ...agency, kind: 'UNIT' });

  const createUser = (input: object) =>
    gatewayRequest(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input }, admin);
  const people = [
    { username: 'tonnu.phuongthao', displayName: 'Tôn Nữ Thị Phương Thảo', email: 'tonnuthiphuongthao.vanphong@danguykhoi.gov.vn', role: 'UNIT_REPORTER' },
    { username: 'nguyen.huuphuoc', displayName: 'Nguyễn Hữu Phước Thịnh', email: 'nguyenhuuphuocthinh@mattran.gov.vn', role: 'BLOC_REVIEWER' },
    { username: 'hoang.thikimchi', displayName: 'Hoàng Thị Kim Chi', email: null, role: 'UNIT_HEAD' },
  ];
  await createUser({ ...people[0], password: f.reporter.password, orgUnitId: f.unit.id });
  await createUser({ ...people[1], password: f.reporter.password, orgUnitId: mttq });
  await createUser({ ...people[2], password: f.reporter.password, orgUnitId: f.unit.id });

  // The reporter's year: a briefing, every criterion scored (a comment on some), the report submitted.
  const reporter = await loginToken(f.provinceCode, f.reporter.username, f.reporter.password);
  await gatewayRequest(
    `mutation Record($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
    {
      input: {
        unitId: f.unit.id,
        kind: 'BRIEFING',
        occurredOn: `${f.year}-01-15`,
        facts: {
          topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Nghị định số 59/2023/NĐ-CP hướng dẫn thi hành',
          documents: 'Kế hoạch số 12-KH/ĐUK ngày 05/01, Công văn số 245-CV/ĐUK',
          present: 15,
          eligible: 16,
          countUnit: 'COMRADES',
        },
      },
    },
    reporter,
  );
  const { rubric, reportingPeriods } = await gatewayRequest<{
    rubric: { criteria: { id: string; maxPoints: number }[] };
    reportingPeriods: { id: string; kind: string }[];
  }>(
    `query Forms($year: Int!) { rubric(year: $year) { criteria { id maxPoints } } reportingPeriods(year: $year) { id kind } }`,
    { year: f.year },
    reporter,
  );
  const yearly = reportingPeriods.find((p) => p.kind === 'YEAR');
  if (!yearly) throw new Error('the fixture has no yearly period');
  const scores = rubric.criteria.map((c, i) => ({
    criterionId: c.id,
    points: i % 3 === 0 ? c.maxPoints - 1 : c.maxPoints,
    comment: i % 3 === 0 ? 'Chưa công khai đầy đủ trên cổng thông tin điện tử của đơn vị' : null,
  }));
  await gatewayRequest(
    `mutation Save($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id } }`,
    { input: { unitId: f.unit.id, periodId: yearly.id, scores, expectedVersion: 0 } },
    reporter,
  );
  const head = await loginToken(f.provinceCode, f.head.username, f.head.password);
  await submitUnitReport({ ok: gatewayRequest }, { reporter, head }, f.unit.id, yearly.id);

  // The audit consumer files each change a moment after it commits: the audit screens need their entries.
  const platform = platformAdmin();
  const logs: [string, object, number][] = [
    [admin, { objectType: 'user' }, 4 + people.length],
    [await loginToken(null, platform.username, platform.password), { objectType: 'province', objectId: f.provinceId }, 1],
  ];
  for (const [token, filter, entries] of logs) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { auditLog } = await gatewayRequest<{ auditLog: { total: number } }>(
        `query Log($filter: AuditLogFilter) { auditLog(filter: $filter) { total } }`,
        { filter },
        token,
      );
      if (auditLog.total >= entries) break;
      if (Date.now() > deadline) throw new Error(`the audit log holds ${auditLog.total} of ${entries} entries ${JSON.stringify(filter)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
  await fillProvince(fixture);
}, TIMEOUT);

// ---- The pages: the office screen, also turned into a phone, and the office screen zoomed to 200%.

interface View {
  page: Page;
  pageErrors: string[];
  sizes: ScreenSize[];
}

async function views(): Promise<View[]> {
  // The route error screen is made by refusing a part of the app; a service worker would serve it from its cache.
  const office = await newPage({ serviceWorkers: 'block' });
  const zoomed = await newPage({
    viewport: { width: OFFICE_ZOOMED.width, height: OFFICE_ZOOMED.height },
    deviceScaleFactor: OFFICE_ZOOMED.scale,
    serviceWorkers: 'block',
  });
  return [
    { ...office, sizes: [OFFICE, PHONE] },
    { ...zoomed, sizes: [OFFICE_ZOOMED] },
  ];
}

/** The unit's yearly profile, saved by its reporter: three boards, one person on two of them. */
async function saveUnitProfile(f: ProvinceFixture): Promise<void> {
  const token = await loginToken(f.provinceCode, f.reporter.username, f.reporter.password);
  const { reportingPeriods } = await gatewayRequest<{ reportingPeriods: { id: string; kind: string }[] }>(
    `query Periods($year: Int!) { reportingPeriods(year: $year) { id kind } }`,
    { year: f.year },
    token,
  );
  const periodId = reportingPeriods.find((p) => p.kind === 'YEAR')?.id;
  const seat = (personKey: string, role: string) => ({ personKey, role, termStart: null, termEnd: null });
  await gatewayRequest(
    `mutation Save($input: SaveUnitProfileInput!) { saveUnitProfile(input: $input) { version } }`,
    {
      input: {
        unitId: f.unit.id,
        periodId,
        expectedVersion: 0,
        staffCount: 16,
        partyMembers: 14,
        unionMembers: 16,
        people: [
          { key: 'p1', fullName: 'Nguyễn Thị Phương Thảo', title: 'Phó Chánh Văn phòng, phụ trách công tác tổ chức – hành chính' },
          { key: 'p2', fullName: 'Trần Văn Bình', title: 'Chuyên viên chính Phòng Tổng hợp' },
          { key: 'p3', fullName: 'Lê Hoàng Cường', title: 'Chủ tịch Công đoàn cơ sở' },
        ],
        boards: [
          { kind: 'DEMOCRACY_TEAM', termStart: null, termEnd: null, seats: [seat('p1', 'HEAD'), seat('p2', 'MEMBER')] },
          { kind: 'PEOPLES_INSPECTION', termStart: `${f.year - 1}-01-01`, termEnd: `${f.year + 2}-01-01`, seats: [seat('p1', 'HEAD'), seat('p3', 'MEMBER')] },
          { kind: 'UNION_EXECUTIVE', termStart: null, termEnd: null, seats: [seat('p3', 'HEAD')] },
        ],
      },
    },
    token,
  );
}

/** Signs in on every view, once the role's home screen shows. */
async function signInAll(all: View[], province: string | null, who: Credentials, home = '[data-testid$="-screen"]') {
  for (const { page } of all) {
    await page.goto(`${webUrl()}/dang-nhap`);
    await signIn(page, province, who);
    await page.locator(home).first().waitFor();
  }
}

/** What was found wrong, by screen, size and check; a passing test finds {}. */
type Findings = Record<string, string[]>;

/**
 * Opens `screen` afresh on every view (`open` goes to its address and waits for its content), checks the
 * skip link on arrival, then every check at each of the view's sizes, with a screenshot of each.
 */
async function checkScreen(
  findings: Findings,
  all: View[],
  screen: string,
  open: (page: Page) => Promise<void>,
  { banner = true }: { banner?: boolean } = {},
) {
  for (const view of all) {
    await resize(view.page, view.sizes[0]);
    await open(view.page);
    const skip = await skipLinkProblems(view.page);
    if (skip.length) findings[`${screen} at ${view.sizes[0].name}: skip link`] = skip;
    for (const size of view.sizes) {
      await resize(view.page, size);
      for (const [check, problems] of Object.entries(await screenProblems(view.page, { banner }))) {
        if (problems.length) findings[`${screen} at ${size.name}: ${check}`] = problems;
      }
      await layoutShot(view.page, screen, size);
    }
  }
}

/** Goes to `address` and waits for each of `testIds` to show. */
const visit = (address: string, ...testIds: string[]) => async (page: Page) => {
  await page.goto(`${webUrl()}${address}`);
  for (const id of testIds) await page.getByTestId(id).first().waitFor();
};

/**
 * The page as printed: the A4 page rule, no header, navigation or buttons, every table's header repeated on
 * each page and no row cut across two pages. Then a PDF for a person to look at.
 */
async function printProblems(page: Page, screen: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const problems = (await page.evaluate(`(() => {
    const problems = [];
    const pageRules = [...document.styleSheets].flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSPageRule);
    if (!pageRules.some((r) => /A4/i.test(r.style.getPropertyValue('size')) && r.style.getPropertyValue('margin-top'))) {
      problems.push('no @page rule with size A4 and margins');
    }
    const shown = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility());
    for (const el of shown('header, nav, button, .skip-link, select, input[type=search]')) {
      problems.push('printed: ' + el.tagName.toLowerCase() + ' "' + el.textContent.trim().slice(0, 40) + '"');
    }
    const tables = shown('table');
    if (!tables.length) problems.push('no table to print');
    for (const table of tables) {
      const name = table.dataset.testid;
      if (table.tHead && getComputedStyle(table.tHead).display !== 'table-header-group') {
        problems.push(name + ': its header is not repeated on each page (display ' + getComputedStyle(table.tHead).display + ')');
      }
      const cut = [...table.tBodies].flatMap((b) => [...b.rows]).filter((r) => getComputedStyle(r).breakInside !== 'avoid');
      if (cut.length) problems.push(name + ': ' + cut.length + ' rows may be cut across two pages');
    }
    return problems;
  })()`)) as string[];
  const pdf = await page.pdf({ format: 'A4', path: path.join(SCREENSHOTS, `layout-print-${screen}.pdf`) });
  await page.emulateMedia({ media: 'screen' });
  // The page objects of the PDF (Chrome writes them uncompressed): the table must run on, for its header to repeat.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  if (pages < 2) problems.push(`the PDF has ${pages} pages: too few to show a table running on`);
  return problems;
}

it(
  'before signing in, and when a screen fails to load',
  async () => {
    const all = await views();
    const findings: Findings = {};
    await checkScreen(findings, all, 'sign-in', visit('/dang-nhap', 'login-form'), { banner: false });

    // The links of the mails: an invitation (a real one, from the mail the admin's invitation sent) and a reset.
    const email = `nguyen.thi.minh.khai.${fixture.provinceCode}@vanphong.tinhuy.gov.vn`;
    const admin = await loginToken(fixture.provinceCode, fixture.admin.username, fixture.admin.password);
    await gatewayRequest(
      `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
      { input: { email, displayName: 'Nguyễn Thị Minh Khai', role: 'UNIT_REPORTER', orgUnitId: fixture.unit.id } },
      admin,
    );
    const token = linkTokenIn((await waitForMail(email))[0], 'moi');
    await checkScreen(findings, all, 'invitation', visit(`/moi/${token}`, 'invitation-greeting'), { banner: false });
    await checkScreen(findings, all, 'password-reset-request', visit('/dat-lai-mat-khau', 'reset-request-form'), { banner: false });
    await checkScreen(findings, all, 'password-reset', visit(`/dat-lai-mat-khau/${token}`, 'reset-form'), { banner: false });

    // A part of the app that does not arrive (an update replaced it, the network dropped): the route error.
    for (const { page } of all) await page.route('**/assets/ProvincesScreen-*.js', (route) => route.abort());
    await signInAll(all, null, platformAdmin(), '[data-testid=route-error]');
    await checkScreen(findings, all, 'route-error', visit('/tinh-thanh', 'route-error'), { banner: false });

    expect(findings).toEqual({});
    for (const { pageErrors } of all) expect(pageErrors.filter((e) => !e.includes('dynamically imported module'))).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the platform administrator's provinces and audit log",
  async () => {
    const all = await views();
    const findings: Findings = {};
    await signInAll(all, null, platformAdmin());
    await checkScreen(findings, all, 'provinces', visit('/tinh-thanh', 'province-table'));
    await checkScreen(findings, all, 'platform-audit', visit('/tinh-thanh/nhat-ky', 'audit-table'));
    expect(findings).toEqual({});
    for (const { pageErrors } of all) expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the province administrator's tabs: units, users, import, periods and rubric, unit types, audit log",
  async () => {
    const all = await views();
    const findings: Findings = {};
    const { provinceCode, rootId, year } = fixture;
    await signInAll(all, provinceCode, fixture.admin);
    await checkScreen(findings, all, 'admin-units', visit(`/quan-tri/${rootId}/co-cau`, 'org-unit-form', 'org-tree'));
    await checkScreen(findings, all, 'admin-users', visit(`/quan-tri/${rootId}/nguoi-dung`, 'user-form', 'user-table'));
    await checkScreen(findings, all, 'admin-import', visit(`/quan-tri/${rootId}/nhap-du-lieu`, 'import-form'));
    await checkScreen(findings, all, 'admin-calendar', visit(`/quan-tri/${rootId}/ky-bao-cao/${year}`, 'period-table', 'rubric-table'));
    await checkScreen(findings, all, 'admin-unit-types', visit(`/quan-tri/${rootId}/loai-hinh`, 'unit-type-table', 'unit-type-form'));
    // The accounts' entries only: a page of fifty makes this screen slow to check, and says no more.
    await checkScreen(findings, all, 'admin-audit', visit(`/quan-tri/${rootId}/nhat-ky?loai=user`, 'audit-table'));

    // A table wider than its box (made so here; a narrow office window can do it) scrolls inside the box, and
    // the page keeps its width; the box is then named and takes the focus, so the arrow keys scroll it.
    const { page } = all[0];
    await resize(page, OFFICE);
    await page.evaluate(`document.querySelector('[data-testid=audit-table]').style.minWidth = '2400px'`);
    const box = page.locator('.table-box[role=region][tabindex="0"]');
    await box.waitFor();
    expect(await box.getAttribute('aria-label')).toBe('Nhật ký thao tác');
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await waitInPage(page, `document.querySelector('.table-box[role=region]').scrollLeft > 0`);
    const wide = [...(await widthProblems(page)), ...(await axeViolations(page))];
    if (wide.length) findings['admin-audit with a table wider than its box'] = wide;
    expect(findings).toEqual({});
    for (const { pageErrors } of all) expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the committee's and the bloc reviewer's overview and dashboards; the committee's overview prints on A4",
  async () => {
    const all = await views();
    const findings: Findings = {};
    const { provinceCode, rootId, bloc, year } = fixture;
    await signInAll(all, provinceCode, fixture.committee);
    await checkScreen(findings, all, 'overview', visit(`/tong-quan/${rootId}/${year}/nam`, 'rollup-expected', 'comparison-table'));
    const print = await printProblems(all[0].page, 'overview');
    if (print.length) findings['overview printed'] = print;
    await checkScreen(findings, all, 'review-queue', visit(`/tong-quan/${rootId}/${year}/nam/bao-cao`, 'review-table'));
    await checkScreen(findings, all, 'review-report', visit(`/tong-quan/${rootId}/${year}/nam/bao-cao/${fixture.unit.id}`, 'review-actions', 'document-page'));
    // The dashboards: charts beside their tables, wide tables in their boxes.
    await checkScreen(findings, all, 'dashboard-completeness', visit(`/tong-quan/${rootId}/${year}/nam/tien-do/${bloc.id}`, 'province-figures', 'bloc-chart', 'units-table'));
    await checkScreen(findings, all, 'dashboard-activities', visit(`/tong-quan/${rootId}/${year}/nam/tien-do`, 'bloc-table', 'activities-table'));
    await checkScreen(findings, all, 'dashboard-ranking', visit(`/tong-quan/${rootId}/${year}/nam/xep-hang`, 'ranking-table', 'band-chart', 'heatmap-chart', 'yoy-table'));
    await checkScreen(findings, all, 'dashboard-standing', visit(`/tong-quan/${rootId}/${year}/nam/xep-hang/${fixture.unit.id}`, 'criteria-table', 'standing-chart', 'standing-flags'));

    for (const { page } of all) await signOut(page);
    await signInAll(all, provinceCode, fixture.blocReviewer);
    await checkScreen(findings, all, 'overview-bloc', visit(`/tong-quan/${bloc.id}/${year}/nam`, 'comparison-table'));
    expect(findings).toEqual({});
    for (const { pageErrors } of all) expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the unit's screen (briefings, self-assessment, report), which prints on A4; an address that is not a page; the unit's profile, edited and read",
  async () => {
    const all = await views();
    const findings: Findings = {};
    const { provinceCode, unit, year } = fixture;
    await signInAll(all, provinceCode, fixture.reporter);
    await checkScreen(findings, all, 'unit', visit(`/don-vi/${unit.id}/${year}/nam`, 'activity-list', 'activities-frozen'));
    await checkScreen(findings, all, 'unit scoring', visit(`/don-vi/${unit.id}/${year}/nam/cham-diem`, 'score-table', 'report-status'));
    const print = await printProblems(all[0].page, 'unit');
    if (print.length) findings['unit printed'] = print;
    await checkScreen(findings, all, 'unit report', visit(`/don-vi/${unit.id}/${year}/nam/bao-cao`, 'report-reader', 'document-page'));

    // English runs longer than Vietnamese: the unit's screen on a phone holds in it too.
    const { page } = all[0];
    await resize(page, PHONE);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('logout').filter({ hasText: 'Sign out' }).waitFor();
    for (const [check, problems] of Object.entries(await screenProblems(page, { banner: true }))) {
      if (problems.length) findings[`unit in English at ${PHONE.name}: ${check}`] = problems;
    }
    await layoutShot(page, 'unit-en', PHONE);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('logout').filter({ hasText: 'Đăng xuất' }).waitFor();

    // The phone turned sideways: the same screen, laid out again for a wide and very short window.
    await resize(page, PHONE_SIDEWAYS);
    for (const [check, problems] of Object.entries(await screenProblems(page, { banner: true }))) {
      if (problems.length) findings[`unit at ${PHONE_SIDEWAYS.name}: ${check}`] = problems;
    }
    await layoutShot(page, 'unit', PHONE_SIDEWAYS);
    await checkScreen(findings, all, 'not-found', visit('/khong-co-trang-nay', 'not-found'));

    // The unit's profile, filled with the long names and positions real ones have: edited by its reporter,
    // read by the bloc's reviewer.
    await saveUnitProfile(fixture);
    await checkScreen(findings, all, 'profile', visit(`/ho-so/${unit.id}/${year}/nam`, 'profile-people', 'several-boards-p1'));
    for (const view of all) await signOut(view.page);
    await signInAll(all, provinceCode, fixture.blocReviewer);
    await checkScreen(findings, all, 'profile-read', visit(`/ho-so/${unit.id}/${year}/nam`, 'profile-reader', 'several-boards-p1'));
    expect(findings).toEqual({});
    for (const { pageErrors } of all) expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

// The committee's dashboards in the browser (issue 11): the submissions by bloc with the province's figures,
// the democracy activities by bloc, a bloc's units with who has not submitted and for how long, the export of a table (the CSV read back, the
// XLSX opened with exceljs); the ranking sorted, filtered, searched and paged, each row opening the unit's
// "why this rank" page and its report; a bloc reviewer sees its bloc only, a unit's head its own standing only.
// Screenshots at the office's 1366×768 go to .data/screenshots/dashboards-*.png.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { vietnamToday } from '@qcdc/shared/contracts';
import { ownerClient, testClock, waitForRollups } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import {
  SCREENSHOTS,
  arrangeProvinceWithOneUnit,
  gatewayRequest,
  loginToken,
  pathOnceAt,
  signIn,
  signOut,
  specBrowser,
  waitForText,
  submitYearlyReport,
  type Credentials,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 240_000;

const newPage = specBrowser('dashboards-99-last', TIMEOUT);
let fixture: ProvinceFixture;

/** The fixture's bloc gets three more agencies; a second bloc (the Fatherland Front's) eight communes. */
const MORE_AGENCIES = [
  { code: 'BTG-DUK', name: 'Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh' },
  { code: 'TC-DUK', name: 'Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh' },
  { code: 'KT-DUK', name: 'Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh' },
];
const FRONT = { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' };
const COMMUNES = ['Tân Phước Hưng', 'Hiệp Hưng', 'Long Thạnh', 'Thạnh Hòa', 'Hòa An', 'Phương Bình', 'Vị Thủy', 'Vĩnh Tường'].map((name, i) => ({
  code: `XA-0${i + 1}`,
  name: `Ủy ban nhân dân xã ${name}`,
}));
const UNITS = 1 + MORE_AGENCIES.length + COMMUNES.length;
let frontId = '';
const unitIds: Record<string, string> = {};

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `dashboards-${name}.png`), fullPage: true });

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
  unitIds['VP-DUK'] = fixture.unit.id;
  const admin = await loginToken(fixture.provinceCode, fixture.admin.username, fixture.admin.password);
  const createOrgUnit = async (input: object) =>
    (await gatewayRequest<{ createOrgUnit: { id: string } }>(`mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`, { input }, admin))
      .createOrgUnit.id;
  for (const agency of MORE_AGENCIES) unitIds[agency.code] = await createOrgUnit({ parentId: fixture.bloc.id, ...agency, kind: 'UNIT', unitType: 'AGENCY' });
  frontId = await createOrgUnit({ parentId: fixture.rootId, ...FRONT, kind: 'BLOC', unitType: 'COMMITTEE' });
  for (const commune of COMMUNES) unitIds[commune.code] = await createOrgUnit({ parentId: frontId, ...commune, kind: 'UNIT', unitType: 'COMMUNE' });

  // Last year's review, opened now with every unit in it: long past its due day, nobody submitted.
  await gatewayRequest(
    `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
    { input: { year: fixture.year - 1, kind: 'YEAR', windowStart: `${fixture.year - 1}-01-01`, windowEnd: `${fixture.year - 1}-12-31`, dueOn: `${fixture.year - 1}-12-31` } },
    admin,
  );

  // Three units submit this year's review: every criterion at its maximum, about four fifths, about three fifths.
  const head = async (code: string): Promise<Credentials & { displayName: string }> => {
    const who = { username: `${code.toLowerCase()}.thutruong`, password: fixture.head.password, displayName: `Thủ trưởng ${code}` };
    await gatewayRequest(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, { input: { ...who, role: 'UNIT_HEAD', orgUnitId: unitIds[code] } }, admin);
    return who;
  };
  const submit = async (code: string, who: Credentials, share: number) => {
    const token = await loginToken(fixture.provinceCode, who.username, who.password);
    await submitYearlyReport(fixture.year, unitIds[code], { reporter: token, head: token }, share);
  };
  // Inspections before the reports freeze their window: the People's Inspection Boards of VP-DUK and XA-01
  // inspect once each, and XA-01's trade union once (not a board's inspection).
  const inspect = async (code: string, who: Credentials, by: string) =>
    gatewayRequest(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      { input: { unitId: unitIds[code], kind: 'INSPECTION', occurredOn: `${fixture.year}-04-02`, facts: { by, subject: 'việc công khai tài chính', closed: true } } },
      await loginToken(fixture.provinceCode, who.username, who.password),
    );
  const xa01 = await head('XA-01');
  await inspect('VP-DUK', fixture.head, 'PEOPLES_INSPECTION');
  await inspect('XA-01', xa01, 'PEOPLES_INSPECTION');
  await inspect('XA-01', xa01, 'UNION');
  await submit('VP-DUK', fixture.head, 1);
  await submit('XA-01', xa01, 0.8);
  await submit('BTG-DUK', await head('BTG-DUK'), 0.6);
  const owner = await ownerClient();
  try {
    // A dozen units and three submissions: on a busy machine the worker takes longer than the default 30 s.
    await waitForRollups(owner, fixture.provinceId, 120_000);
  } finally {
    await owner.end();
  }
}, TIMEOUT);

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).first().innerText()).trim();
/** The codes of the rows whose test id starts with `prefix`, in the order shown. */
const rowCodes = async (page: Page, prefix: string) =>
  Promise.all((await page.locator(`[data-testid^="${prefix}"]`).all()).map(async (row) => ((await row.getAttribute('data-testid')) ?? '').slice(prefix.length)));

/** Clicks an export button of `group` and saves the file it downloads; answers its name and path. */
async function exported(page: Page, group: string, format: 'csv' | 'xlsx'): Promise<{ name: string; file: string }> {
  const download = page.waitForEvent('download');
  await page.getByTestId(group).getByTestId(`export-${format}`).click();
  const file = await download;
  const saved = path.join(SCREENSHOTS, `dashboards-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), file: saved };
}

it(
  "the committee's submissions: the province's figures, by bloc, a bloc's units with who has not submitted and for how long, exported",
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, rootId } = fixture;
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.committee);
    await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\/nam$/);
    // The overview leads to every dashboard, and to the consolidated report.
    await page.getByTestId('dashboard-tab-provinceReport').waitFor();
    await page.getByTestId('dashboard-tab-completeness').click();
    expect(await pathOnceAt(page, /\/tien-do$/)).toBe(`/tong-quan/${rootId}/${year}/nam/tien-do`);

    // ---- The province's figures.
    await page.getByTestId('province-figures').waitFor();
    expect(await text(page, 'figure-expected')).toBe(String(UNITS));
    expect(await text(page, 'figure-submitted')).toBe('3');
    expect(await text(page, 'figure-not-submitted')).toBe(String(UNITS - 3));
    expect(await text(page, 'figure-on-time')).toBe('3');
    expect(await text(page, 'figure-late')).toBe('0');
    expect(await text(page, 'figure-approved')).toBe('0');
    expect(await text(page, 'figure-returned')).toBe('0');
    expect(await text(page, 'figure-rate')).toBe(`${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((300 / UNITS))}%`);
    expect(await text(page, 'figure-average')).not.toBe('—');
    expect(await text(page, 'figure-median')).not.toBe('—');

    // ---- By bloc: a chart named for screen readers, and its table.
    expect(await page.getByTestId('bloc-chart').getAttribute('role')).toBe('img');
    expect(await page.getByTestId('bloc-chart').getAttribute('aria-label')).toContain('2 khối');
    const front = page.getByTestId(`bloc-row-${frontId}`);
    expect((await front.innerText()).replace(/\s+/g, ' ')).toContain(`${FRONT.name} 8 1 7`);
    const own = page.getByTestId(`bloc-row-${fixture.bloc.id}`);
    expect((await own.innerText()).replace(/\s+/g, ' ')).toContain(`${fixture.bloc.name} 4 2 2`);
    // ---- The democracy activities by bloc, the whole province first: staff conference (%), People's
    // Inspection Boards at work, their inspections, disclosures, consultations, complaints received, resolved.
    const activities = async (id: string) => (await page.getByTestId(`activities-row-${id}`).innerText()).replace(/\s+/g, ' ').trim();
    expect(await activities('province')).toBe('Toàn tỉnh 0 2 2 0 0 0 0');
    expect(await activities(frontId)).toBe(`${FRONT.name} 0 1 1 0 0 0 0`);
    expect(await activities(fixture.bloc.id)).toBe(`${fixture.bloc.name} 0 1 1 0 0 0 0`);
    const activitiesCsv = parse(fs.readFileSync((await exported(page, 'export-activities', 'csv')).file).toString('utf8'), { bom: true }) as string[][];
    expect(activitiesCsv[0].slice(0, 4)).toEqual(['Phạm vi', 'Tổ chức hội nghị CBCC (%)', 'Ban TTND hoạt động', 'Cuộc kiểm tra của Ban TTND']);
    expect(activitiesCsv).toHaveLength(4);
    await shot(page, '01-completeness');

    // ---- A bloc's units: those that have not submitted first; the count; only them at a tick.
    await front.getByTestId('bloc-link').click();
    expect(await pathOnceAt(page, /\/tien-do\/[^/]+$/)).toBe(`/tong-quan/${rootId}/${year}/nam/tien-do/${frontId}`);
    await waitForText(page, 'bloc-units', `Các đơn vị của ${FRONT.name}`);
    await waitForText(page, 'not-submitted-count', '7 đơn vị chưa nộp');
    const codes = await rowCodes(page, 'completeness-row-');
    expect(codes).toHaveLength(8);
    expect(codes[7]).toBe('XA-01');
    await waitForText(page, 'completeness-row-XA-01', 'Đã nộp');
    // This year's review is not due yet: nobody is overdue.
    expect(await page.getByTestId('completeness-row-XA-02').getByTestId('days-overdue').innerText()).toBe('Chưa đến hạn');
    await page.getByTestId('only-not-submitted').check();
    expect(await rowCodes(page, 'completeness-row-')).toEqual(COMMUNES.slice(1).map((c) => c.code));
    await page.getByTestId('only-not-submitted').uncheck();
    await shot(page, '02-bloc-units');

    // ---- The units table as CSV: a byte-order mark, then the table as shown.
    const csv = await exported(page, 'export-units', 'csv');
    expect(csv.name).toBe(`tien-do-don-vi-nam-${year}.csv`);
    const bytes = fs.readFileSync(csv.file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    expect(records[0]).toEqual(['Mã', 'Đơn vị', 'Khối', 'Loại hình', 'Trạng thái', 'Nộp lúc', 'Quá hạn', 'Lần nhắc gần nhất']);
    expect(records).toHaveLength(9);
    expect(records.find((r) => r[0] === 'XA-01')).toEqual(expect.arrayContaining(['XA-01', COMMUNES[0].name, FRONT.name, 'Đã nộp']));
    expect(records.find((r) => r[0] === 'XA-08')?.[4]).toBe('Chưa nộp');
    // ... and as a workbook, opened with exceljs.
    const xlsx = await exported(page, 'export-units', 'xlsx');
    expect(xlsx.name).toBe(`tien-do-don-vi-nam-${year}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.file);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(9);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Mã', 'Đơn vị']);

    // ---- Last year's review, long past its due day: every unit overdue by the days since it.
    await page.getByTestId('year-picker').selectOption(String(year - 1));
    expect(await pathOnceAt(page, new RegExp(`/${year - 1}/nam/tien-do/[^/]+$`))).toBe(`/tong-quan/${rootId}/${year - 1}/nam/tien-do/${frontId}`);
    const overdue = Math.round((Date.parse(vietnamToday(testClock().now())) - Date.parse(`${year - 1}-12-31`)) / 86_400_000);
    await waitForText(page, 'not-submitted-count', '8 đơn vị chưa nộp');
    expect(await page.getByTestId('completeness-row-XA-01').getByTestId('days-overdue').innerText()).toBe(`${overdue} ngày`);
    await shot(page, '03-overdue');

    // ---- Back to the blocs, and on to the consolidated report in one click.
    await page.getByTestId('back-to-blocs').click();
    expect(await pathOnceAt(page, /\/tien-do$/)).toBe(`/tong-quan/${rootId}/${year - 1}/nam/tien-do`);
    await page.getByTestId('dashboard-tab-provinceReport').click();
    expect(await pathOnceAt(page, /\/bao-cao-tong-hop$/)).toBe(`/tong-quan/${rootId}/${year - 1}/nam/bao-cao-tong-hop`);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

it(
  "the committee's ranking: sorted, filtered, searched and paged; each row opens the unit's standing and its report; exported",
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, rootId } = fixture;
    const ranking = `/tong-quan/${rootId}/${year}/nam/xep-hang`;
    await page.goto(`${webUrl()}${ranking}`);
    await signIn(page, fixture.provinceCode, fixture.committee);
    expect(await pathOnceAt(page, /\/xep-hang$/)).toBe(ranking);

    // ---- Best score first, a rank for each unit with a score.
    await page.getByTestId('ranking-table').waitFor();
    expect(await text(page, 'ranking-showing')).toBe(`Đơn vị 1–${UNITS} trong ${UNITS}`);
    const codes = await rowCodes(page, 'ranking-row-');
    expect(codes.slice(0, 3)).toEqual(['VP-DUK', 'XA-01', 'BTG-DUK']);
    const ranks = await page.getByTestId('row-rank').allInnerTexts();
    expect(ranks.slice(0, 4)).toEqual(['1', '2', '3', '—']);
    const scores = (await page.getByTestId('row-score').allInnerTexts()).slice(0, 3).map((s) => Number(s.replace(',', '.')));
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(scores[2]);
    expect(await text(page, 'band-row-TOT')).toContain('1');
    expect(await page.getByTestId('band-chart').getAttribute('aria-label')).toContain('Tốt 1');
    await page.getByTestId('heatmap-chart').waitFor();
    await page.getByTestId('yoy-table').waitFor();
    await shot(page, '04-ranking');

    // ---- Sorted by code at its column's heading.
    await page.getByTestId('sort-colCode').click();
    await pathOnceAt(page, /sap-xep=CODE/);
    await page.getByTestId('ranking-row-BTG-DUK').waitFor();
    await waitInOrder(page, ['BTG-DUK', 'KT-DUK', 'TC-DUK', 'VP-DUK', 'XA-01']);
    expect(await page.locator('th[aria-sort=ascending]').innerText()).toContain('Mã');

    // ---- Filtered: a bloc, then a band; searched without accents.
    await page.getByTestId('filter-bloc').selectOption(frontId);
    await waitForText(page, 'ranking-showing', `Đơn vị 1–8 trong 8`);
    expect((await rowCodes(page, 'ranking-row-')).every((c) => c.startsWith('XA-'))).toBe(true);
    await page.getByTestId('filter-type').selectOption('COMMUNE');
    await waitForText(page, 'ranking-showing', `Đơn vị 1–8 trong 8`);
    await page.getByTestId('clear-filters').click();
    await page.getByTestId('filter-band').selectOption('TOT');
    await waitForText(page, 'ranking-showing', 'Đơn vị 1–1 trong 1');
    expect(await rowCodes(page, 'ranking-row-')).toEqual(['VP-DUK']);
    await page.getByTestId('clear-filters').click();
    await page.getByTestId('ranking-search').fill('uy ban nhan dan xa vinh tuong');
    await page.getByTestId('ranking-search-submit').click();
    await waitForText(page, 'ranking-showing', 'Đơn vị 1–1 trong 1');
    expect(await rowCodes(page, 'ranking-row-')).toEqual(['XA-08']);
    await page.getByTestId('ranking-search').fill('khong co don vi nay');
    await page.getByTestId('ranking-search-submit').click();
    await waitForText(page, 'ranking-empty', 'Không có đơn vị nào khớp');
    await page.getByTestId('clear-filters').click();

    // ---- Paged: ten a page, two pages.
    await page.getByTestId('page-size').selectOption('10');
    await waitForText(page, 'ranking-showing', `Đơn vị 1–10 trong ${UNITS}`);
    await waitForText(page, 'page-of', 'Trang 1/2');
    expect(await rowCodes(page, 'ranking-row-')).toHaveLength(10);
    await page.getByTestId('page-next').click();
    await waitForText(page, 'ranking-showing', `Đơn vị 11–${UNITS} trong ${UNITS}`);
    await waitForText(page, 'page-of', 'Trang 2/2');
    expect(await page.getByTestId('page-next').isDisabled()).toBe(true);
    await page.getByTestId('page-previous').click();
    await waitForText(page, 'page-of', 'Trang 1/2');

    // ---- Every row of the ranking as a workbook, whatever the page.
    const xlsx = await exported(page, 'export-ranking', 'xlsx');
    expect(xlsx.name).toBe(`xep-hang-nam-${year}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.file);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(UNITS + 1);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Hạng', 'Mã', 'Đơn vị']);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 3)).toEqual([1, 'VP-DUK']);

    // ---- A row opens the unit's "why this rank": its rank, its criteria against its bloc's median, the flags.
    await page.getByTestId('ranking-row-VP-DUK').getByTestId('open-standing').click();
    expect(await pathOnceAt(page, /\/xep-hang\/[^/]+$/)).toBe(`${ranking}/${fixture.unit.id}`);
    await page.getByTestId('criteria-table').waitFor();
    expect(await text(page, 'figure-rank')).toBe('1/3');
    expect(await text(page, 'figure-bloc-rank')).toBe('1/2');
    expect(await text(page, 'figure-band')).toBe('Tốt');
    expect(await page.locator('[data-testid^="criterion-row-"]').count()).toBeGreaterThan(3);
    await page.getByTestId('standing-flags').waitFor();
    await page.getByTestId('standing-chart').waitFor();
    await shot(page, '05-standing');
    // Back to the ranking as it was (the page and its size are in the address).
    await page.goBack();
    await waitForText(page, 'page-of', 'Trang 1/2');

    // ---- ... and the unit's report.
    await page.getByTestId('ranking-row-XA-01').getByTestId('open-report').click();
    expect(await pathOnceAt(page, /\/bao-cao\/[^/]+$/)).toBe(`/tong-quan/${rootId}/${year}/nam/bao-cao/${unitIds['XA-01']}`);
    await page.getByTestId('document-page').waitFor();
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

/** Waits until the ranking's first rows are `codes`, in that order. */
async function waitInOrder(page: Page, codes: string[]) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const shown = (await rowCodes(page, 'ranking-row-')).slice(0, codes.length);
    if (JSON.stringify(shown) === JSON.stringify(codes)) return;
    if (Date.now() > deadline) throw new Error(`the ranking shows ${shown.join(', ')}, not ${codes.join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it(
  "a bloc reviewer sees its bloc's units only; a unit's head its own standing only",
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, rootId, bloc, unit } = fixture;

    // ---- The bloc reviewer: its bloc's figures and units, no province, no other bloc.
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, fixture.blocReviewer);
    await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\/nam$/);
    await page.getByTestId('dashboard-tab-completeness').click();
    expect(await pathOnceAt(page, /\/tien-do$/)).toBe(`/tong-quan/${bloc.id}/${year}/nam/tien-do`);
    await page.getByTestId('bloc-figures').waitFor();
    expect(await page.getByTestId('province-figures').count()).toBe(0);
    expect(await text(page, 'figure-expected')).toBe('4');
    await waitForText(page, 'not-submitted-count', '2 đơn vị chưa nộp');
    expect((await rowCodes(page, 'completeness-row-')).sort()).toEqual(['BTG-DUK', 'KT-DUK', 'TC-DUK', 'VP-DUK']);
    // Its bloc's activities only: VP-DUK's board inspected once.
    expect(await rowCodes(page, 'activities-row-')).toEqual([bloc.id]);
    expect((await text(page, `activities-row-${bloc.id}`)).replace(/\s+/g, ' ')).toBe(`${bloc.name} 0 1 1 0 0 0 0`);
    await shot(page, '06-bloc-reviewer');
    await page.getByTestId('dashboard-tab-ranking').click();
    await waitForText(page, 'ranking-showing', 'Đơn vị 1–4 trong 4');
    expect(await page.getByTestId('filter-bloc').count()).toBe(0);
    expect((await page.getByTestId('row-rank').allInnerTexts()).slice(0, 2)).toEqual(['1', '2']);
    // The province's dashboards are not the reviewer's.
    await page.goto(`${webUrl()}/tong-quan/${rootId}/${year}/nam/xep-hang`);
    await page.getByTestId('not-found').waitFor();
    await signOut(page);

    // ---- The unit's head: its own standing, from its unit's screen; no dashboard of the province.
    await signIn(page, fixture.provinceCode, fixture.head);
    await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\/nam$/);
    await page.getByTestId('own-standing-link').click();
    expect(await pathOnceAt(page, /\/thu-hang$/)).toBe(`/don-vi/${unit.id}/${year}/nam/thu-hang`);
    await page.getByTestId('criteria-table').waitFor();
    expect(await text(page, 'figure-rank')).toBe('1/3');
    expect(await page.getByTestId('dashboard-nav').count()).toBe(0);
    await page.getByTestId('standing-report-link').click();
    expect(await pathOnceAt(page, /\/bao-cao$/)).toBe(`/don-vi/${unit.id}/${year}/nam/bao-cao`);
    for (const address of [`/tong-quan/${rootId}/${year}/nam/tien-do`, `/tong-quan/${rootId}/${year}/nam/xep-hang/${unit.id}`]) {
      await page.goto(`${webUrl()}${address}`);
      await page.getByTestId('not-found').waitFor();
    }
    await shot(page, '07-unit-head');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

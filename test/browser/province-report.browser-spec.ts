// The province's consolidated report (báo cáo tổng hợp) in the browser: the committee opens it from the
// overview and finds the figures in big tables, writes its assessment (autosaved; a reload before the save
// loses nothing; a save made elsewhere meanwhile keeps the committee's text and says what to do), exports it
// and reads the DOCX back; a bloc reviewer reads it without being able to change it. Screenshots at the
// office's 1366×768 go to .data/screenshots/province-report-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { docxText, ownerClient, waitForRollups } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import {
  SCREENSHOTS,
  arrangeProvinceWithOneUnit,
  draftHolding,
  gatewayRequest,
  submitYearlyReport,
  yearlyPeriodId,
  loginToken,
  pathOnceAt,
  signIn,
  signOut,
  specBrowser,
  waitForText,
  waitInPage,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 240_000;

const newPage = specBrowser('province-report-99-last', TIMEOUT);
let fixture: ProvinceFixture;
/** A second unit in the bloc, so that the units that did not submit are a list, not one row by chance. */
const secondUnit = { code: 'BTG-DUK', name: 'Ban Tuyên giáo Đảng ủy Khối' };

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `province-report-${name}.png`) });
const fullShot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `province-report-${name}-full.png`), fullPage: true });

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
  const admin = await loginToken(fixture.provinceCode, fixture.admin.username, fixture.admin.password);
  await gatewayRequest(
    `mutation CreateOrgUnit($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
    { input: { parentId: fixture.bloc.id, ...secondUnit, kind: 'UNIT', unitType: 'AGENCY' } },
    admin,
  );
  await submitFirstUnit();
}, TIMEOUT);

/**
 * The fixture's unit submits its yearly report through the gateway, as its screens would: a briefing
 * recorded, every criterion self-scored, the required sections and the signer written, then the head submits.
 * The roll-ups catch up before the test reads the figures.
 */
async function submitFirstUnit() {
  const reporter = await loginToken(fixture.provinceCode, fixture.reporter.username, fixture.reporter.password);
  const head = await loginToken(fixture.provinceCode, fixture.head.username, fixture.head.password);
  await submitYearlyReport(fixture.year, fixture.unit.id, { reporter, head });
  const owner = await ownerClient();
  try {
    await waitForRollups(owner, fixture.provinceId);
  } finally {
    await owner.end();
  }
}

/** Waits until the text is on the server (nothing unsaved, nothing being sent). */
const draftSaved = (page: Page) => page.locator('[data-testid=draft-state][data-unsaved=false]').filter({ hasText: 'Đã lưu' }).waitFor();

/** The consolidated report of the yearly period, from the overview's link. */
async function openFromOverview(page: Page, scopeId: string) {
  await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\/nam$/);
  await page.getByTestId('province-report-link').click();
  expect(await pathOnceAt(page, /\/bao-cao-tong-hop$/)).toBe(`/tong-quan/${scopeId}/${fixture.year}/nam/bao-cao-tong-hop`);
  await page.getByTestId('province-figures').waitFor();
  await page.getByTestId('document-page').waitFor();
}

const cellText = async (page: Page, row: string, cell: string) => (await page.getByTestId(row).getByTestId(cell).innerText()).trim();

it(
  'the committee reads the figures, writes and finds its text after a reload, keeps it over a save made elsewhere, exports and downloads the DOCX; a bloc reviewer only reads',
  async () => {
    const { page, pageErrors } = await newPage();
    const { committee, blocReviewer } = fixture;

    // ---- The committee: the figures in big tables.
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, committee);
    await openFromOverview(page, fixture.rootId);
    expect(await page.getByTestId('province-report').getAttribute('data-can-save')).toBe('true');
    expect(await cellText(page, 'figure-expected', 'figure-count')).toBe('2');
    expect(await cellText(page, 'figure-expected', 'figure-percent')).toBe('100%');
    expect(await cellText(page, 'figure-submitted', 'figure-count')).toBe('1');
    expect(await cellText(page, 'figure-submitted', 'figure-percent')).toBe('50%');
    expect(await cellText(page, 'figure-approved', 'figure-count')).toBe('0');
    expect(await cellText(page, 'figure-approved', 'figure-percent')).toBe('0%');
    // Every criterion at its maximum: one unit in the best band, none in the others.
    expect((await page.getByTestId('band-TOT').innerText()).replace(/\s+/g, ' ')).toContain('Tốt 1 100%');
    expect((await page.getByTestId('band-KHA').innerText()).replace(/\s+/g, ' ')).toContain('Khá 0 0%');
    // The submitted unit's briefing, by the kind's Vietnamese name.
    await waitForText(page, 'activity-BRIEFING', 'Hội nghị quán triệt, tuyên truyền, phổ biến');
    expect(await page.getByTestId('activity-BRIEFING').locator('td.num').innerText()).toBe('1');
    // Only the unit that did not submit, with its bloc.
    const missing = page.getByTestId('not-submitted-row');
    expect(await missing.count()).toBe(1);
    await missing.filter({ hasText: secondUnit.code }).filter({ hasText: fixture.bloc.name }).waitFor();
    // The document already carries them: the not-submitted unit's table in section III.
    await waitForText(page, 'doc-body', 'Còn 01 đơn vị chưa nộp báo cáo');
    await page.getByTestId('draft-state').filter({ hasText: 'Chưa lưu lần nào' }).waitFor();
    await shot(page, '01-figures');

    // ---- A section written: autosaved, and the preview (the server's document) follows.
    const assessment = 'Ban chỉ đạo đánh giá: các đơn vị khối cơ quan thực hiện nghiêm túc quy chế dân chủ ở cơ sở.';
    await page.getByTestId('section-text-IV').fill(assessment);
    await draftSaved(page);
    await waitForText(page, 'doc-body', assessment);
    await shot(page, '02-written');
    await fullShot(page, '02-written');

    // ---- Typed, then reloaded as soon as the device holds it (before the autosave): the text is kept, then saved.
    const direction = 'Năm tới: đôn đốc các đơn vị nộp báo cáo đúng hạn.';
    await page.getByTestId('section-text-V').fill(direction);
    await waitInPage(page, draftHolding(direction));
    await page.reload();
    await page.getByTestId('province-report-editor').waitFor();
    expect(await page.getByTestId('section-text-V').inputValue()).toBe(direction);
    expect(await page.getByTestId('section-text-IV').inputValue()).toBe(assessment);
    await draftSaved(page);
    await waitForText(page, 'doc-body', direction);

    // ---- Meanwhile another member saves elsewhere: the next save is refused, the text stays with what to do;
    // "keep mine" saves it over the newest version.
    const token = await loginToken(fixture.provinceCode, committee.username, committee.password);
    const periodId = await yearlyPeriodId(fixture.year, token);
    const { provinceReport } = await gatewayRequest<{ provinceReport: { version: number } }>(
      `query($p: ID!) { provinceReport(periodId: $p) { version } }`,
      { p: periodId },
      token,
    );
    await gatewayRequest(
      `mutation($input: SaveProvinceReportInput!) { saveProvinceReport(input: $input) { version } }`,
      { input: { periodId, expectedVersion: provinceReport.version, prose: { I: 'Một thành viên khác viết ở máy khác.' } } },
      token,
    );
    const mine = 'Ban chỉ đạo đánh giá lại sau khi họp: đa số đơn vị thực hiện tốt.';
    await page.getByTestId('section-text-IV').fill(mine);
    await page.getByTestId('conflict-VERSION_MISMATCH').waitFor();
    expect(await page.getByTestId('section-text-IV').inputValue()).toBe(mine);
    await shot(page, '03-version-mismatch');
    await page.getByTestId('keep-my-edits').click();
    await page.getByTestId('conflict-VERSION_MISMATCH').waitFor({ state: 'detached' });
    await draftSaved(page);
    await waitForText(page, 'doc-body', mine);
    // Saved over the newest: the other member's section I stays.
    await waitForText(page, 'doc-body', 'Một thành viên khác viết ở máy khác.');

    // ---- Exported: the job's progress, then its files; the DOCX read back has the figures and the text.
    await page.getByTestId('render-report').click();
    const panel = page.getByTestId('render-panel');
    await panel.getByTestId('render-done').waitFor({ timeout: 120_000 });
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '04-exported');
    const download = page.waitForEvent('download');
    await panel.getByTestId('download-DOCX').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`bao-cao-tong-hop-nam-${fixture.year}.docx`);
    const saved = path.join(SCREENSHOTS, 'province-report-downloaded.docx');
    await file.saveAs(saved);
    const text = await docxText(fs.readFileSync(saved));
    expect(text).toContain(mine);
    expect(text).toContain(direction);
    expect(text).toContain('Toàn tỉnh có 02 đơn vị phải báo cáo');
    expect(text).toContain('đã nộp 01 đơn vị (50%)');
    expect(text).toContain(secondUnit.name);
    const pdf = page.waitForEvent('download');
    await panel.getByTestId('download-PDF').click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    await signOut(page);

    // ---- The bloc reviewer reads it, the committee's text included, and can change nothing.
    await signIn(page, fixture.provinceCode, blocReviewer);
    await openFromOverview(page, fixture.bloc.id);
    await page.getByTestId('province-report-read-only').waitFor();
    expect(await page.getByTestId('province-report').getAttribute('data-can-save')).toBe('false');
    expect(await page.getByTestId('section-text-IV').inputValue()).toBe(mine);
    expect(await page.getByTestId('section-text-IV').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('section-text-IV').isEditable()).toBe(false);
    expect(await page.getByTestId('header-subject').isEditable()).toBe(false);
    expect(await page.getByTestId('header-format').isDisabled()).toBe(true);
    await page.getByTestId('draft-state').waitFor({ state: 'detached' });
    await page.getByTestId('render-not-yours').waitFor();
    expect(await page.getByTestId('render-report').count()).toBe(0);
    // The committee's export is there to download.
    await panel.getByTestId('download-DOCX').waitFor();
    await waitForText(page, 'doc-body', mine);
    await shot(page, '05-bloc-reader');

    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

/** The id of the fixture's yearly period, as `token` reads it. */

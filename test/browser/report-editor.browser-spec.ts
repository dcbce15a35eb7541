// A unit's report as a document, in the browser, the way the year ends: the reporter writes the required
// sections while the preview follows and the blocking problems go away; the head submits; the bloc reviewer
// returns it (a blank reason is refused) and the head resubmits with the correction; the versions' diff
// shows the change; the reviewer approves; the document is exported and its DOCX downloaded. Screenshots at
// the office's 1366×768 go to .data/screenshots/report-*.png.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { docxText } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import {
  SCREENSHOTS,
  arrangeProvinceWithOneUnit,
  draftHolding,
  gatewayRequest,
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

const newPage = specBrowser('report-editor-99-last', TIMEOUT);
let fixture: ProvinceFixture;

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `report-${name}.png`) });
const fullShot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `report-${name}-full.png`), fullPage: true });

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
  // Every criterion self-scored (through the gateway, as the scoring screen would): what blocks the
  // submission then is the report's own text.
  const head = await loginToken(fixture.provinceCode, fixture.head.username, fixture.head.password);
  const periodId = await yearlyPeriodId(fixture.year, head);
  const { scoringSheet } = await gatewayRequest<{
    scoringSheet: { rubric: { criteria: { id: string; code: string; maxPoints: number; parentCode: string | null }[] }; assessment: { version: number } | null };
  }>(
    `query($u: ID!, $p: ID!) { scoringSheet(unitId: $u, periodId: $p) { rubric { criteria { id code maxPoints parentCode } } assessment { version } } }`,
    { u: fixture.unit.id, p: periodId },
    head,
  );
  const parents = new Set(scoringSheet.rubric.criteria.map((c) => c.parentCode));
  const scores = scoringSheet.rubric.criteria.filter((c) => !parents.has(c.code)).map((c) => ({ criterionId: c.id, points: c.maxPoints, comment: null }));
  await gatewayRequest(
    `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { version } }`,
    { input: { unitId: fixture.unit.id, periodId, expectedVersion: scoringSheet.assessment?.version ?? 0, scores } },
    head,
  );
}, TIMEOUT);

/** The id of the fixture's yearly period, as `token` reads it. */

/** The report tab of the unit's yearly period. */
async function openReport(page: Page) {
  await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\/nam$/);
  await page.getByTestId('unit-tab-report').click();
  expect(await pathOnceAt(page, /\/bao-cao$/)).toBe(`/don-vi/${fixture.unit.id}/${fixture.year}/nam/bao-cao`);
}

/** The head's submission: the warnings (if the scoring flagged any) acknowledged, then confirmed. */
async function submitAsHead(page: Page) {
  await page.getByTestId('no-blocking-problems').waitFor();
  if (await page.getByTestId('acknowledge-warnings').isVisible()) await page.getByTestId('acknowledge-warnings').check();
  await page.getByTestId('submit-report').click();
  await page.getByTestId('confirm-submit').click();
  await page.locator('[data-testid=report-state][data-status=SUBMITTED]').waitFor();
}

/** Waits until the draft is on the server (nothing unsaved, nothing being sent). */
const draftSaved = (page: Page) => page.locator('[data-testid=draft-state][data-unsaved=false]').filter({ hasText: 'Đã lưu' }).waitFor();

/** The reviewer's queue of the yearly period, from the overview, and the unit's report opened from it. */
async function openFromQueue(page: Page) {
  await pathOnceAt(page, /^\/tong-quan\/[^/]+\/\d{4}\/nam$/);
  await page.getByTestId('review-queue-link').click();
  await pathOnceAt(page, /\/bao-cao$/);
  const row = page.getByTestId('review-row').filter({ hasText: fixture.unit.code });
  await row.getByTestId('open-report').click();
  expect(await pathOnceAt(page, /\/bao-cao\/[^/]+$/)).toBe(`/tong-quan/${fixture.bloc.id}/${fixture.year}/nam/bao-cao/${fixture.unit.id}`);
  await page.getByTestId('report-reader').waitFor();
}

it(
  'the reporter writes, the head submits, the bloc returns with a reason, the head resubmits, the diff shows it, the bloc approves, the DOCX downloads',
  async () => {
    const { page, pageErrors } = await newPage();
    const { reporter, head, blocReviewer } = fixture;

    // ---- The reporter: the required sections are marked and listed as what blocks the submission.
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, reporter);
    await openReport(page);
    await page.getByTestId('report-editor').waitFor();
    await page.getByTestId('document-page').waitFor();
    await page.getByTestId('blocking-problems').waitFor();
    const required = page.locator('.report-section').filter({ has: page.getByTestId('section-required') });
    const requiredCount = await required.count();
    expect(requiredCount).toBeGreaterThan(0);
    const emptySections = page.locator('[data-testid=blocking-problem][data-reason=SECTION_EMPTY]');
    expect(await emptySections.count()).toBe(requiredCount);
    // The proposed header leaves the signer's name to fill: that blocks too, with a link to the field.
    await page.locator('[data-testid=blocking-problem][data-reason=HEADER_INCOMPLETE]').waitFor();
    // The reporter prepares; only the head submits.
    await page.getByTestId('submit-not-yours').waitFor();
    expect(await page.getByTestId('submit-report').isDisabled()).toBe(true);
    await shot(page, '01-empty');

    // A problem's link puts the cursor in its section.
    const firstRef = await emptySections.first().getAttribute('data-ref');
    await page.getByTestId(`problem-link-${firstRef}`).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(`section-text-${firstRef}`);

    // Each required section written: the preview follows, the problems go away one by one.
    for (let i = 0; i < requiredCount; i += 1) {
      const section = required.nth(i);
      const key = (await section.getAttribute('data-testid'))?.replace(/^section-/, '');
      await section.locator('textarea').fill(`Nội dung mục ${key}: đơn vị thực hiện nghiêm túc quy chế dân chủ.`);
    }
    await waitForText(page, 'doc-body', `Nội dung mục ${firstRef}: đơn vị thực hiện nghiêm túc quy chế dân chủ.`);
    await emptySections.first().waitFor({ state: 'detached' });
    // The signer's name, through the problem's link: the preview's signature follows, nothing blocks any more.
    await page.getByTestId('problem-link-header.signature.name').click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('header-signatureName');
    await page.getByTestId('header-signatureName').fill('Lê Quang Vinh');
    await waitForText(page, 'doc-signature', 'Lê Quang Vinh');
    await page.getByTestId('no-blocking-problems').waitFor();
    await page.getByTestId('blocking-problems').waitFor({ state: 'detached' });
    await draftSaved(page);
    await shot(page, '02-written');
    await fullShot(page, '02-written');

    // A half-typed header is kept on the device and said to be incomplete; a reload loses nothing.
    await page.getByTestId('header-subject').fill('');
    await page.getByTestId('header-incomplete').waitFor();
    await waitInPage(page, draftHolding('"subject":""'));
    await page.reload();
    await page.getByTestId('report-editor').waitFor();
    expect(await page.getByTestId('header-subject').inputValue()).toBe('');
    expect(await page.getByTestId(`section-text-${firstRef}`).inputValue()).toContain('đơn vị thực hiện nghiêm túc');
    await page.getByTestId('header-subject').fill('Tổng kết thực hiện dân chủ ở cơ sở năm ' + fixture.year);
    await draftSaved(page);
    await waitForText(page, 'doc-subject', 'Tổng kết thực hiện dân chủ ở cơ sở năm');

    // Meanwhile the head saves the draft elsewhere: the reporter's next save is refused (VERSION_MISMATCH),
    // the reporter's edit stays on screen with what to do, and "keep mine" saves it over the newest version.
    const headToken = await loginToken(fixture.provinceCode, head.username, head.password);
    const vars = { u: fixture.unit.id, p: await yearlyPeriodId(fixture.year, headToken) };
    const { report } = await gatewayRequest<{ report: { version: number } }>(`query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) { version } }`, vars, headToken);
    await gatewayRequest(
      `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { version } }`,
      { input: { unitId: vars.u, periodId: vars.p, expectedVersion: report.version, prose: { [firstRef ?? '']: 'Thủ trưởng sửa ở máy khác.' } } },
      headToken,
    );
    await page.getByTestId(`section-text-${firstRef}`).fill('Bản của người báo cáo, sửa sau cùng.');
    await page.getByTestId('conflict-VERSION_MISMATCH').waitFor();
    expect(await page.getByTestId(`section-text-${firstRef}`).inputValue()).toBe('Bản của người báo cáo, sửa sau cùng.');
    await shot(page, '02b-version-mismatch');
    await page.getByTestId('keep-my-edits').click();
    await page.getByTestId('conflict-VERSION_MISMATCH').waitFor({ state: 'detached' });
    await draftSaved(page);
    expect(await page.getByTestId(`section-text-${firstRef}`).inputValue()).toBe('Bản của người báo cáo, sửa sau cùng.');
    await waitForText(page, 'doc-body', 'Bản của người báo cáo, sửa sau cùng.');

    // The line drops while typing: the save says so and the edit stays on the device; back on the line, it goes out by itself.
    await page.context().setOffline(true);
    await page.getByTestId(`section-text-${firstRef}`).fill('Viết trong lúc mất mạng.');
    await page.locator('[data-testid=error-message][data-code=NETWORK]').waitFor();
    await waitForText(page, 'draft-state', 'được giữ trên máy này');
    await page.context().setOffline(false);
    await draftSaved(page);
    await page.locator('[data-testid=error-message][data-code=NETWORK]').waitFor({ state: 'detached' });

    // The draft exported as it stands: the job's progress, then its two files; the PDF downloads.
    await page.getByTestId('render-report').click();
    const draftPanel = page.getByTestId('render-panel');
    await draftPanel.getByTestId('render-done').waitFor({ timeout: 120_000 });
    await draftPanel.scrollIntoViewIfNeeded();
    await shot(page, '02c-draft-exported');
    const pdf = page.waitForEvent('download');
    await draftPanel.getByTestId('download-PDF').click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    await signOut(page);

    // ---- The head submits.
    await signIn(page, fixture.provinceCode, head);
    await openReport(page);
    await submitAsHead(page);
    await page.getByTestId('report-reader').waitFor();
    await page.getByTestId('snapshot-row').first().waitFor();
    await shot(page, '03-submitted');
    await signOut(page);

    // ---- The bloc reviewer returns it: a blank reason is refused with what to do.
    await signIn(page, fixture.provinceCode, blocReviewer);
    await openFromQueue(page);
    await page.getByTestId('return-report').click();
    await page.getByTestId('confirm-return').click();
    await page.locator('[data-testid=return-form] [data-testid=error-message]').filter({ hasText: 'lý do' }).waitFor();
    expect(await page.locator('[data-testid=return-form] [data-testid=error-message]').getAttribute('data-code')).toBe('BAD_USER_INPUT');
    await shot(page, '04-blank-reason');
    await page.getByTestId('return-reason-input').fill('Mục Hạn chế cần nêu rõ nguyên nhân và người chịu trách nhiệm.');
    await page.getByTestId('confirm-return').click();
    await page.locator('[data-testid=report-state][data-status=RETURNED]').waitFor();
    await signOut(page);

    // ---- The head reads the reason, corrects, resubmits.
    await signIn(page, fixture.provinceCode, head);
    await openReport(page);
    await waitForText(page, 'return-reason', 'Mục Hạn chế cần nêu rõ nguyên nhân');
    const limits = page.locator('.report-section').filter({ hasText: 'Hạn chế' }).locator('textarea').first();
    await limits.fill('Chưa sơ kết 6 tháng đầu năm; nguyên nhân: Ban chưa phân công người chịu trách nhiệm.');
    await draftSaved(page);
    await shot(page, '05-returned-corrected');
    await submitAsHead(page);

    // Two versions: the diff shows the correction, side by side.
    const diff = page.getByTestId('report-diff');
    await diff.waitFor();
    await diff.locator('[data-testid=diff-line]').filter({ hasText: 'Ban chưa phân công người chịu trách nhiệm' }).first().waitFor();
    expect(await diff.locator('[data-testid=diff-line][data-change=SAME]').count()).toBe(0);
    await diff.scrollIntoViewIfNeeded();
    await shot(page, '06-diff');
    await signOut(page);

    // ---- The reviewer approves; the document is exported and its DOCX downloaded.
    await signIn(page, fixture.provinceCode, blocReviewer);
    await openFromQueue(page);
    if (await page.getByTestId('review-report').isVisible()) {
      await page.getByTestId('review-report').click();
      await page.locator('[data-testid=report-state][data-status=REVIEWED]').waitFor();
    }
    await page.getByTestId('approve-report').click();
    await page.getByTestId('confirm-approve').click();
    await page.locator('[data-testid=report-state][data-status=APPROVED]').waitFor();
    await page.getByTestId('history-step').filter({ hasText: 'Mục Hạn chế cần nêu rõ nguyên nhân' }).waitFor();

    // The submitted version was rendered when it was submitted: its files are there (an export returns them).
    const panel = page.getByTestId('render-panel');
    await panel.getByTestId('render-done').waitFor({ timeout: 120_000 });
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '07-approved-rendered');
    await fullShot(page, '07-approved-rendered');
    const download = page.waitForEvent('download');
    await panel.getByTestId('download-DOCX').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const saved = path.join(SCREENSHOTS, 'report-downloaded.docx');
    await file.saveAs(saved);
    const text = await docxText(fs.readFileSync(saved));
    expect(text).toContain('Ban chưa phân công người chịu trách nhiệm');
    expect(text).toContain('Lê Quang Vinh');

    // English second: the report screens' own labels follow the switch; the document stays Vietnamese.
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'render-report', 'Export the document (DOCX, PDF)');
    await waitForText(page, 'report-status-badge', 'Approved');
    await waitForText(page, 'doc-recipients', 'Nơi nhận:');
    await shot(page, '08-english');
    await page.getByTestId('lang-switch').click();
    await waitForText(page, 'render-report', 'Xuất văn bản (DOCX, PDF)');

    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

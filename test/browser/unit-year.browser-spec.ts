// A unit's year in the browser, the way a reporter spends it: a briefing recorded by pasting its attendance
// line, seen in the period's log with its summary, its minutes attached as a PDF; then the scoring screen,
// criterion 1.2 scored with that briefing and its minutes as its evidence, saved, and the total shown. Screenshots of both
// screens at the office's 1366×768 go to .data/screenshots/.
import path from 'node:path';
import { webUrl } from '../support/browser';
import {
  SCREENSHOTS,
  arrangeProvinceWithOneUnit,
  gatewayRequest,
  loginToken,
  pathOnceAt,
  screenshot,
  signIn,
  specBrowser,
  waitForText,
  type ProvinceFixture,
} from './support';

const TIMEOUT = 120_000;

const newPage = specBrowser('unit-year-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

/** The smallest PDF a reader opens: one empty page. */
const MINUTES_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

it(
  'a reporter records a briefing by pasting its attendance, attaches its minutes, and scores criterion 1.2 with it as evidence',
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, unit, reporter } = fixture;
    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, reporter);
    expect(await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\/nam$/)).toBe(`/don-vi/${unit.id}/${year}/nam`);

    // The quick entry of a briefing: the pasted line fills the numbers and the unit of count.
    await page.getByTestId('activity-form').waitFor();
    expect(await page.getByTestId('activity-kind').inputValue()).toBe('BRIEFING');
    expect(await page.getByTestId('activity-date').getAttribute('min')).toBe(`${year}-01-01`);
    await page.getByTestId('activity-date').fill(`${year}-03-10`);
    await page.getByTestId('fact-topic').fill('Quán triệt Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
    await page.getByTestId('activity-paste').fill('15/16 đ/c dự');
    expect(await page.getByTestId('fact-present').inputValue()).toBe('15');
    expect(await page.getByTestId('fact-eligible').inputValue()).toBe('16');
    expect(await page.getByTestId('fact-countUnit').inputValue()).toBe('COMRADES');

    // Present above eligible: the rule's own words under the field, before anything is sent.
    await page.getByTestId('fact-present').fill('17');
    await waitForText(page, 'error-present', 'Số người dự (17) không thể lớn hơn tổng số được triệu tập (16).');
    await page.getByTestId('fact-present').fill('15');
    await page.getByTestId('error-present').waitFor({ state: 'detached' });

    await page.getByTestId('record-activity').click();
    await waitForText(page, 'activity-saved', `Đã lưu hoạt động ngày 10/03/${year}.`);
    const row = page.getByTestId('activity-row').filter({ hasText: 'Quán triệt Luật Thực hiện dân chủ' });
    await waitForText(page, 'activity-summary', '01 cuộc, có 15/16 đ/c dự');
    expect(await page.getByTestId('fact-topic').inputValue()).toBe('');

    // Its minutes, attached as a PDF: the bar shows the upload, the file is listed under the activity.
    await row.getByTestId('evidence-input').setInputFiles({ name: 'Biên bản hội nghị quán triệt.pdf', mimeType: 'application/pdf', buffer: MINUTES_PDF });
    await waitForText(page, 'evidence-uploaded', 'Biên bản hội nghị quán triệt.pdf');
    await row.getByTestId('evidence-download').filter({ hasText: 'Biên bản hội nghị quán triệt.pdf' }).waitFor();
    // A wrong file attached by mistake is taken off again, with the reason.
    await row.getByTestId('evidence-input').setInputFiles({ name: 'nham.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([MINUTES_PDF, Buffer.from('% tệp nhầm\n')]) });
    const wrong = row.locator('.evidence-file').filter({ hasText: 'nham.pdf' });
    await wrong.waitFor();
    await wrong.getByTestId('remove-evidence').click();
    await wrong.getByTestId('removal-reason').fill('Tải nhầm tệp');
    await wrong.getByTestId('confirm-remove-evidence').click();
    await wrong.waitFor({ state: 'detached' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unit-year-01-activities-1366x768.png') });
    await screenshot(page, 'unit-year-02-activities');

    // A correction starts from the stored facts; the log says it was corrected.
    await row.getByTestId('correct-activity').click();
    const correction = page.getByTestId('correction-form');
    expect(await correction.getByTestId('fact-present').inputValue()).toBe('15');
    expect(await correction.getByTestId('fact-topic').inputValue()).toBe('Quán triệt Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15');
    await correction.getByTestId('fact-documents').fill('Kế hoạch số 12-KH/ĐUK ngày 05/01/2026');
    await correction.getByTestId('save-correction').click();
    await correction.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Đã sửa 1 lần' }).waitFor();

    // A disclosure, through its own form, entered twice by mistake: the second is deleted with its reason,
    // and shown (struck through, with the reason) only when the deleted ones are asked for.
    await page.getByTestId('activity-kind').selectOption('DISCLOSURE');
    const disclosure = page.locator('[data-testid=activity-form][data-kind=DISCLOSURE]');
    for (let i = 0; i < 2; i += 1) {
      await disclosure.getByTestId('activity-date').fill(`${year}-04-02`);
      await disclosure.getByTestId('fact-item').fill('Dự toán ngân sách năm 2026');
      await disclosure.getByTestId('fact-legalItem').selectOption('BUDGET');
      await disclosure.getByTestId('fact-forms-POSTING').check();
      await disclosure.getByTestId('record-activity').click();
      await disclosure.getByTestId('activity-saved').waitFor();
    }
    const disclosures = page.getByTestId('activity-row').filter({ hasText: 'Công khai Dự toán ngân sách năm 2026 (niêm yết)' });
    await disclosures.nth(1).waitFor();
    await disclosures.nth(1).getByTestId('delete-activity').click();
    await page.getByTestId('confirm-delete').click();
    await waitForText(page, 'delete-problem', 'Vui lòng ghi lý do xóa.');
    await page.getByTestId('deletion-reason-input').fill('Ghi trùng');
    await page.getByTestId('confirm-delete').click();
    await page.getByTestId('delete-form').waitFor({ state: 'detached' });
    await disclosures.nth(1).waitFor({ state: 'detached' });
    expect(await disclosures.count()).toBe(1);
    await page.getByTestId('filter-deleted').check();
    await waitForText(page, 'deletion-reason', 'Lý do: Ghi trùng');
    await page.getByTestId('filter-deleted').uncheck();

    // The download hands back the same bytes.
    const download = page.waitForEvent('download');
    await row.getByTestId('evidence-download').first().click();
    expect((await download).suggestedFilename()).toBe('Biên bản hội nghị quán triệt.pdf');

    // The scoring screen: 1.2 suggests full points from the records (15/16 present), with its basis.
    await page.getByTestId('unit-tab-scoring').click();
    expect(await pathOnceAt(page, /\/cham-diem$/)).toBe(`/don-vi/${unit.id}/${year}/nam/cham-diem`);
    await page.getByTestId('score-table').waitFor();
    await waitForText(page, 'suggested-1.2', '8');

    // The briefing linked to 1.2 from the evidence panel; its minutes are listed with it.
    await page.getByTestId('evidence-1.2').click();
    const panel = page.getByTestId('evidence-panel');
    const briefing = panel.getByTestId('panel-activity').filter({ hasText: '15/16 đ/c dự' });
    await briefing.getByTestId('evidence-download').filter({ hasText: 'Biên bản hội nghị quán triệt.pdf' }).waitFor();
    await briefing.locator('[data-testid^="link-activity-"]').check();
    await waitForText(page, 'evidence-1.2', '(1)');
    // ... and the scan of its minutes, linked on its own.
    await briefing.locator('[data-testid^="link-file-"]').check();
    await waitForText(page, 'evidence-1.2', '(2)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unit-year-03-evidence-panel-1366x768.png') });
    await page.getByTestId('close-evidence-panel').click();

    await page.getByTestId('points-1.2').fill('8');
    await page.getByTestId('comment-1.2').fill('02 hội nghị quán triệt, có biên bản kèm theo');
    await waitForText(page, 'live-total', '8 / 100');
    await page.getByTestId('save-self-assessment').click();
    await waitForText(page, 'saved-self-assessment', '8 điểm');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unit-year-04-scoring-1366x768.png') });
    await screenshot(page, 'unit-year-05-scoring');

    // Read again from the server: the score and its link are kept.
    await page.reload();
    await page.getByTestId('score-table').waitFor();
    expect(await page.getByTestId('points-1.2').inputValue()).toBe('8');
    await waitForText(page, 'evidence-1.2', '(2)');


    // Meanwhile the unit's head saves too (1.1: 5 points, 1.2 as it was): the reporter's next save is refused
    // with the reason, and reading again keeps the reporter's edit beside the head's points.
    const head = await loginToken(fixture.provinceCode, fixture.head.username, fixture.head.password);
    const { scoringSheet } = await gatewayRequest<{
      scoringSheet: { periodId: string; rubric: { criteria: { id: string; code: string }[] }; assessment: { version: number } };
    }>(
      `query($u: ID!, $p: ID!) { scoringSheet(unitId: $u, periodId: $p) { periodId rubric { criteria { id code } } assessment { version } } }`,
      { u: unit.id, p: await yearlyPeriodId(head) },
      head,
    );
    const idOf = (code: string) => scoringSheet.rubric.criteria.find((c) => c.code === code)?.id;
    await gatewayRequest(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { version } }`,
      {
        input: {
          unitId: unit.id,
          periodId: scoringSheet.periodId,
          expectedVersion: scoringSheet.assessment.version,
          scores: [
            { criterionId: idOf('1.1'), points: 5, comment: null },
            { criterionId: idOf('1.2'), points: 8, comment: '02 hội nghị quán triệt, có biên bản kèm theo' },
          ],
        },
      },
      head,
    );
    await page.getByTestId('points-1.2').fill('7');
    await page.getByTestId('save-self-assessment').click();
    await waitForText(page, 'save-conflict', 'một người khác đã lưu');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unit-year-06-conflict-1366x768.png') });
    await page.getByTestId('reload-keep-edits').click();
    await page.getByTestId('save-conflict').waitFor({ state: 'detached' });
    expect(await page.getByTestId('points-1.1').inputValue()).toBe('5');
    expect(await page.getByTestId('points-1.2').inputValue()).toBe('7');
    await waitForText(page, 'saved-points-1.2', 'Bản đã lưu: 8 điểm');
    await page.getByTestId('save-self-assessment').click();
    await waitForText(page, 'saved-self-assessment', '12 điểm');

    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

/** The id of the fixture's yearly period, as `token` reads it. */
async function yearlyPeriodId(token: string): Promise<string> {
  const { reportingPeriods } = await gatewayRequest<{ reportingPeriods: { id: string; kind: string }[] }>(
    `query($y: Int!) { reportingPeriods(year: $y) { id kind } }`,
    { y: fixture.year },
    token,
  );
  const yearly = reportingPeriods.find((p) => p.kind === 'YEAR');
  if (!yearly) throw new Error('the fixture has no yearly period');
  return yearly.id;
}

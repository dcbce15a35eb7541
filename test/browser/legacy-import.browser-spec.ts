// A past report imported in the browser: the reporter opens the import from the unit's screen, uploads a file
// that is not a report (told what to do), then the report as a Word document (a progress bar, then the
// figures in tables with their source sentences), corrects a section, fills the header's place and confirms;
// the unit's draft exists, and confirming again is refused with what to do.
import { Document, Packer, Paragraph } from 'docx';
import type { Page } from 'playwright-core';
import { LEGACY_REPORT_2006_FIXTURE as REPORT } from '../../libs/reports/domain/src/legacy-import/legacy-report-2006.fixture';
import { webUrl } from '../support/browser';
import { axeViolations } from './a11y';
import { arrangeProvinceWithOneUnit, pathOnceAt, screenshot, signIn, specBrowser, waitForText, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;

const newPage = specBrowser('legacy-import-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

const shot = (page: Page, name: string) => screenshot(page, `legacy-import-${name}`);
const asDocx = () => Packer.toBuffer(new Document({ sections: [{ children: REPORT.split('\n').map((line) => new Paragraph(line.replace(/\*\*/g, ''))) }] }));
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

it(
  'a reporter uploads a past report, checks the figures, corrects a section and confirms it into the draft',
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, unit, reporter } = fixture;

    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, reporter);
    await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//);
    await page.getByTestId('legacy-import-link').click();
    expect(await pathOnceAt(page, /^\/nhap-bao-cao-cu\//)).toBe(`/nhap-bao-cao-cu/${unit.id}/${year}/nam`);
    await waitForText(page, 'legacy-unit-name', unit.name);

    // A letter is not a report: the server's words say what to do.
    await page.getByTestId('legacy-file-input').setInputFiles({ name: 'thu.txt', mimeType: 'text/plain', buffer: Buffer.from('Kính gửi anh Nam,\nHẹn gặp lại.') });
    await waitForText(page, 'error-message', 'Hãy chọn đúng tệp báo cáo');

    await page.getByTestId('legacy-file-input').setInputFiles({ name: 'bao-cao-2006.docx', mimeType: DOCX_TYPE, buffer: await asDocx() });
    await page.getByTestId('legacy-review').waitFor();
    await page.getByTestId('legacy-no-warnings').waitFor();
    const attendance = await page.locator('[data-testid=legacy-meetings] tbody tr td:nth-child(3)').allTextContents();
    expect(attendance.map((a) => a.trim())).toEqual(['15/16', '16/16', '32/32', '45/48']);
    await waitForText(page, 'legacy-self-score', '97');
    expect(await page.locator('[data-testid=legacy-personnel] tbody tr').count()).toBe(5);
    await waitForText(page, 'legacy-signer', 'Nguyễn Văn Thử');
    expect(await page.getByTestId('legacy-prose-A.IV.2').inputValue()).toBe('Ban chưa sơ kết 6 tháng đầu năm.');
    await shot(page, '01-read');
    expect(await axeViolations(page)).toEqual([]);

    // The header's place is the person's to give: asked for before anything is sent.
    await page.getByTestId('legacy-prose-A.IV.2').fill('Ban chưa sơ kết 6 tháng đầu năm; đã khắc phục từ quý IV.');
    await page.getByTestId('legacy-confirm').click();
    await waitForText(page, 'legacy-problem', 'địa danh');
    await page.getByTestId('legacy-place').fill('Thành phố Thử');
    await page.getByTestId('legacy-confirm').click();
    await page.getByTestId('legacy-imported').waitFor();
    await shot(page, '02-imported');

    // Again: the unit has its report for the period now.
    await page.getByTestId('legacy-back-to-unit').click();
    await page.getByTestId('unit-screen').waitFor();
    await page.getByTestId('legacy-import-link').click();
    await page.getByTestId('legacy-text').fill(REPORT);
    await page.getByTestId('legacy-read-text').click();
    await page.getByTestId('legacy-place').fill('Thành phố Thử');
    await page.getByTestId('legacy-confirm').click();
    await waitForText(page, 'error-message', 'Đơn vị đã có báo cáo cho kỳ này');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

// An import from the admin screen "Nhập dữ liệu", end to end: a file with a mistake is checked and its
// problem shown by row and column; the corrected file is checked, applied with a progress bar that runs to its
// end, and the new units appear in the org tree.
import { importWorkbook } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import { arrangeProvinceWithOneUnit, screenshot, signIn, specBrowser, waitForText, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('import-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

it(
  'the admin checks a file, sees its problem by row and column, then applies the corrected file and sees the units',
  async () => {
    const { page, pageErrors } = await newPage();
    await page.goto(`${webUrl()}/dang-nhap`);
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.locator('[data-testid$="-screen"]').first().waitFor();
    await page.goto(`${webUrl()}/quan-tri/${fixture.rootId}/nhap-du-lieu`);
    await page.getByTestId('import-form').waitFor();

    const units = (parent: string) => [
      ['NHAP-PHONG-1', 'Phòng nhập một', 'Đơn vị', 'Cơ quan', parent, ''],
      ['NHAP-PHONG-2', 'Phòng nhập hai', 'Đơn vị', 'Xã, phường', parent, ''],
    ];
    const users = [['nhap.nguoi1', 'Lê Thị Nhập', `nhap.${fixture.provinceCode}@coquan.gov.vn`, 'Cán bộ báo cáo đơn vị', 'NHAP-PHONG-1']];

    // A parent code that does not exist: named at its row and column, nothing applied.
    await page.getByTestId('import-file').setInputFiles({ name: 'sai.xlsx', mimeType: XLSX, buffer: await importWorkbook({ units: units('KHONG-CO'), users }) });
    await page.getByTestId('import-upload').click();
    await page.getByTestId('import-has-problems').waitFor();
    await waitForText(page, 'import-problem', 'KHONG-CO');
    const cells = await page.getByTestId('import-problem').first().locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['Đơn vị', '2', 'Mã đơn vị cấp trên']);
    expect(await page.getByTestId('import-problem').count()).toBe(2);
    await screenshot(page, 'import-problems');
    await page.getByTestId('import-another').click();

    // The corrected file: ready, applied with the bar running to the end.
    await page.getByTestId('import-file').setInputFiles({ name: 'dung.xlsx', mimeType: XLSX, buffer: await importWorkbook({ units: units(fixture.bloc.code), users }) });
    await page.getByTestId('import-upload').click();
    await waitForText(page, 'import-ready', '3 dòng');
    await page.getByTestId('import-apply').click();
    await waitForText(page, 'import-applied', 'thêm 2 đơn vị và 1 người dùng');
    const bar = page.getByTestId('import-progress-bar');
    expect(await bar.getAttribute('value')).toBe('3');
    expect(await bar.getAttribute('max')).toBe('3');
    await screenshot(page, 'import-applied');

    await page.getByTestId('import-see-tree').click();
    await waitForText(page, 'org-tree', 'Phòng nhập một');
    await waitForText(page, 'org-tree', 'Phòng nhập hai');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

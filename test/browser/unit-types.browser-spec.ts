// The province administrator's unit types (loại hình đơn vị) in the browser: a type added on its tab is offered
// when a unit is added to the tree, which shows the unit's type by its name; a second type of the same name is
// refused under the name field; taken out of use, the type is no longer offered for a new unit, while the unit
// that has it keeps it (and its correction may keep it too). Screenshots in .data/screenshots/unit-types-*.png.
import type { Page } from 'playwright-core';
import { testYear } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import { arrangeProvinceWithOneUnit, pathOnceAt, screenshot, signIn, specBrowser, waitForText } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('unit-types-99-last', TIMEOUT);

const options = (page: Page, select: string) => page.locator(`[data-testid=${select}] option`).allTextContents();
// Days of last year by the test clock: before today, whatever today is.
const openedOn = `${testYear() - 1}-07-01`;
const reportsFrom = `${testYear() - 1}-01-01`;

it(
  'the admin adds a unit type, gives it to a new unit, is refused a second type of the same name, and takes it out of use',
  async () => {
    const f = await arrangeProvinceWithOneUnit();
    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, f.provinceCode, f.admin);
    await page.getByTestId('org-unit-form').waitFor();

    // ---- The tab lists the province's four types, in use; the one unit of the fixture is an agency.
    await page.getByTestId('admin-tab-unitTypes').click();
    expect(await pathOnceAt(page, /\/loai-hinh$/)).toBe(`/quan-tri/${f.rootId}/loai-hinh`);
    await page.getByTestId('unit-type-table').waitFor();
    const agency = page.getByTestId('unit-type-row-AGENCY');
    expect(await agency.locator('td').allTextContents()).toEqual(['AGENCY', 'Cơ quan', 'Agency', '1', 'Đang dùng', 'Sửa']);
    expect(await page.locator('[data-testid^=unit-type-row-]').count()).toBe(4);

    // ---- A new type: "Hợp tác xã", code HOP_TAC_XA (typed in lower case: the form saves it in capitals).
    await page.getByTestId('unit-type-code').fill('hop_tac_xa');
    await page.getByTestId('unit-type-name').fill('Hợp tác xã');
    await page.getByTestId('unit-type-name-en').fill('Cooperative');
    await page.getByTestId('create-unit-type').click();
    await waitForText(page, 'unit-type-created', 'Đã thêm loại hình "Hợp tác xã" (mã HOP_TAC_XA)');
    const cooperative = page.getByTestId('unit-type-row-HOP_TAC_XA');
    await cooperative.waitFor();
    expect(await cooperative.locator('td').allTextContents()).toEqual(['HOP_TAC_XA', 'Hợp tác xã', 'Cooperative', '0', 'Đang dùng', 'Sửa']);
    await screenshot(page, 'unit-types-01-added');

    // ---- Another type of the same name: refused, the server's words under the name field, nothing added.
    await page.getByTestId('unit-type-code').fill('HTX');
    await page.getByTestId('unit-type-name').fill('Hợp tác xã');
    await page.getByTestId('unit-type-name-en').fill('Cooperative group');
    await page.getByTestId('create-unit-type').click();
    await waitForText(page, 'unit-type-name-error', 'Loại hình "Hợp tác xã" (mã HOP_TAC_XA) đã có tên này. Hãy đặt tên khác.');
    expect(await page.getByTestId('unit-type-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('unit-type-code').getAttribute('aria-invalid')).toBeNull();
    // The message is the field's: not repeated under the form.
    expect(await page.getByTestId('error-message').count()).toBe(0);
    await screenshot(page, 'unit-types-02-duplicate-name');
    expect(await page.locator('[data-testid^=unit-type-row-]').count()).toBe(5);
    // Typing again clears it.
    await page.getByTestId('unit-type-name').fill('Tổ hợp tác');
    expect(await page.getByTestId('unit-type-name-error').count()).toBe(0);

    // ---- In the tree's form, the new type is offered; the new unit shows it by name in the tree.
    await page.getByTestId('admin-tab-units').click();
    await page.getByTestId('org-unit-form').waitFor();
    await page.getByTestId('org-unit-kind-UNIT').check();
    await page.getByTestId('org-unit-parent').selectOption({ label: `${f.bloc.name} (${f.bloc.code})` });
    expect(await options(page, 'org-unit-type')).toEqual([
      '— Chọn loại hình —',
      'Cơ quan',
      'Xã, phường, đặc khu',
      'Đơn vị sự nghiệp công lập',
      'Doanh nghiệp',
      'Hợp tác xã',
    ]);
    await page.getByTestId('org-unit-type').selectOption({ label: 'Hợp tác xã' });
    const coop = { code: 'HTX-AN-BINH', name: 'Hợp tác xã Nông nghiệp An Bình' };
    await page.getByTestId('org-unit-code').fill(coop.code);
    await page.getByTestId('org-unit-name').fill(coop.name);
    // A unit opened last July: it reports from the first period that starts after that day.
    await page.getByTestId('org-unit-opened-on').fill(openedOn);
    await page.getByTestId('create-org-unit').click();
    await waitForText(page, 'org-unit-created', coop.name);
    await waitForText(page, `org-type-${coop.code}`, 'Hợp tác xã');
    expect(await page.getByTestId(`org-type-${f.unit.code}`).textContent()).toBe('Cơ quan');
    await screenshot(page, 'unit-types-03-unit-of-new-type');

    // ---- Taken out of use: the table says so, and the type still counts its unit.
    await page.getByTestId('admin-tab-unitTypes').click();
    await waitForText(page, 'unit-type-row-HOP_TAC_XA', 'Cooperative');
    expect(await cooperative.locator('td').nth(3).textContent()).toBe('1');
    await cooperative.getByTestId('edit-unit-type').click();
    const edit = page.getByTestId('unit-type-edit-form');
    expect(await edit.getByTestId('unit-type-edit-name').inputValue()).toBe('Hợp tác xã');
    expect(await edit.getByTestId('unit-type-edit-active').isChecked()).toBe(true);
    await edit.getByTestId('unit-type-edit-active').uncheck();
    await screenshot(page, 'unit-types-04-editing');
    await edit.getByTestId('save-unit-type').click();
    await waitForText(page, 'unit-type-saved', 'Đã lưu loại hình "Hợp tác xã" (mã HOP_TAC_XA)');
    await waitForText(page, 'unit-type-row-HOP_TAC_XA', 'Ngừng dùng');
    expect(await edit.count()).toBe(0);
    await screenshot(page, 'unit-types-05-out-of-use');

    // ---- The tree's form no longer offers it; the unit keeps it, and so may its correction.
    await page.getByTestId('admin-tab-units').click();
    await page.getByTestId('org-unit-form').waitFor();
    await page.getByTestId('org-unit-kind-UNIT').check();
    expect(await options(page, 'org-unit-type')).not.toContain('Hợp tác xã');
    expect(await options(page, 'org-unit-type')).toContain('Cơ quan');
    expect(await page.getByTestId(`org-type-${coop.code}`).textContent()).toBe('Hợp tác xã');
    await page.getByTestId('org-unit-change-CORRECT').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${coop.name} (${coop.code})` });
    expect(await page.getByTestId('org-unit-change-name').inputValue()).toBe(coop.name);
    expect(await page.getByTestId('org-unit-change-type').inputValue()).toBe('HOP_TAC_XA');
    expect(await page.locator('[data-testid=org-unit-change-type] option:checked').textContent()).toBe('Hợp tác xã (ngừng dùng)');
    expect(await page.getByTestId('org-unit-change-expected-from').inputValue()).toBe(openedOn);
    // Put right: it was an agency all along. No date: a correction keeps no history.
    expect(await page.getByTestId('org-unit-change-date').count()).toBe(0);
    await page.getByTestId('org-unit-change-type').selectOption('AGENCY');
    // And it is to report for the whole of last year, as the committee decided.
    await page.getByTestId('org-unit-change-expected-from').fill(reportsFrom);
    await page.getByTestId('change-org-unit').click();
    await waitForText(page, 'org-unit-changed', `Đã sửa thông tin của "${coop.name}"`);
    await waitForText(page, `org-type-${coop.code}`, 'Cơ quan');
    // Chosen again, the correction shows the unit as saved.
    await page.getByTestId('org-unit-change-RENAME').check();
    await page.getByTestId('org-unit-change-CORRECT').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${coop.name} (${coop.code})` });
    expect(await page.getByTestId('org-unit-change-expected-from').inputValue()).toBe(reportsFrom);
    await screenshot(page, 'unit-types-06-corrected');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

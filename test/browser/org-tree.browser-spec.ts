// The province administrator changes the org tree in the browser, each change from an effective date: a
// renaming refused for a day that overlaps the unit's current name and then planned for a later day, a move
// to another bloc from today, the tree as it stood the day before, a split into two new units and a
// reporting line to another bloc. Screenshots in .data/screenshots.
import { vietnamToday } from '@qcdc/shared/contracts';
import { testClock } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import { arrangeProvinceWithOneUnit, gatewayRequest, loginToken, screenshot, signIn, specBrowser, waitForText, waitInPage } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('org-tree-last', TIMEOUT);

const dayAfter = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

it(
  'renames, moves and splits units from an effective date, sets a reporting line, and shows the tree as it stood',
  async () => {
    const f = await arrangeProvinceWithOneUnit();
    const today = vietnamToday(testClock().now());
    const admin = await loginToken(f.provinceCode, f.admin.username, f.admin.password);
    const create = async (input: object) =>
      (
        await gatewayRequest<{ createOrgUnit: { id: string } }>(
          `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
          { input },
          admin,
        )
      ).createOrgUnit.id;
    // Two blocs and a unit there since January, so that the unit may move from today.
    const since = { openedOn: `${f.year}-01-01` };
    const blocA = { code: 'KHOI-CQ', name: 'Đảng ủy Khối Cơ quan - Chính quyền' };
    const blocAId = await create({ parentId: f.rootId, ...blocA, kind: 'BLOC', unitType: 'COMMITTEE', ...since });
    const blocB = { code: 'KHOI-DN', name: 'Đảng ủy Khối Doanh nghiệp tỉnh' };
    await create({ parentId: f.rootId, ...blocB, kind: 'BLOC', unitType: 'COMMITTEE', ...since });
    const centre = { code: 'TT-HN', name: 'Trung tâm Hội nghị tỉnh' };
    await create({ parentId: blocAId, ...centre, kind: 'UNIT', unitType: 'PUBLIC_UNIT', ...since });
    // Two more, to split one and have the other reviewed by another bloc.
    const promotion = { code: 'TT-XT', name: 'Trung tâm Xúc tiến Đầu tư và Thương mại' };
    await create({ parentId: blocAId, ...promotion, kind: 'UNIT', unitType: 'PUBLIC_UNIT', ...since });
    const projects = { code: 'BQL-DA', name: 'Ban Quản lý dự án' };
    await create({ parentId: blocAId, ...projects, kind: 'UNIT', unitType: 'PUBLIC_UNIT', ...since });
    // And one opened today, whose name was given today.
    const office = { code: 'VP-MOI', name: 'Văn phòng mới thành lập' };
    await create({ parentId: blocAId, ...office, kind: 'UNIT', unitType: 'AGENCY', openedOn: today });

    const { page, pageErrors } = await newPage();
    await page.goto(webUrl());
    await signIn(page, f.provinceCode, f.admin);
    await page.getByTestId('org-unit-change-form').waitFor();

    // ---- A renaming from today overlaps the unit's name, given today: the server says so and from when.
    await page.getByTestId('org-unit-change-RENAME').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${office.name} (${office.code})` });
    await page.getByTestId('org-unit-change-name').fill('Văn phòng Đảng ủy Khối');
    expect(await page.getByTestId('org-unit-change-date').inputValue()).toBe(today);
    await page.getByTestId('change-org-unit').click();
    await page.getByRole('alert').filter({ hasText: `Hãy chọn ngày sau ${today}` }).waitFor();
    expect(await page.getByTestId('org-unit-change-date').getAttribute('aria-invalid')).toBe('true');

    // Planned for tomorrow: accepted; today's tree keeps the name, tomorrow's has the new one.
    const tomorrow = dayAfter(today, 1);
    await page.getByTestId('org-unit-change-date').fill(tomorrow);
    await page.getByTestId('change-org-unit').click();
    await waitForText(page, 'org-unit-changed', 'Văn phòng Đảng ủy Khối');
    await waitForText(page, `org-row-${office.code}`, office.name);
    await page.getByTestId('org-tree-as-of').fill(tomorrow);
    await waitForText(page, `org-row-${office.code}`, 'Văn phòng Đảng ủy Khối');
    await page.getByTestId('org-tree-as-of').fill('');

    // ---- A move from today: under the other bloc now, under the first one yesterday.
    await page.getByTestId('org-unit-change-MOVE').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${centre.name} (${centre.code})` });
    await page.getByTestId('org-unit-change-other').selectOption({ label: `${blocB.name} (${blocB.code})` });
    // The date stays from the last change (several changes of one decision share it): today, this time.
    expect(await page.getByTestId('org-unit-change-date').inputValue()).toBe(tomorrow);
    await page.getByTestId('org-unit-change-date').fill(today);
    await page.getByTestId('change-org-unit').click();
    await waitForText(page, 'org-unit-changed', `Đã chuyển "${centre.name}" đến "${blocB.name}"`);
    const rowCodes = () => page.locator('[data-testid^=org-row-]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
    /** Waits until the tree's rows, in order, satisfy `holds` (an expression over `codes`, run in the page). */
    const rowsUntil = (holds: string) =>
      waitInPage(page, `(() => { const codes = [...document.querySelectorAll('[data-testid^=org-row-]')].map((r) => r.dataset.testid); return ${holds}; })()`);
    const at = (code: string) => `codes.indexOf('org-row-${code}')`;
    await rowsUntil(`${at(centre.code)} === ${at(blocB.code)} + 1`);
    await screenshot(page, 'org-tree-01-moved');
    await page.getByTestId('org-tree-as-of').fill(dayAfter(today, -1));
    await rowsUntil(`${at(centre.code)} > ${at(blocA.code)} && ${at(centre.code)} < ${at(blocB.code)}`);
    // Yesterday it sat under the first bloc (the rows of one bloc follow it).
    const codes = await rowCodes();
    expect(codes.indexOf(`org-row-${centre.code}`)).toBeGreaterThan(codes.indexOf(`org-row-${blocA.code}`));
    await screenshot(page, 'org-tree-02-yesterday');
    await page.getByTestId('org-tree-as-of').fill('');

    // ---- A split from today: two new units, one in each bloc; the old one closes, each new one says where it came from.
    await page.getByTestId('org-unit-change-SPLIT').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${promotion.name} (${promotion.code})` });
    await page.getByTestId('org-unit-change-date').fill(today);
    // One new unit only: the form says two are needed before anything is sent.
    await page.getByTestId('split-part-add').click();
    await page.getByTestId('split-part-remove-2').click();
    const parts = [
      { code: 'TT-DT', name: 'Trung tâm Xúc tiến Đầu tư', type: 'PUBLIC_UNIT', parent: `${blocB.name} (${blocB.code})` },
      { code: 'TT-TM', name: 'Trung tâm Xúc tiến Thương mại', type: 'PUBLIC_UNIT', parent: `${blocA.name} (${blocA.code})` },
    ];
    for (const [i, part] of parts.entries()) {
      await page.getByTestId(`split-part-code-${i}`).fill(part.code);
      await page.getByTestId(`split-part-name-${i}`).fill(part.name);
      await page.getByTestId(`split-part-type-${i}`).selectOption(part.type);
      await page.getByTestId(`split-part-parent-${i}`).selectOption({ label: part.parent });
    }
    await page.getByTestId('change-org-unit').click();
    await waitForText(page, 'org-unit-changed', `Đã tách "${promotion.name}" thành "Trung tâm Xúc tiến Đầu tư", "Trung tâm Xúc tiến Thương mại"`);
    await waitForText(page, `org-closed-${promotion.code}`, 'giải thể từ');
    await waitForText(page, 'org-split-from-TT-TM', `tách từ "${promotion.name}"`);
    await screenshot(page, 'org-tree-03-split');

    // ---- A reporting line: the project board of bloc A is reviewed by bloc B from today.
    await page.getByTestId('org-unit-change-REVIEW').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${projects.name} (${projects.code})` });
    await waitForText(page, 'org-unit-change-reviewer-now', blocA.name);
    await page.getByTestId('org-unit-change-other').selectOption({ label: `${blocB.name} (${blocB.code})` });
    await page.getByTestId('change-org-unit').click();
    await waitForText(page, 'org-unit-changed', `"${blocB.name}" xem xét "${projects.name}"`);
    await waitForText(page, `org-reviewed-by-${projects.code}`, `do "${blocB.name}" xem xét`);
    // Ending it on the same day overlaps it: the server says so.
    await page.getByTestId('org-unit-change-REVIEW_END').check();
    await page.getByTestId('org-unit-change-unit').selectOption({ label: `${projects.name} (${projects.code})` });
    await page.getByTestId('change-org-unit').click();
    await page.getByRole('alert').filter({ hasText: `Hãy chọn ngày sau ${today}` }).waitFor();
    await screenshot(page, 'org-tree-04-reporting-line');
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

// A unit's profile (hồ sơ đơn vị) in the browser: the reporter opens it from the unit's screen, fills the
// counts, lists three people, seats one of them on two boards and sees the "people on several boards" flag;
// the draft survives a reload; the saved profile is what the bloc reviewer reads from the overview.
import type { Page } from 'playwright-core';
import { webUrl } from '../support/browser';
import { axeViolations } from './a11y';
import { arrangeProvinceWithOneUnit, pathOnceAt, screenshot, signIn, signOut, specBrowser, waitForText, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;

const newPage = specBrowser('profile-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

const shot = (page: Page, name: string) => screenshot(page, `profile-${name}`);

it(
  'a reporter fills the profile with a person on two boards and sees the flag; the bloc reviewer reads it',
  async () => {
    const { page, pageErrors } = await newPage();
    const { year, unit, reporter, blocReviewer } = fixture;

    await page.goto(webUrl());
    await signIn(page, fixture.provinceCode, reporter);
    await pathOnceAt(page, /^\/don-vi\/[^/]+\/\d{4}\//);
    await page.getByTestId('profile-link').click();
    expect(await pathOnceAt(page, /^\/ho-so\//)).toBe(`/ho-so/${unit.id}/${year}/nam`);
    await waitForText(page, 'profile-unit-name', unit.name);
    await waitForText(page, 'profile-saved-line', 'Chưa lưu hồ sơ nào cho kỳ này.');

    await page.getByTestId('profile-staffCount').fill('16');
    await page.getByTestId('profile-partyMembers').fill('14');
    await page.getByTestId('profile-unionMembers').fill('16');
    const people = [
      ['Nguyễn Văn An', 'Phó Chánh Văn phòng'],
      ['Trần Thị Bình', 'Chuyên viên'],
      ['Lê Văn Cường', 'Chủ tịch Công đoàn'],
    ];
    for (const [i, [name, title]] of people.entries()) {
      await page.getByTestId('add-person').click();
      await page.getByTestId(`person-name-${i}`).fill(name);
      await page.getByTestId(`person-title-${i}`).fill(title);
    }

    // The democracy team: An heads it, Bình is a member.
    await page.getByTestId('add-seat-DEMOCRACY_TEAM').click();
    await page.getByTestId('add-seat-DEMOCRACY_TEAM').click();
    expect(await page.getByTestId('seat-DEMOCRACY_TEAM-0-person').inputValue()).toBe('p1');
    expect(await page.getByTestId('seat-DEMOCRACY_TEAM-0-role').inputValue()).toBe('HEAD');
    expect(await page.getByTestId('seat-DEMOCRACY_TEAM-1-person').inputValue()).toBe('p2');
    await page.getByTestId('several-boards-none').waitFor();
    // The People's Inspection Board, with a term: An heads it too (kiêm nhiệm), Cường is a member.
    await page.getByTestId('board-PEOPLES_INSPECTION-start').fill(`${year - 1}-01-01`);
    await page.getByTestId('board-PEOPLES_INSPECTION-end').fill(`${year + 2}-01-01`);
    await page.getByTestId('add-seat-PEOPLES_INSPECTION').click();
    await page.getByTestId('add-seat-PEOPLES_INSPECTION').click();
    await page.getByTestId('seat-PEOPLES_INSPECTION-1-person').selectOption('p3');
    await waitForText(page, 'several-boards-p1', 'Nguyễn Văn An');
    await waitForText(page, 'several-boards-p1', 'Ban chỉ đạo / Tổ công tác thực hiện QCDC; Ban Thanh tra nhân dân');
    expect(await page.locator('[data-testid^="several-boards-p"]').count()).toBe(1);

    // The same person twice on one board is caught before anything is sent, in the rule's own words.
    await page.getByTestId('add-seat-PEOPLES_INSPECTION').click();
    await page.getByTestId('seat-PEOPLES_INSPECTION-2-person').selectOption('p1');
    await page.getByTestId('save-profile').click();
    await waitForText(page, 'profile-problem', 'Nguyễn Văn An được ghi hai lần trong Ban Thanh tra nhân dân');
    await page.getByTestId('remove-seat-PEOPLES_INSPECTION-2').click();

    // The draft survives a reload.
    await page.locator('[data-testid=draft-kept][data-stored=true]').waitFor();
    await page.reload();
    await page.getByTestId('profile-form').waitFor();
    expect(await page.getByTestId('person-name-2').inputValue()).toBe('Lê Văn Cường');
    expect(await page.getByTestId('seat-PEOPLES_INSPECTION-1-person').inputValue()).toBe('p3');
    await waitForText(page, 'several-boards-p1', 'Nguyễn Văn An');
    await shot(page, '01-filled');

    await page.getByTestId('save-profile').click();
    await page.getByTestId('profile-saved').waitFor();
    await waitForText(page, 'profile-saved-line', 'lần lưu thứ 1');
    expect(await axeViolations(page)).toEqual([]);

    // Back on the unit's screen and in again: the form starts from the saved version, so the next save is no CONFLICT.
    await page.goBack();
    await page.getByTestId('unit-screen').waitFor();
    await page.getByTestId('profile-link').click();
    await page.getByTestId('profile-staffCount').fill('17');
    await page.getByTestId('save-profile').click();
    await waitForText(page, 'profile-saved-line', 'lần lưu thứ 2');

    // The bloc reviewer reaches it from the overview's table, to read.
    await signOut(page);
    await signIn(page, fixture.provinceCode, blocReviewer);
    await page.getByTestId('overview-screen').waitFor();
    await page.getByTestId(`profile-link-${unit.code}`).click();
    expect(await pathOnceAt(page, /^\/ho-so\//)).toBe(`/ho-so/${unit.id}/${year}/nam`);
    await page.getByTestId('profile-reader').waitFor();
    await waitForText(page, 'profile-staffCount', '17');
    await waitForText(page, 'several-boards-p1', 'Nguyễn Văn An');
    expect(await page.getByTestId('profile-form').count()).toBe(0);
    await shot(page, '02-read');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

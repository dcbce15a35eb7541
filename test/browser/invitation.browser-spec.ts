// An invitation by email, end to end: the province administrator invites a person from the users tab; the
// worker mails the invitation to the test SMTP server; the person opens the link from the received mail,
// keeps the proposed username, sets a password and signs in (the province already chosen). Opening the link
// again says it was used, and what to do. Then the administrator gives the person a second role, and the
// header's workspace switcher lists both after the person signs in again.
import { linkIn, waitForMail } from '@qcdc/shared/testing';
import { webUrl } from '../support/browser';
import { arrangeProvinceWithOneUnit, screenshot, signIn, signOut, specBrowser, waitForText, type ProvinceFixture } from './support';

const TIMEOUT = 120_000;
const newPage = specBrowser('invitation-99-last', TIMEOUT);
let fixture: ProvinceFixture;

beforeAll(async () => {
  fixture = await arrangeProvinceWithOneUnit();
}, TIMEOUT);

it(
  'the admin invites, the invitee opens the link from the mail, sets a password and signs in',
  async () => {
    const { page, pageErrors } = await newPage();
    const email = `tran.thi.thu.ha.${fixture.provinceCode}@sotaichinh.gov.vn`;
    const username = email.split('@')[0];

    await page.goto(`${webUrl()}/dang-nhap`);
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.locator('[data-testid$="-screen"]').first().waitFor();
    await page.goto(`${webUrl()}/quan-tri/${fixture.rootId}/nguoi-dung`);
    await page.getByTestId('invite-form').waitFor();
    await page.getByTestId('invite-unit').selectOption(fixture.unit.id);
    await page.getByTestId('invite-role').selectOption('UNIT_REPORTER');
    await page.getByTestId('invite-display-name').fill('Trần Thị Thu Hà');
    await page.getByTestId('invite-email').fill(email);
    await page.getByTestId('invite-submit').click();
    await waitForText(page, 'invite-sent', email);
    await waitForText(page, `user-row-${username}`, 'Chờ nhận lời mời');
    await screenshot(page, 'invitation-admin');
    await signOut(page);

    const [mail] = await waitForMail(email);
    expect(mail.subject).toBe(`Lời mời sử dụng hệ thống Quy chế dân chủ ở cơ sở – ${fixture.provinceName}`);
    const link = linkIn(mail, 'moi');
    expect(link.startsWith(`${webUrl()}/moi/`)).toBe(true);

    await page.goto(link);
    await waitForText(page, 'invitation-greeting', 'Trần Thị Thu Hà');
    await waitForText(page, 'invitation-greeting', fixture.provinceName);
    expect(await page.getByTestId('invitation-username').inputValue()).toBe(username);
    await page.getByTestId('invitation-password').fill('mat-khau-cua-thu-ha');
    await page.getByTestId('invitation-password-again').fill('mat-khau-khac');
    await page.getByTestId('invitation-submit').click();
    await waitForText(page, 'invitation-problem', 'chưa giống nhau');
    await page.getByTestId('invitation-password-again').fill('mat-khau-cua-thu-ha');
    await page.getByTestId('invitation-submit').click();
    await waitForText(page, 'invitation-accepted', username);
    await screenshot(page, 'invitation-accepted');
    await page.getByTestId('invitation-to-login').click();

    // The province is chosen already: the link named it.
    await page.getByTestId('login-form').waitFor();
    await page.locator(`[data-testid=login-province] option[value="${fixture.provinceCode}"]`).waitFor({ state: 'attached' });
    expect(await page.getByTestId('login-province').inputValue()).toBe(fixture.provinceCode);
    await signIn(page, fixture.provinceCode, { username, password: 'mat-khau-cua-thu-ha' });
    await page.waitForURL((url) => url.pathname.startsWith(`/don-vi/${fixture.unit.id}`));
    await signOut(page);

    // The link again: used, and the screen says so and what to do.
    await page.goto(link);
    await page.getByText('Lời mời này đã được dùng').waitFor();

    // A second role from the admin: both show in the header's switcher once the person signs in again.
    await page.goto(`${webUrl()}/dang-nhap`);
    await signIn(page, fixture.provinceCode, fixture.admin);
    await page.locator('[data-testid$="-screen"]').first().waitFor();
    await page.goto(`${webUrl()}/quan-tri/${fixture.rootId}/nguoi-dung`);
    await page.getByTestId('membership-form').waitFor();
    const person = await page.locator('[data-testid=membership-user] option', { hasText: username }).getAttribute('value');
    await page.getByTestId('membership-user').selectOption(person as string);
    await page.getByTestId('membership-unit').selectOption(fixture.bloc.id);
    await page.getByTestId('membership-role').selectOption('BLOC_REVIEWER');
    await page.getByTestId('membership-submit').click();
    await page.getByTestId('membership-added').waitFor();
    await page.getByTestId(`user-row-${username}`).getByTestId('user-membership').nth(1).waitFor();
    await signOut(page);
    await signIn(page, fixture.provinceCode, { username, password: 'mat-khau-cua-thu-ha' });
    await page.waitForURL((url) => url.pathname.startsWith(`/don-vi/${fixture.unit.id}`));
    const workspaces = await page.locator('[data-testid=workspace-switcher] option').allTextContents();
    expect(workspaces.join(' | ')).toContain(fixture.unit.name);
    expect(workspaces.join(' | ')).toContain(fixture.bloc.name);
    expect(pageErrors).toEqual([]);
  },
  TIMEOUT,
);

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  buildProvinceScenario,
  linkTokenIn,
  ownerClient,
  testClock,
  waitForMail,
  waitForRollups,
  present,
} from '@qcdc/shared/testing';
import { RESET_MAILS_PER_HOUR } from '@qcdc/tenancy/server';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id username invitationPending active memberships { role orgUnit { id } } } }`;
const PREVIEW = `query($t: String!) { invitation(token: $t) { displayName email username province { code name } expiresAt } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { username provinceCode } }`;
const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { username provinceCode } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken viewer { memberships { role orgUnit { id } } } } }`;
const MEMBERSHIP = (op: 'addMembership' | 'removeMembership') =>
  `mutation($input: MembershipInput!) { ${op}(input: $input) { memberships { role orgUnit { id } } } }`;

/**
 * People through the gateway, with a real SMTP server receiving the mail the worker sends: an invitation by
 * email, accepted from the link in the received message; expired, reused, replaced and unknown links refused
 * with their code and nothing applied; password resets (asked for by the person, no enumeration; or sent by
 * the admin); deactivation (no sign-in, no refresh); several memberships, in the token after a refresh.
 */
describe('people: invitations, password resets, deactivation and memberships', () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  const unique = () => randomUUID().slice(0, 8);
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const messageOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.message;

  const invite = async (email: string, displayName = 'Nguyễn Thị Hoà') =>
    (
      await client.ok<{ inviteUser: { id: string; username: string; invitationPending: boolean; active: boolean } }>(
        INVITE,
        { input: { email, displayName, role: 'UNIT_REPORTER', orgUnitId: a.unitIds[0] } },
        a.tokens.admin,
      )
    ).inviteUser;
  const userRow = async (id: string) =>
    (await owner.query(`SELECT username, password_hash IS NOT NULL AS has_password, active FROM tenancy.users WHERE id = $1`, [id])).rows[0];

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform, { units: 2 });
  });

  afterAll(() => owner.end());

  it('invites by email: the mail arrives over SMTP in Vietnamese, its link accepts once, and the person signs in', async () => {
    const email = `hoa.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    expect(invited).toMatchObject({ invitationPending: true, active: true, username: email.split('@')[0] });
    // Invited, not yet accepted: no password, no sign-in.
    expect(codeOf(await client.request(`mutation { login(input: { province: "${a.code}", username: "${invited.username}", password: "bat-ky-mat-khau" }) { accessToken } }`))).toBe('UNAUTHENTICATED');

    const [mail] = await waitForMail(email);
    expect(mail.subject).toBe(`Lời mời sử dụng hệ thống Quy chế dân chủ ở cơ sở – Tỉnh ${a.code}`);
    expect(mail.text).toContain('Kính gửi Nguyễn Thị Hoà,');
    expect(mail.text).toContain('đề nghị quản trị viên của tỉnh gửi lời mời mới');
    expect(mail.html).toContain('Nhận lời mời');
    const token = linkTokenIn(mail, 'moi');
    expect(mail.text).toContain(`${process.env['WEB_PUBLIC_URL']}moi/${token}`);

    const preview = await client.ok<{ invitation: { email: string; username: string; province: { code: string }; expiresAt: string } }>(PREVIEW, { t: token });
    expect(preview.invitation).toMatchObject({ email, username: invited.username, province: { code: a.code } });
    // Seven days from the application's "now" (the test clock), not the machine's.
    const days = (Date.parse(preview.invitation.expiresAt) - testClock().now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const username = `hoa.chon.${unique()}`;
    const accepted = await client.ok<{ acceptInvitation: { username: string; provinceCode: string } }>(ACCEPT, {
      input: { token, username, password: 'mat-khau-cua-hoa' },
    });
    expect(accepted.acceptInvitation).toEqual({ username, provinceCode: a.code });
    const session = await client.signIn(a.code, username, 'mat-khau-cua-hoa');
    expect(session.userId).toBe(invited.id);

    // Used: refused, saying so, and nothing changes (the password stays the one set).
    const again = await client.request(ACCEPT, { input: { token, username: `khac.${unique()}`, password: 'mat-khau-khac-han' } });
    expect(codeOf(again)).toBe('LINK_USED');
    expect(messageOf(again)).toMatch(/đã được dùng/);
    expect(await userRow(invited.id)).toEqual({ username, has_password: true, active: true });
    await client.signIn(a.code, username, 'mat-khau-cua-hoa');

    await waitForRollups(owner, a.provinceId);
    const { rows } = await owner.query(
      `SELECT action, actor_user_id FROM audit.entries WHERE tenant_id = $1 AND object_id = $2 ORDER BY occurred_at`,
      [a.provinceId, invited.id],
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.invite', 'user.accept-invitation']));
    expect(rows.find((r) => r.action === 'user.accept-invitation')?.actor_user_id).toBe(invited.id);
  });

  it('refuses an expired invitation with LINK_EXPIRED, telling to ask the admin again, and applies nothing', async () => {
    const email = `het.han.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    const token = linkTokenIn((await waitForMail(email))[0], 'moi');
    // The link's row as a week-old invitation would have it: expired a minute before "now".
    await owner.query(`UPDATE tenancy.user_tokens SET expires_at = $2 WHERE user_id = $1`, [invited.id, new Date(testClock().now().getTime() - 60_000)]);

    for (const r of [await client.request(PREVIEW, { t: token }), await client.request(ACCEPT, { input: { token, username: `het.${unique()}`, password: 'mat-khau-het-han' } })]) {
      expect(codeOf(r)).toBe('LINK_EXPIRED');
      expect(messageOf(r)).toBe('Lời mời đã hết hạn. Hãy đề nghị quản trị viên của tỉnh gửi lời mời mới.');
    }
    expect(await userRow(invited.id)).toEqual({ username: invited.username, has_password: false, active: true });

    // The admin invites again: a new mail whose link works; the expired one, replaced, does not.
    await client.ok(`mutation($u: ID!) { resendInvitation(userId: $u) { id } }`, { u: invited.id }, a.tokens.admin);
    const fresh = linkTokenIn((await waitForMail(email, { count: 2 }))[1], 'moi');
    expect(fresh).not.toBe(token);
    expect(codeOf(await client.request(ACCEPT, { input: { token, username: `het.${unique()}`, password: 'mat-khau-het-han' } }))).toBe('LINK_INVALID');
    await client.ok(ACCEPT, { input: { token: fresh, username: invited.username, password: 'mat-khau-moi-nhat' } });
  });

  it('refuses an unknown, forged or replaced invitation link with LINK_INVALID', async () => {
    const email = `thay.the.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    const first = linkTokenIn((await waitForMail(email))[0], 'moi');
    await client.ok(`mutation($u: ID!) { resendInvitation(userId: $u) { id } }`, { u: invited.id }, a.tokens.admin);
    const second = linkTokenIn((await waitForMail(email, { count: 2 }))[1], 'moi');
    const forged = `${second.slice(0, -4)}AAAA`;
    const unknown = `${a.provinceId}.${randomUUID()}.${'x'.repeat(43)}`;
    for (const token of [first, forged, unknown, 'khong-phai-lien-ket']) {
      const r = await client.request(ACCEPT, { input: { token, username: `sai.${unique()}`, password: 'mat-khau-sai-lien-ket' } });
      expect({ token, code: codeOf(r) }).toEqual({ token, code: 'LINK_INVALID' });
    }
    expect(await userRow(invited.id)).toEqual({ username: invited.username, has_password: false, active: true });
  });

  it('sends a reset link to whoever asks, answering the same for nobody; the link works once and ends every session', async () => {
    const email = `quen.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    const username = `quen.${unique()}`;
    await client.ok(ACCEPT, { input: { token: linkTokenIn((await waitForMail(email))[0], 'moi'), username, password: 'mat-khau-cu-da-quen' } });
    const before = await client.signIn(a.code, username, 'mat-khau-cu-da-quen');

    const nobody = await client.request(REQUEST_RESET, { input: { province: a.code, login: `khong.co.ai.${unique()}` } });
    const someone = await client.request(REQUEST_RESET, { input: { province: a.code, login: email.toUpperCase() } });
    expect([nobody, someone]).toEqual([{ data: { requestPasswordReset: true } }, { data: { requestPasswordReset: true } }]);

    const [, resetMail] = await waitForMail(email, { count: 2 });
    expect(resetMail.subject).toBe('Đặt lại mật khẩu – hệ thống Quy chế dân chủ ở cơ sở');
    expect(resetMail.text).toContain(`tài khoản "${username}"`);
    const token = linkTokenIn(resetMail, 'dat-lai-mat-khau');
    expect(await client.ok(RESET, { input: { token, password: 'mat-khau-moi-dat-lai' } })).toEqual({
      resetPassword: { username, provinceCode: a.code },
    });
    await client.signIn(a.code, username, 'mat-khau-moi-dat-lai');
    expect(codeOf(await client.request(`mutation { login(input: { province: "${a.code}", username: "${username}", password: "mat-khau-cu-da-quen" }) { accessToken } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.request(REFRESH, { t: before.refreshToken }))).toBe('UNAUTHENTICATED');
    const reused = await client.request(RESET, { input: { token, password: 'mat-khau-lan-thu-ba' } });
    expect(codeOf(reused)).toBe('LINK_USED');
    await client.signIn(a.code, username, 'mat-khau-moi-dat-lai');

    // The admin can send one too.
    expect(await client.ok(`mutation($u: ID!) { sendPasswordReset(userId: $u) }`, { u: invited.id }, a.tokens.admin)).toEqual({ sendPasswordReset: true });
    expect(linkTokenIn((await waitForMail(email, { count: 3 }))[2], 'dat-lai-mat-khau')).not.toBe(token);
  });

  it('mails at most RESET_MAILS_PER_HOUR resets a person asks for in an hour, answering every request the same', async () => {
    const email = `nhieu.lan.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    await client.ok(ACCEPT, { input: { token: linkTokenIn((await waitForMail(email))[0], 'moi'), username: `nhieu.${unique()}`, password: 'mat-khau-cua-toi' } });
    for (let i = 0; i < RESET_MAILS_PER_HOUR + 3; i += 1) {
      expect(await client.request(REQUEST_RESET, { input: { province: a.code, login: email } })).toEqual({ data: { requestPasswordReset: true } });
    }
    // The events the mail consumer sends from, committed with each request: only the first few.
    const { rows } = await owner.query(
      `SELECT count(*)::int AS n FROM tenancy.outbox WHERE topic = 'user.password-reset-requested' AND payload->>'userId' = $1`,
      [invited.id],
    );
    expect(rows[0].n).toBe(RESET_MAILS_PER_HOUR);
    // The admin's own sending is not counted: it is the way out for someone who used them up.
    expect(await client.ok(`mutation($u: ID!) { sendPasswordReset(userId: $u) }`, { u: invited.id }, a.tokens.admin)).toEqual({ sendPasswordReset: true });
  });

  it('deactivates: no sign-in, and the refresh and access tokens stop; reactivated, the person signs in again', async () => {
    const email = `khoa.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    const username = `khoa.${unique()}`;
    await client.ok(ACCEPT, { input: { token: linkTokenIn((await waitForMail(email))[0], 'moi'), username, password: 'mat-khau-se-khoa' } });
    const session = await client.signIn(a.code, username, 'mat-khau-se-khoa');

    expect(await client.ok(`mutation($u: ID!) { deactivateUser(userId: $u) { active } }`, { u: invited.id }, a.tokens.admin)).toEqual({
      deactivateUser: { active: false },
    });
    expect(codeOf(await client.request(`mutation { login(input: { province: "${a.code}", username: "${username}", password: "mat-khau-se-khoa" }) { accessToken } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.request(REFRESH, { t: session.refreshToken }))).toBe('UNAUTHENTICATED');
    // The access token stops at once too, for reading as for writing.
    expect(codeOf(await client.request(`{ me { userId } }`, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    // Nor may a deactivated person get a reset link.
    await client.ok(REQUEST_RESET, { input: { province: a.code, login: username } });
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM tenancy.user_tokens WHERE user_id = $1 AND purpose = 'PASSWORD_RESET'`, [invited.id]);
    expect(rows[0].n).toBe(0);

    await client.ok(`mutation($u: ID!) { reactivateUser(userId: $u) { active } }`, { u: invited.id }, a.tokens.admin);
    await client.signIn(a.code, username, 'mat-khau-se-khoa');
  });

  it('gives a person several memberships, in the token after a refresh; never removes the last one', async () => {
    const email = `nhieu.vai.${unique()}@coquan.gov.vn`;
    const invited = await invite(email);
    const username = `nhieu.vai.${unique()}`;
    await client.ok(ACCEPT, { input: { token: linkTokenIn((await waitForMail(email))[0], 'moi'), username, password: 'mat-khau-nhieu-vai' } });
    const session = await client.signIn(a.code, username, 'mat-khau-nhieu-vai');

    const second = { userId: invited.id, role: 'BLOC_REVIEWER', orgUnitId: a.blocId };
    await client.ok(MEMBERSHIP('addMembership'), { input: second }, a.tokens.admin);
    const duplicate = await client.request(MEMBERSHIP('addMembership'), { input: second }, a.tokens.admin);
    expect(codeOf(duplicate)).toBe('CONFLICT');

    // The token issued before the change stops at once; the renewal carries both roles.
    expect(codeOf(await client.request(`{ me { userId } }`, {}, session.accessToken))).toBe('UNAUTHENTICATED');
    const refreshed = await client.refresh<{ refreshSession: { accessToken: string; viewer: { memberships: unknown[] } } }>(
      session.refreshToken,
      'accessToken viewer { memberships { role orgUnit { id } } }',
    );
    const both = [
      { role: 'UNIT_REPORTER', orgUnit: { id: a.unitIds[0] } },
      { role: 'BLOC_REVIEWER', orgUnit: { id: a.blocId } },
    ];
    expect(refreshed.body.data?.refreshSession.viewer.memberships).toEqual(both);
    const claims = JSON.parse(Buffer.from(present(refreshed.body.data).refreshSession.accessToken.split('.')[1], 'base64url').toString());
    expect(JSON.stringify(claims)).toContain(a.blocId);
    expect(await client.ok(`{ me { userId } }`, {}, present(refreshed.body.data).refreshSession.accessToken)).toEqual({ me: { userId: invited.id } });

    await client.ok(MEMBERSHIP('removeMembership'), { input: { ...second } }, a.tokens.admin);
    const last = await client.request(MEMBERSHIP('removeMembership'), { input: { userId: invited.id, role: 'UNIT_REPORTER', orgUnitId: a.unitIds[0] } }, a.tokens.admin);
    expect(codeOf(last)).toBe('BAD_USER_INPUT');
    const after = await client.signIn(a.code, username, 'mat-khau-nhieu-vai');
    const me = await client.ok<{ me: { memberships: unknown[] } }>(`{ me { memberships { role orgUnit { id } } } }`, {}, after.accessToken);
    expect(me.me.memberships).toEqual([both[0]]);
  });

  it('refuses an email that already has an account, naming the account, and invites nobody', async () => {
    const email = `trung.${unique()}@coquan.gov.vn`;
    const first = await invite(email);
    const again = await client.request(INVITE, { input: { email: email.toUpperCase(), displayName: 'Người khác', role: 'UNIT_REPORTER', orgUnitId: a.unitIds[1] } }, a.tokens.admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(messageOf(again)).toContain(first.username);
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM tenancy.users WHERE tenant_id = $1 AND lower(email) = $2`, [a.provinceId, email]);
    expect(rows[0].n).toBe(1);
  });
});

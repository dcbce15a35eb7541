import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  DEMO_PASSWORD,
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  Session,
  buildProvinceScenario,
  ownerClient,
  tenantRowDigests,
  testYear,
  waitForRollups,
  present,
} from '@qcdc/shared/testing';

const ME = `{ me { userId } }`;
const SESSIONS = `{ mySessions { id current clientAddress userAgent startedAt renewedAt expiresAt } }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const END_SESSION = `mutation($id: ID!) { endSession(sessionId: $id) }`;
/** A write: a unit's briefing, so that "nothing written" is checked on a real mutation. */
const BRIEFING = `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`;

/**
 * Sessions through the gateway. The refresh token travels only as an httpOnly, SameSite=Strict cookie (never
 * in a body a script could read); each works once, and a spent one coming back ends its session. Signing out,
 * signing out everywhere, ending a session from the list, a deactivation and a change of memberships stop the
 * access tokens at once, for reads and writes, in every subgraph.
 */
describe('sessions: the refresh cookie, and access tokens that stop when their session does', () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const signInAs = (username: string, headers: Record<string, string> = {}) =>
    client.exchange<{ login: { accessToken: string; viewer: { userId: string } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { accessToken viewer { userId } } }`,
      { input: { province: a.code, username, password: DEMO_PASSWORD } },
      null,
      headers,
    );
  const admin = () => client.signIn(a.code, 'admin', DEMO_PASSWORD);
  const reporter = () => client.signIn(a.code, 'baocao1', DEMO_PASSWORD);
  const briefing = (n: number) => ({
    input: { unitId: a.unitIds[0], kind: 'BRIEFING', occurredOn: `${testYear()}-04-0${n}`, facts: { topic: `Quán triệt phiên ${n}`, present: 10, eligible: 12 } },
  });
  /** Every tenant-owned row of the province, once the worker has caught up: unchanged means nothing was written. */
  const digests = async () => {
    await waitForRollups(owner, a.provinceId);
    return tenantRowDigests(owner, a.provinceId);
  };

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform, { units: 2 });
  });

  afterAll(() => owner.end());

  it('hands the refresh token out only as an httpOnly, SameSite=Strict cookie on the web’s path', async () => {
    const { body, setCookie, refreshCookie } = await signInAs('admin');
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(refreshCookie);
    const cookie = setCookie.find((c) => c.startsWith('qcdc_refresh='));
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\/(;|$)/i);
    // A session cookie: it ends with the browser, as the sign-in should on a shared office PC.
    expect(cookie).not.toMatch(/Expires|Max-Age/i);
    // The body has no field for it at all.
    const asked = await client.request(`mutation($input: LoginInput!) { login(input: $input) { refreshToken } }`, {
      input: { province: a.code, username: 'admin', password: DEMO_PASSWORD },
    });
    expect(codeOf(asked)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('renews from the cookie alone, rotating it; signing out with the cookie clears it and ends the session', async () => {
    const first = await signInAs('baocao1');
    const cookie = (token: string) => ({ cookie: `theme=light; qcdc_refresh=${encodeURIComponent(token)}` });
    const renewed = await client.exchange<{ refreshSession: { accessToken: string } }>(`mutation { refreshSession { accessToken } }`, {}, null, cookie(present(first.refreshCookie)));
    expect(renewed.body.errors).toBeUndefined();
    expect(renewed.refreshCookie).toBeTruthy();
    expect(renewed.refreshCookie).not.toBe(first.refreshCookie);
    const access = present(renewed.body.data).refreshSession.accessToken;
    expect(await client.ok(ME, {}, access)).toEqual({ me: { userId: present(first.body.data).login.viewer.userId } });

    const out = await client.exchange(`mutation { logout }`, {}, null, cookie(present(renewed.refreshCookie)));
    expect(out.body).toEqual({ data: { logout: true } });
    expect(out.refreshCookie).toBe('');
    expect(out.setCookie.find((c) => c.startsWith('qcdc_refresh='))).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(codeOf(await client.request(ME, {}, access))).toBe('UNAUTHENTICATED');
    const again = await client.exchange(`mutation { refreshSession { accessToken } }`, {}, null, cookie(present(renewed.refreshCookie)));
    expect(codeOf(again.body)).toBe('UNAUTHENTICATED');
    expect(again.refreshCookie).toBe('');
  });

  it('a spent refresh token coming back after its replacement was used ends the session: every token of it stops', async () => {
    const session = await reporter();
    const second = await client.refresh(session.refreshToken);
    const third = await client.refresh(present(second.refreshToken));
    expect(third.body.errors).toBeUndefined();
    const access = present(third.body.data).refreshSession.accessToken;
    expect(codeOf((await client.refresh(session.refreshToken)).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await client.refresh(present(third.refreshToken))).body)).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.request(ME, {}, access))).toBe('UNAUTHENTICATED');
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM tenancy.sessions WHERE tenant_id = $1 AND end_reason = 'REFRESH_TOKEN_REUSED'`, [a.provinceId]);
    expect(rows[0].n).toBeGreaterThanOrEqual(1);
  });

  it('a renewal whose answer never arrived (a reload mid-renewal) is renewed again; the unseen token is spent', async () => {
    const session = await reporter();
    const lost = await client.refresh(session.refreshToken);
    expect(lost.body.errors).toBeUndefined();
    const again = await client.refresh(session.refreshToken);
    expect(again.body.errors).toBeUndefined();
    expect(again.refreshToken).not.toBe(lost.refreshToken);
    const next = await client.refresh(present(again.refreshToken));
    expect(next.body.errors).toBeUndefined();
    expect(await client.ok(ME, {}, present(next.body.data).refreshSession.accessToken)).toEqual({ me: { userId: session.userId } });
    // The answer that was lost, if it turns up in someone's hands, is a spent token: the session ends.
    expect(codeOf((await client.refresh(present(lost.refreshToken))).body)).toBe('UNAUTHENTICATED');
    expect(codeOf(await client.request(ME, {}, present(next.body.data).refreshSession.accessToken))).toBe('UNAUTHENTICATED');
  });

  it('after sign-out the access token is refused at once, for reads and writes in every subgraph; nothing is written', async () => {
    const session = await reporter();
    expect(codeOf(await client.request(BRIEFING, briefing(1), session.accessToken))).toBeUndefined();
    expect(await client.ok(`mutation($t: String) { logout(refreshToken: $t) }`, { t: session.refreshToken })).toEqual({ logout: true });

    const before = await digests();
    const reads = [
      ME,
      `{ activities(unitId: "${a.unitIds[0]}", periodId: "${a.periodId}") { id } }`,
      `{ rubric(year: ${testYear()}) { id } }`,
      `{ reportingPeriods(year: ${testYear()}) { id } }`,
    ];
    for (const query of reads) expect([query, codeOf(await client.request(query, {}, session.accessToken))]).toEqual([query, 'UNAUTHENTICATED']);
    expect(codeOf(await client.request(BRIEFING, briefing(2), session.accessToken))).toBe('UNAUTHENTICATED');
    expect(await digests()).toEqual(before);
  });

  it('signs out everywhere: every session of the person stops, and nobody else’s', async () => {
    const [one, two, other] = [await reporter(), await reporter(), await admin()];
    expect(await client.ok(LOGOUT_EVERYWHERE, {}, one.accessToken)).toEqual({ logoutEverywhere: expect.any(Number) });
    for (const s of [one, two]) {
      expect(codeOf(await client.request(ME, {}, s.accessToken))).toBe('UNAUTHENTICATED');
      expect(codeOf((await client.refresh(s.refreshToken)).body)).toBe('UNAUTHENTICATED');
    }
    expect(await client.ok(ME, {}, other.accessToken)).toEqual({ me: { userId: other.userId } });
    // The fixture's own reporter token was one of that person's sessions too.
    a.tokens.reporters[0] = (await reporter()).accessToken;
  });

  it('lists the person’s own open sessions, marks this one, and ends another from the list', async () => {
    const browser = await signInAs('baocao2', { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36', 'x-forwarded-for': '203.0.113.7' });
    const phone = await client.signIn(a.code, 'baocao2', DEMO_PASSWORD);
    const here = present(browser.body.data).login.accessToken;
    const listed = (await client.ok<{ mySessions: { id: string; current: boolean; clientAddress: string; userAgent: string }[] }>(SESSIONS, {}, here)).mySessions;
    const current = listed.filter((s) => s.current);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ clientAddress: '203.0.113.7', userAgent: expect.stringContaining('Windows NT 10.0') });
    expect(listed.length).toBeGreaterThanOrEqual(2);

    const phoneId = present((await client.ok<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS, {}, phone.accessToken)).mySessions.find((s) => s.current)).id;
    expect(await client.ok(END_SESSION, { id: phoneId }, here)).toEqual({ endSession: true });
    expect(codeOf(await client.request(ME, {}, phone.accessToken))).toBe('UNAUTHENTICATED');
    expect(await client.ok(ME, {}, here)).toBeTruthy();
    expect((await client.ok<{ mySessions: { id: string }[] }>(SESSIONS, {}, here)).mySessions.map((s) => s.id)).not.toContain(phoneId);

    // Someone else's session, or one already ended: NOT_FOUND, and it goes on.
    const theirs = await admin();
    const theirId = present((await client.ok<{ mySessions: { id: string; current: boolean }[] }>(SESSIONS, {}, theirs.accessToken)).mySessions.find((s) => s.current)).id;
    expect(codeOf(await client.request(END_SESSION, { id: theirId }, here))).toBe('NOT_FOUND');
    expect(codeOf(await client.request(END_SESSION, { id: phoneId }, here))).toBe('NOT_FOUND');
    expect(await client.ok(ME, {}, theirs.accessToken)).toEqual({ me: { userId: theirs.userId } });
  });

  it('a new sign-in in the same browser (its cookie sent) ends the sign-in it replaces', async () => {
    const earlier = await signInAs('baocao2');
    const later = await signInAs('admin', { cookie: `qcdc_refresh=${encodeURIComponent(present(earlier.refreshCookie))}` });
    expect(later.body.errors).toBeUndefined();
    expect(codeOf(await client.request(ME, {}, present(earlier.body.data).login.accessToken))).toBe('UNAUTHENTICATED');
    expect(codeOf((await client.refresh(present(earlier.refreshCookie))).body)).toBe('UNAUTHENTICATED');
    expect(await client.ok(ME, {}, present(later.body.data).login.accessToken)).toBeTruthy();
  });

  it('the audit log records signing out everywhere and ending a session', async () => {
    await waitForRollups(owner, a.provinceId);
    const { rows } = await owner.query(
      `SELECT DISTINCT action FROM audit.entries WHERE tenant_id = $1 AND action LIKE 'session.%' ORDER BY action`,
      [a.provinceId],
    );
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['session.end', 'session.refresh-token-reused', 'session.sign-in', 'session.sign-out', 'session.sign-out-everywhere']),
    );
  });

  it('keeps what a test session holds in Session (both tokens and the user)', async () => {
    const s: Session = await admin();
    expect(s).toEqual({ accessToken: expect.any(String), refreshToken: expect.stringMatching(/\./), userId: expect.any(String) });
  });
});

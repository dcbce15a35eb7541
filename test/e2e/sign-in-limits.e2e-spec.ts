import { randomUUID } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { DEMO_PASSWORD, GatewayClient, GraphQLResult, ownerClient, testClock } from '@qcdc/shared/testing';
import { QUERY_LIMITS } from '@qcdc/shared/config';
import { SIGN_IN_LIMITS, signInLimitKeys } from '@qcdc/tenancy/server';

/**
 * Sign-in that withstands guessing, through the gateway, with the real Redis: an account is locked after 5
 * wrong passwords, an address after 20 across accounts; while locked even the right password is refused with
 * TOO_MANY_ATTEMPTS, the same answer as a wrong one. The test stack's gateway trusts one proxy hop, so each
 * test is a client of its own address (X-Forwarded-For) and its own province; no test waits for a TTL.
 */
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
const WRONG = 'sai-mat-khau-roi';

describe('sign-in limits', () => {
  const client = new GatewayClient();
  const prefix = process.env['QUEUE_PREFIX'] as string;
  let redis: Redis;
  let owner: Client;
  let platform: string;
  let nextAddress = 0;

  /** A client of its own: an address no other test uses. */
  const newAddress = () => `203.0.113.${++nextAddress}`;
  const from = (address: string) => ({ 'x-forwarded-for': address });

  /** A province of its own with its admin (username `admin`, DEMO_PASSWORD); returns its code and id. */
  const newProvince = async () => {
    const code = `lim-${randomUUID().slice(0, 8)}`;
    const { createProvince } = await client.ok<{ createProvince: { id: string } }>(
      `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
      { input: { code, name: `Tỉnh ${code}`, adminUsername: 'admin', adminPassword: DEMO_PASSWORD, adminDisplayName: 'Quản trị' } },
      platform,
    );
    return { code, id: createProvince.id };
  };

  const login = (address: string, province: string | null, username: string, password: string) =>
    client.request<{ login: { accessToken: string } }>(LOGIN, { input: { province, username, password } }, null, from(address));
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';
  const accountKey = (province: string, username: string) => signInLimitKeys(prefix, { province, username, clientAddress: '' }).account;
  const addressKey = (address: string) => signInLimitKeys(prefix, { province: '', username: '', clientAddress: address }).address;

  beforeAll(async () => {
    redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    owner = await ownerClient();
    platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
  });

  afterAll(async () => {
    redis.disconnect();
    await owner.end();
  });

  it('5 wrong passwords lock the account: the right one is then refused exactly as a wrong one, saying until when and whom to ask', async () => {
    const p = await newProvince();
    const address = newAddress();
    const answers: string[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.account.failures; i += 1) answers.push(codeOf(await login(address, p.code, 'admin', WRONG)));
    expect(answers).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS']);

    const right = await login(address, p.code, 'admin', DEMO_PASSWORD);
    const wrong = await login(address, p.code, 'admin', WRONG);
    expect(right.data).toBeNull();
    expect(codeOf(right)).toBe('TOO_MANY_ATTEMPTS');
    // Nothing tells a right password from a wrong one: the same code, message and details.
    const shape = (r: GraphQLResult<unknown>) => {
      const { message, extensions } = r.errors?.[0] ?? { message: '' };
      return { message, messageEn: extensions?.messageEn, keys: Object.keys(extensions ?? {}).sort() };
    };
    expect(shape(right)).toEqual(shape(wrong));
    const error = right.errors?.[0];
    expect(error?.message).toContain('thử lại sau 15 phút');
    expect(error?.message).toContain('liên hệ quản trị viên của tỉnh');
    // When to try again, by the service's clock (the tests' clock): a lockout of 15 minutes from now.
    const lockedUntil = new Date(error?.extensions?.['lockedUntil'] as string).getTime();
    const now = testClock().now().getTime();
    expect(lockedUntil).toBeGreaterThan(now + (SIGN_IN_LIMITS.lockSeconds - 60) * 1000);
    expect(lockedUntil).toBeLessThanOrEqual(now + (SIGN_IN_LIMITS.lockSeconds + 60) * 1000);
    expect(error?.extensions?.['retryAfterSeconds']).toBeGreaterThan(SIGN_IN_LIMITS.lockSeconds - 60);

    // The lockout is in the province's audit log, by the account, with the address it came from.
    const userId = (await owner.query(`SELECT id FROM tenancy.users WHERE tenant_id = $1 AND username = 'admin'`, [p.id])).rows[0].id;
    const deadline = Date.now() + 10_000;
    let entries: { actor_user_id: string; object_id: string; after: Record<string, unknown> }[] = [];
    while (entries.length === 0 && Date.now() < deadline) {
      entries = (
        await owner.query(`SELECT actor_user_id, object_id, after FROM audit.entries WHERE tenant_id = $1 AND action = 'session.lock-out'`, [p.id])
      ).rows;
      if (entries.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(entries).toEqual([
      { actor_user_id: userId, object_id: userId, after: { locked: 'account', clientAddress: address, lockedUntil: expect.any(String) } },
    ]);
  });

  it('40 parallel wrong guesses: 5 password checks, the rest refused unchecked, and the account locked', async () => {
    const p = await newProvince();
    const address = newAddress();
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(address, p.code, 'admin', WRONG)));
    const codes = answers.map(codeOf);
    // Of the 5 checked, the one that reached the limit says so; 35 waited for those checks and were refused
    // unchecked once the account was locked.
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_LIMITS.account.failures - 1);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(40 - SIGN_IN_LIMITS.account.failures + 1);
    // The failures recorded are the attempts admitted to a check: exactly 5.
    expect(await redis.hgetall(accountKey(p.code, 'admin'))).toEqual({ failures: '5', pending: '0', locked: '1' });
    expect(codeOf(await login(address, p.code, 'admin', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('20 wrong passwords from one address across usernames lock the address, for every account; another address signs in', async () => {
    const p = await newProvince();
    const address = newAddress();
    // Usernames that do not exist count as any other: whether one exists is never told. A header named like
    // the one the gateway sets for the subgraphs changes nothing: the gateway writes it itself.
    const answers = await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.address.failures }, (_, i) =>
        client.request(LOGIN, { input: { province: p.code, username: `khong-co-${i}`, password: WRONG } }, null, {
          ...from(address),
          'x-qcdc-client-address': `198.51.100.${i}`,
        }),
      ),
    );
    expect(answers.map(codeOf).filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_LIMITS.address.failures - 1);
    expect(await redis.hget(addressKey(address), 'locked')).toBe('1');

    const right = await login(address, p.code, 'admin', DEMO_PASSWORD);
    expect(codeOf(right)).toBe('TOO_MANY_ATTEMPTS');
    expect(right.errors?.[0]?.message).toContain('Máy tính hoặc mạng của bạn');
    expect(codeOf(await login(newAddress(), p.code, 'admin', DEMO_PASSWORD))).toBe('OK');
  });

  it('an unknown username is locked after 5 failures like a known one, with the same answers', async () => {
    const p = await newProvince();
    const answersFor = async (username: string) => {
      const address = newAddress();
      const out: string[] = [];
      for (let i = 0; i < SIGN_IN_LIMITS.account.failures + 1; i += 1) out.push(codeOf(await login(address, p.code, username, WRONG)));
      return out;
    };
    const [known, unknown] = [await answersFor('admin'), await answersFor('khong-ton-tai')];
    expect(unknown).toEqual(known);
    expect(known.slice(-2)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });

  it('each alias of login in one request is an attempt of its own; a wrong one ends the request', async () => {
    const p = await newProvince();
    const address = newAddress();
    // As many aliases as the gateway lets through in one request (more are refused before any check).
    const aliases = QUERY_LIMITS.sameRootField.login;
    const aliased = (password: string) =>
      client.request<Record<string, { accessToken: string } | null>>(
        `mutation($input: LoginInput!) { ${Array.from({ length: aliases }, (_, i) => `a${i}: login(input: $input) { accessToken }`).join(' ')} }`,
        { input: { province: p.code, username: 'admin', password } },
        null,
        from(address),
      );
    // Every alias with the right password: a sign-in each, each checked.
    const right = await aliased(DEMO_PASSWORD);
    expect(right.errors).toBeUndefined();
    expect(Object.values(right.data ?? {}).filter((s) => s?.accessToken)).toHaveLength(aliases);
    // With a wrong one, the first alias fails and, login being non-null, the mutation stops there: one
    // guess per request, counted. Five such requests lock the account as five single ones would.
    for (let i = 0; i < SIGN_IN_LIMITS.account.failures; i += 1) {
      const wrong = await aliased(WRONG);
      expect(wrong.errors?.map((e) => e.extensions?.code)).toEqual([i < SIGN_IN_LIMITS.account.failures - 1 ? 'UNAUTHENTICATED' : 'TOO_MANY_ATTEMPTS']);
      expect(await redis.hget(accountKey(p.code, 'admin'), 'failures')).toBe(String(i + 1));
    }
    expect(await redis.hget(accountKey(p.code, 'admin'), 'locked')).toBe('1');
    expect((await aliased(DEMO_PASSWORD)).errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_ATTEMPTS']);
  });

  it('a successful sign-in starts the count afresh', async () => {
    const p = await newProvince();
    const address = newAddress();
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < SIGN_IN_LIMITS.account.failures - 1; i += 1) {
        expect(codeOf(await login(address, p.code, 'admin', WRONG))).toBe('UNAUTHENTICATED');
      }
      expect(codeOf(await login(address, p.code, 'admin', DEMO_PASSWORD))).toBe('OK');
      expect(await redis.exists(accountKey(p.code, 'admin'))).toBe(0);
    }
    // The address keeps its failures (8), but not the successes.
    expect(await redis.hget(addressKey(address), 'failures')).toBe(String(2 * (SIGN_IN_LIMITS.account.failures - 1)));
  });

  it('only failures count: 12 sign-ins to one account at once, from one address, all succeed and leave no count', async () => {
    const p = await newProvince();
    const address = newAddress();
    const answers = await Promise.all(Array.from({ length: 12 }, () => login(address, p.code, 'admin', DEMO_PASSWORD)));
    expect(answers.map(codeOf)).toEqual(Array(12).fill('OK'));
    expect(await redis.exists(accountKey(p.code, 'admin'), addressKey(address))).toBe(0);
  });

  it('the same username in another province, and the platform admin, are not touched by a lockout', async () => {
    const [locked, other] = [await newProvince(), await newProvince()];
    const address = newAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.account.failures; i += 1) await login(address, locked.code, 'admin', WRONG);
    expect(codeOf(await login(address, locked.code, 'admin', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await login(address, other.code, 'admin', DEMO_PASSWORD))).toBe('OK');
    const platformPassword = process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD;
    expect(codeOf(await login(address, null, PLATFORM_ADMIN_USERNAME, platformPassword))).toBe('OK');
  });

  it('a lockout lasts 15 minutes, kept as the TTL of its Redis key; when the key expires the right password signs in', async () => {
    const p = await newProvince();
    const address = newAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.account.failures; i += 1) await login(address, p.code, 'admin', WRONG);
    const key = accountKey(p.code, 'admin');
    const ttl = await redis.pttl(key);
    expect(ttl).toBeGreaterThan((SIGN_IN_LIMITS.lockSeconds - 60) * 1000);
    expect(ttl).toBeLessThanOrEqual(SIGN_IN_LIMITS.lockSeconds * 1000);
    expect(codeOf(await login(address, p.code, 'admin', DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');

    // The 15 minutes, brought forward to now: the key's TTL set to 1 ms, and its expiry waited for.
    await redis.pexpire(key, 1);
    const deadline = Date.now() + 5000;
    while ((await redis.exists(key)) === 1) {
      if (Date.now() > deadline) throw new Error(`${key} did not expire`);
      await new Promise((r) => setImmediate(r));
    }
    expect(codeOf(await login(address, p.code, 'admin', DEMO_PASSWORD))).toBe('OK');
  });

  it('a password hashed with older argon2 parameters is stored again with today\'s at its next sign-in', async () => {
    const p = await newProvince();
    const old = await hash(DEMO_PASSWORD, { algorithm: Algorithm.Argon2id, memoryCost: 4096, timeCost: 3, parallelism: 1 });
    const where = `tenant_id = $1 AND username = 'admin'`;
    await owner.query(`UPDATE tenancy.users SET password_hash = $2 WHERE ${where}`, [p.id, old]);
    expect(codeOf(await login(newAddress(), p.code, 'admin', DEMO_PASSWORD))).toBe('OK');
    const stored = (await owner.query(`SELECT password_hash FROM tenancy.users WHERE ${where}`, [p.id])).rows[0].password_hash;
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(codeOf(await login(newAddress(), p.code, 'admin', DEMO_PASSWORD))).toBe('OK');
  });
});

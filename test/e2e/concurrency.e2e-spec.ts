import http from 'node:http';
import {
  DEFAULT_PLATFORM_ADMIN_PASSWORD,
  PLATFORM_ADMIN_USERNAME,
} from '../../tools/seed/platform-admin';
import { QUERY_LIMITS } from '@qcdc/shared/config';
import { GatewayClient, ProvinceScenario, buildProvinceScenario } from '@qcdc/shared/testing';

/** HTTP status of a health endpoint, with a short timeout of its own (a wedged process must fail this). */
function healthStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('timeout', () => req.destroy(new Error(`${url} did not answer within 3 s`)));
    req.once('error', reject);
  });
}

/**
 * Each subgraph has a pool of 10 connections. These callers outnumber it several times over, at once, on
 * the paths that once held one pooled connection while asking for a second (sign-in, `me`): they must all
 * finish, and /health must keep answering while they run.
 */
describe('more concurrent callers than the pool has connections', () => {
  const client = new GatewayClient();
  let province: ProvinceScenario;
  const tenancyHealth = () => healthStatus(new URL('/health', process.env['TENANCY_URL']).toString());

  beforeAll(async () => {
    const platform = await client.login(
      null,
      PLATFORM_ADMIN_USERNAME,
      process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
    );
    province = await buildProvinceScenario(client, platform, { units: 4 });
  });

  it('signs thirty people in at once', async () => {
    const usernames = ['admin', 'bancd', 'khoi', 'baocao1', 'baocao2', 'baocao3', 'baocao4'];
    const started = Date.now();
    const logins = Array.from({ length: 30 }, (_, i) =>
      client.login(province.code, usernames[i % usernames.length], 'mat-khau-thu-nghiem'),
    );
    const health = tenancyHealth();
    const tokens = await Promise.all(logins);
    expect(tokens).toHaveLength(30);
    expect(tokens.every((t) => t.split('.').length === 3)).toBe(true);
    expect(await health).toBe(200);
    // Not a timing test: a wedged pool would take PostgreSQL's 60 s idle-in-transaction timeout to free.
    expect(Date.now() - started).toBeLessThan(45_000);
  });

  // One request may carry at most QUERY_LIMITS.aliases aliases now (test/e2e/edge.e2e-spec.ts); the same 200
  // lookups at once come as 14 requests of 14 or 15, each still more than the pool has connections.
  it('answers 200 lookups of `me` at once (requests at the alias limit) while others sign in and /health still answers', async () => {
    const per = QUERY_LIMITS.aliases;
    const requests = Array.from({ length: Math.ceil(200 / per) }, (_, r) => {
      const n = Math.min(per, 200 - r * per);
      const aliases = Array.from({ length: n }, (_, i) => `m${i}: me { username memberships { role } }`).join('\n');
      return client.request<Record<string, { username: string }>>(`{ ${aliases} }`, {}, province.tokens.committee);
    });
    const logins = Array.from({ length: 15 }, () => client.login(province.code, 'bancd', 'mat-khau-thu-nghiem'));
    const health = tenancyHealth();
    const results = await Promise.all(requests);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.flatMap((r) => Object.values(r.data ?? {}).map((m) => m.username))).toEqual(Array(200).fill('bancd'));
    expect(await Promise.all(logins)).toHaveLength(15);
    expect(await health).toBe(200);
  });
});

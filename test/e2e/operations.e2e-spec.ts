import { WORKER_QUEUES } from '@qcdc/shared/events';
import { GatewayClient, ProvinceScenario, buildProvinceScenario } from '@qcdc/shared/testing';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';

const gateway = () => process.env['GATEWAY_URL'] as string;

/** Opens the queue board's session with a bearer token; answers the status and the cookie the gateway set. */
async function openSession(token: string | null): Promise<{ status: number; cookie: string | undefined; setCookie: string[]; body: string }> {
  const response = await fetch(`${gateway()}/ops/session`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
  const setCookie = response.headers.getSetCookie();
  const cookie = setCookie.map((c) => /^(qcdc_ops=[^;]+)/.exec(c)?.[1]).find(Boolean);
  return { status: response.status, cookie, setCookie, body: await response.text() };
}

const board = (path: string, cookie?: string) => fetch(`${gateway()}/ops/queues${path}`, { headers: cookie ? { cookie } : {} });

/** Operators: Bull Board behind the platform admin's sign-in at the gateway, and the worker's Prometheus metrics. */
describe('operations', () => {
  const client = new GatewayClient();
  let platform: string;
  let province: ProvinceScenario;

  beforeAll(async () => {
    platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    province = await buildProvinceScenario(client, platform, { units: 2 });
  });

  it('opens the queue board to the platform admin only, with a cookie no script reads, limited to /ops', async () => {
    const opened = await openSession(platform);
    expect(opened.status).toBe(204);
    expect(opened.setCookie.join('\n')).toMatch(/qcdc_ops=[^;]+;.*Path=\/ops;.*HttpOnly;.*SameSite=Strict/);
    const page = await board('/', opened.cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('__UI_CONFIG__');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    const api = await board('/api/queues', opened.cookie);
    expect(api.status).toBe(200);
    const names = ((await api.json()) as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual([...WORKER_QUEUES].sort());
  });

  it.each([
    ['no token', () => null, 401, 'UNAUTHENTICATED'],
    ['a forged token', () => `${platform.slice(0, -4)}AAAA`, 401, 'UNAUTHENTICATED'],
    ["a province admin's token", () => province.tokens.admin, 403, 'FORBIDDEN'],
    ["the committee's token", () => province.tokens.committee, 403, 'FORBIDDEN'],
  ])('refuses a session to %s, setting no cookie', async (_what, token, status, code) => {
    const refused = await openSession(token());
    expect(refused.status).toBe(status);
    expect(refused.cookie).toBeUndefined();
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe(code);
  });

  it.each([
    ['without a cookie', () => undefined, 401],
    ['with a forged cookie', () => 'qcdc_ops=not.a.token', 401],
    ["with a province admin's token as the cookie", () => `qcdc_ops=${province.tokens.admin}`, 403],
  ])('shows a page saying what to do, and no queue, %s', async (_what, cookie, status) => {
    for (const path of ['/', '/api/queues']) {
      const page = await board(path, cookie());
      expect(page.status).toBe(status);
      const text = await page.text();
      expect(text).toContain('Hãy đăng nhập bằng tài khoản quản trị nền tảng');
      expect(text).not.toContain('__UI_CONFIG__');
    }
  });

  it("the worker's /metrics gives each queue's jobs by state, and the process's own figures", async () => {
    const response = await fetch(`${process.env['WORKER_URL']}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await response.text();
    for (const queue of WORKER_QUEUES) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(text).toMatch(new RegExp(`^qcdc_queue_jobs\\{queue="${queue}",state="${state}"\\} \\d+$`, 'm'));
    }
    expect(text).toContain('# TYPE qcdc_queue_job_attempt_failures_total counter');
    expect(text).toMatch(/^qcdc_worker_process_resident_memory_bytes \d+/m);
  });
});

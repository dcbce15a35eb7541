import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { AppProcess, GatewayClient, freePort, waitForStatus } from '@qcdc/shared/testing';

/**
 * A gateway whose reports subgraph does not answer: operations of the other subgraphs still work, and those
 * that need reports get a clear, stable error instead of a hang or a stack trace.
 */
describe('a subgraph down', () => {
  let gateway: AppProcess;
  let client: GatewayClient;

  beforeAll(async () => {
    const port = await freePort();
    const deadPort = await freePort();
    gateway = new AppProcess('gateway', {
      ...process.env,
      GATEWAY_PORT: String(port),
      REPORTS_URL: `http://127.0.0.1:${deadPort}/graphql`,
    });
    gateway.start();
    await waitForStatus(`http://127.0.0.1:${port}/health`);
    client = new GatewayClient(`http://127.0.0.1:${port}/graphql`);
  }, 60_000);

  afterAll(() => gateway.kill('SIGTERM'));

  it('answers what it can and says clearly what it cannot', async () => {
    const token = await client.login(
      null,
      PLATFORM_ADMIN_USERNAME,
      process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD,
    );
    const me = await client.request(`{ me { username } }`, {}, token);
    expect(me).toEqual({ data: { me: { username: PLATFORM_ADMIN_USERNAME } } });

    const periods = await client.request(`{ reportingPeriods(year: 2026) { id } }`, {}, token);
    expect(periods.data).toBeNull();
    expect(periods.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(periods.errors?.[0]?.message).toMatch(/tạm thời không phản hồi/);
  });
});

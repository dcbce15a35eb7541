import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import Redis from 'ioredis';

/**
 * The environment without libfaketime: servers the tests start (Redis) keep the real date, as PostgreSQL
 * and the machine's Redis do, when the tests themselves run under `faketime`.
 */
export function realClockEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, FAKETIME_NO_CACHE: _noCache, DONT_FAKE_MONOTONIC: _monotonic, ...real } = env;
  return real;
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A private, throwaway redis-server for tests that stop Redis on purpose: the shared one stays up for
 * every other test. Readiness is polled with PING, never waited for with a sleep.
 */
export class ThrowawayRedis {
  private process: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
      env: realClockEnv(),
    });
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
      try {
        await probe.connect();
        if ((await probe.ping()) === 'PONG') return;
      } catch {
        if (Date.now() > deadline) throw new Error(`redis-server on ${this.port} did not answer within 10 s`);
        await new Promise((r) => setImmediate(r));
      } finally {
        probe.disconnect();
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.process = null;
  }
}

/**
 * Ends every sign-in count and lockout of this test run (the keys under `<QUEUE_PREFIX>:sign-in:`, see
 * signInLimitKeys in libs/tenancy/server): for a test that sends many wrong passwords on purpose, so that the
 * test files after it sign in as usual. Never a way around a limit inside a test.
 */
export async function clearSignInLimits(): Promise<void> {
  const prefix = process.env['QUEUE_PREFIX'];
  if (!prefix) throw new Error('QUEUE_PREFIX is not set: clearSignInLimits runs in the e2e and browser tests only');
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:sign-in:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

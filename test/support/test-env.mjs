// What the medium, e2e and browser jest global setups share: a fresh migrated database, a unique BullMQ
// prefix and, for e2e/browser, all processes on their own ports. Everything set up here registers its own
// cleanup; global-teardown.mjs (and Ctrl-C) runs them. Values reach the tests through process.env, which
// jest workers inherit because they start after globalSetup.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startMailSink } from '../../scripts/lib/mail-sink.mjs';
import { NODE_APPS, addCleanup, buildApps, nodeTs, portsFrom, run, shutdown, startStack } from '../../scripts/lib/processes.mjs';
import {
  DATA_DIR,
  deleteKeysWithPrefix,
  dropDatabase,
  ensureDatabase,
  ensureJwtKeys,
  ensurePostgres,
  ensureRedis,
  stopStartedServices,
  withClusterLock,
} from '../../scripts/lib/services.mjs';

/** Keep in step with TEST_CLOCK_START in libs/shared/testing/src/clock.ts (a test checks they agree). */
export const TEST_CLOCK_START = '2026-06-20T02:00:00.000Z';

/** Runs fn; if it throws, cleans up what was already set up (jest skips globalTeardown then). */
async function orCleanUp(fn) {
  try {
    await fn();
  } catch (err) {
    await shutdown();
    throw err;
  }
}

async function setupDatabase() {
  const ownerUrl = await ensurePostgres();
  const redisUrl = await ensureRedis();
  addCleanup(stopStartedServices); // no-op unless a throwaway server was started just now

  const id = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const dbName = `qcdc_test_${id}`;
  const databaseUrl = await ensureDatabase(ownerUrl, dbName);
  addCleanup(() => dropDatabase(ownerUrl, dbName));

  const queuePrefix = `qcdc-test-${id}`;
  addCleanup(() => deleteKeysWithPrefix(redisUrl, queuePrefix));

  const keys = ensureJwtKeys();
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    JWT_PRIVATE_KEY_PATH: keys.privatePath,
    JWT_PUBLIC_KEY_PATH: keys.publicPath,
    GATEWAY_SECRET_PATH: keys.gatewaySecretPath,
    NODE_ENV: 'test',
    // Every process of the run, and the tests, take this instant as "now" when they start (see
    // libs/shared/testing/src/clock.ts): the tests pass whatever the machine's date is.
    QCDC_CLOCK_START: process.env.QCDC_CLOCK_START || TEST_CLOCK_START,
    // ... read at this machine instant: processes started later are not behind the first ones.
    QCDC_CLOCK_ANCHOR: process.env.QCDC_CLOCK_ANCHOR || String(Date.now()),
    LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  });
  await withClusterLock(ownerUrl, 'qcdc-migrations', () => run(...nodeTs('migrations/run.ts'), { quiet: true }));
}

export function setupMedium() {
  return orCleanUp(setupDatabase);
}

/**
 * Database plus all processes on ports QCDC_TEST_PORT_BASE (5000: gateway) .. +5 (worker), the web app on
 * QCDC_TEST_WEB_PORT (5200) when `web`, and a local SMTP server on QCDC_TEST_PORT_BASE + 25 (messages in MAIL_DIR). Logs: .data/logs/<e2e|browser>/<name>.log.
 */
export function setupStack({ web, kind }) {
  return orCleanUp(async () => {
    await setupDatabase();
    process.env.PLATFORM_ADMIN_PASSWORD ||= 'qcdc-admin-2026';
    await run(...nodeTs('tools/seed/platform-admin.ts'), { quiet: true });
    // The stack runs the apps' builds, so the tests prove the build works (Nx skips what is unchanged);
    // `npm test` builds them once before running the e2e and browser steps at once.
    if (process.env.QCDC_APPS_BUILT !== 'true') await buildApps([...NODE_APPS, ...(web ? ['web'] : [])], { quiet: true });

    const base = Number(process.env.QCDC_TEST_PORT_BASE || 5000);
    const ports = portsFrom(base, Number(process.env.QCDC_TEST_WEB_PORT || 5200));
    // A real SMTP server for the worker's mail consumer; the tests read what it received from MAIL_DIR.
    const sink = await startMailSink({ port: base + 25, dir: path.join(DATA_DIR, 'mail', `${kind}-${process.pid}`) });
    addCleanup(() => fs.promises.rm(sink.dir, { recursive: true, force: true }));
    addCleanup(sink.close);
    Object.assign(process.env, { SMTP_URL: sink.url, MAIL_DIR: sink.dir, WEB_PUBLIC_URL: `http://127.0.0.1:${ports.web}/` });
    // The activities service's evidence files, on disk, per run.
    const evidenceDir = path.join(DATA_DIR, 'evidence', `${kind}-${process.pid}`);
    addCleanup(() => fs.promises.rm(evidenceDir, { recursive: true, force: true }));
    process.env.EVIDENCE_DIR = evidenceDir;
    // The gateway trusts one proxy hop, as behind the web's nginx: a test speaks for a client of its own with
    // X-Forwarded-For (the sign-in limits count by address), and requests without it count as 127.0.0.1.
    const env = { ...process.env, TRUSTED_PROXY_HOPS: '1' };
    const urls = await startStack({ ports, env, web, logDir: path.join(DATA_DIR, 'logs', kind) });
    Object.assign(process.env, {
      GATEWAY_URL: `http://127.0.0.1:${ports.gateway}`,
      GRAPHQL_URL: urls.gateway,
      TENANCY_URL: urls.tenancy,
      ACTIVITIES_URL: urls.activities,
      SCORING_URL: urls.scoring,
      REPORTS_URL: urls.reports,
      WORKER_URL: `http://127.0.0.1:${ports.worker}`,
      ...(web ? { WEB_URL: urls.web, CHROMIUM_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' } : {}),
    });
  });
}

export { shutdown as teardown };

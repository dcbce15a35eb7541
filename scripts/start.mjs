#!/usr/bin/env node
// `npm start`: everything a developer needs, from a fresh clone to a seeded, running QCDC.
//   npm start                      builds the apps (Nx, cached), then runs the builds; logs in .data/logs/<name>.log
//   npm start -- --inherit-logs    all process output in this terminal
// Ports: GATEWAY_PORT (4000), TENANCY_PORT (4001) ... WORKER_PORT (4005), WEB_PORT (4200).
import { ensureNodeModules } from './lib/deps.mjs';
import {
  NODE_APPS,
  addCleanup,
  buildApps,
  logTail,
  nodeTs,
  portsFromEnv,
  run,
  shutdown,
  startStack,
} from './lib/processes.mjs';
import {
  DATA_DIR,
  SetupError,
  databaseName,
  ensureDatabase,
  ensureJwtKeys,
  ensurePostgres,
  ensureRedis,
  redact,
  stopStartedServices,
} from './lib/services.mjs';
import path from 'node:path';

const step = (title) => console.log(`\n== ${title}`);

async function main() {
  const inherit = process.argv.includes('--inherit-logs');

  step('dependencies');
  ensureNodeModules();

  step('PostgreSQL and Redis');
  const ownerUrl = await ensurePostgres();
  const redisUrl = await ensureRedis();
  addCleanup(stopStartedServices); // only stops throwaway servers started just now
  const databaseUrl = await ensureDatabase(ownerUrl, databaseName(ownerUrl));
  console.log(`database ${redact(databaseUrl)}, redis ${redisUrl}`);

  const keys = ensureJwtKeys();
  const ports = portsFromEnv();

  // Mail: SMTP_URL if set (Mailpit, a real server); else a local sink on 1025 that keeps each message in
  // .data/mail/ (an .eml and a decoded .json), so an invitation's link can be opened without any mail server.
  let smtpUrl = process.env.SMTP_URL;
  let mailNote = smtpUrl ? `sent to ${redact(smtpUrl)}` : '';
  if (!smtpUrl) {
    // Imported here, not at the top: it needs smtp-server, which `npm ci` (ensureNodeModules) has just installed.
    const { startMailSink } = await import('./lib/mail-sink.mjs');
    const sink = await startMailSink({ port: Number(process.env.MAIL_SINK_PORT || 1025), dir: path.join(DATA_DIR, 'mail') });
    addCleanup(sink.close);
    smtpUrl = sink.url;
    mailNote = `kept in ${path.relative(process.cwd(), sink.dir) || sink.dir}/ (a local SMTP sink on ${sink.url})`;
  }
  const gatewayBase = `http://127.0.0.1:${ports.gateway}`;
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: process.env.QUEUE_PREFIX || 'qcdc',
    JWT_PRIVATE_KEY_PATH: keys.privatePath,
    JWT_PUBLIC_KEY_PATH: keys.publicPath,
    GATEWAY_SECRET_PATH: keys.gatewaySecretPath,
    NODE_ENV: process.env.NODE_ENV || 'development',
    GATEWAY_URL: gatewayBase,
    SMTP_URL: smtpUrl,
    WEB_PUBLIC_URL: process.env.WEB_PUBLIC_URL || `http://127.0.0.1:${ports.web}/`,
  };

  step('migrations');
  await run(...nodeTs('migrations/run.ts'), { env });

  step('platform admin');
  await run(...nodeTs('tools/seed/platform-admin.ts'), { env });

  // Built, not compiled at run time: the same JavaScript the production image runs. Nx restores an
  // unchanged app from its cache, so a second `npm start` skips the builds.
  step('build');
  await buildApps([...NODE_APPS, 'web'], { env });

  step('starting processes');
  const logDir = path.join(DATA_DIR, 'logs');
  const urls = await startStack({
    ports,
    env,
    web: true,
    logDir,
    inherit,
    onUnexpectedExit: (proc) => {
      console.error(`\n${proc.name} exited unexpectedly (${proc.exitStatus}); stopping everything.${logTail(proc)}`);
      shutdown().finally(() => process.exit(1));
    },
  });

  step('demo seed');
  const seedOutput = await run(...nodeTs('tools/seed/demo.ts'), { env, capture: true });

  console.log(`
==================================================================
 QCDC is running.
   Web:      ${urls.web}
   GraphQL:  ${urls.gateway}
   Mail:     ${mailNote}
   Logs:     ${inherit ? '(this terminal)' : `${path.relative(process.cwd(), logDir) || logDir}/<name>.log`}

 Demo logins (from the seed):
${seedOutput
  .trim()
  .split('\n')
  .map((l) => `   ${l}`)
  .join('\n')}

 Ctrl-C stops everything.
==================================================================`);
  // The children keep the event loop alive; SIGINT/SIGTERM handlers in processes.mjs clean up.
}

main().catch(async (err) => {
  console.error(`\nnpm start failed: ${err instanceof SetupError ? err.message : err.stack}`);
  await shutdown();
  process.exit(1);
});

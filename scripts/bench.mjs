#!/usr/bin/env node
// `npm run bench`: the speed and size budgets, measured (never in timed unit tests). Each bench rewrites its
// section of docs/PERFORMANCE.md with its numbers and this command; the run exits 1 when a budget is broken.
//   npm run bench                      every bench (tools/bench/benches.ts lists them)
//   npm run bench -- first-screen      one (or several) by name
// The stack runs as in the browser tests, on its own database, on ports QCDC_TEST_PORT_BASE (5000) .. +5 and
// QCDC_TEST_WEB_PORT (5200). Logs: .data/logs/bench/<name>.log.
//
// This script owns what is ESM here (the process helpers, the stack set-up); the benches are TypeScript,
// loaded through @swc-node/register like the other tools.
import { createRequire } from 'node:module';
import os from 'node:os';
import { buildApps, nodeTs, run, shutdown } from './lib/processes.mjs';
import { ROOT, SetupError } from './lib/services.mjs';
import { setupStack } from '../test/support/test-env.mjs';

const require = createRequire(import.meta.url);
require('@swc-node/register');
const { benchesNamed, runBenches } = require('../tools/bench/run.ts');

const names = process.argv.slice(2);
let benches;
try {
  benches = benchesNamed(names);
} catch (err) {
  console.error(err.message);
  process.exit(2);
}

// A bench is no test: the servers keep the real time, like `npm start`, so that they and the browser (which
// keeps the machine's clock) agree on this year's reporting periods.
process.env.QCDC_CLOCK_START ||= new Date().toISOString();

let stack;
const cpus = os.cpus();
const ctx = {
  root: ROOT,
  log: (line) => console.log(line),
  buildWeb: () => buildApps(['web'], { quiet: true }),
  stack: () =>
    (stack ??= (async () => {
      console.log('starting the stack (migrations, build, processes) and seeding the demo province...');
      await setupStack({ web: true, kind: 'bench' });
      await run(...nodeTs('tools/seed/demo.ts'), { quiet: true });
      return { webUrl: process.env.WEB_URL, gatewayUrl: process.env.GATEWAY_URL };
    })()),
};
const runInfo = {
  date: new Date().toISOString().slice(0, 10),
  command: `npm run bench${names.length ? ` -- ${names.join(' ')}` : ''}`,
  machine:
    `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1e9).toFixed(1)} GB RAM, ` +
    `${os.type()} ${os.release()}, Node ${process.version}`,
  cores: `${cpus.length} cores`,
};

let ok = false;
try {
  ok = await runBenches(benches, ctx, runInfo);
} catch (err) {
  console.error(`\nnpm run bench failed: ${err instanceof SetupError ? err.message : err.stack}`);
} finally {
  await shutdown();
}
console.log(ok ? '\nEvery budget is met.' : '\nA budget is broken or a bench failed (see above).');
process.exit(ok ? 0 : 1);

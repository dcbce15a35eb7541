#!/usr/bin/env node
// `npm test`: every check, stopping after the first stage with a failure.
//   npm test                       lint, typecheck, small, medium, e2e, browser
//   npm test -- small              one step (or several: `npm test -- lint typecheck`)
//   npm test -- small libs/shared  extra arguments go to jest (a path pattern, -t NAME, --watch ...)
//
// The steps run in stages, and a stage's lanes at once, each on its own database, BullMQ prefix and ports
// (test/support/test-env.mjs): on two cores, while one lane waits on PostgreSQL, LibreOffice or a page, the
// other computes. The checks without services run beside the medium tests, then the e2e tests beside the
// browser tests. The apps are built once first, so that the two stacks do not build at once.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_TOOLS, ensureAptPackages, ensureNodeModules } from './lib/deps.mjs';
import { NODE_APPS, buildApps } from './lib/processes.mjs';
import { ROOT, SetupError, ensurePostgres, ensureRedis, stopStartedServices } from './lib/services.mjs';

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);
const ci = process.env.CI === 'true';

// Each step is a list of commands; `needs` says what must be ready before it runs.
const jest = (config) => [[bin('jest'), ['-c', config, ...(ci ? ['--ci'] : []), ...jestArgs()]]];
const STEPS = {
  lint: {
    title: 'lint (eslint, with Nx module boundaries)',
    // The boundary rule reads Nx's project graph and silently skips itself without one: compute it first.
    cmds: () => [
      [bin('nx'), ['show', 'projects']],
      [bin('eslint'), ['--max-warnings=0', '.']],
    ],
  },
  typecheck: {
    title: 'typecheck (tsc)',
    cmds: () => [
      [bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']],
      ...(fs.existsSync(path.join(ROOT, 'apps/web/tsconfig.json'))
        ? [[bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit']]]
        : []),
    ],
  },
  small: { title: 'small tests (jest, no services)', cmds: () => jest('jest.small.config.js') },
  // The medium tests convert official documents to PDF (LibreOffice) and read them back (pdftotext).
  medium: { title: 'medium tests (jest, PostgreSQL + Redis)', needs: ['services', 'documents'], cmds: () => jest('jest.medium.config.js') },
  e2e: { title: 'e2e tests (jest, all processes)', needs: ['services', 'documents'], logs: 'e2e', cmds: () => jest('jest.e2e.config.js') },
  browser: {
    title: 'browser tests (jest + playwright-core + chromium)',
    needs: ['services', 'chromium'],
    logs: 'browser',
    cmds: () => jest('jest.browser.config.js'),
  },
};

/** Stages one after the other; in a stage, lanes at once; in a lane, steps in order. */
const PLAN = [
  [['lint', 'typecheck', 'small'], ['medium']],
  [['e2e'], ['browser']],
];

const args = process.argv.slice(2);
const selected = args.filter((a) => a in STEPS);
const jestArgs = () => args.filter((a) => !(a in STEPS));
const steps = selected.length ? Object.keys(STEPS).filter((s) => selected.includes(s)) : Object.keys(STEPS);
if (args.length && !selected.length) {
  // Jest arguments only make sense after a step name; a typo must not silently run everything.
  console.error(`unknown step "${args[0]}"; steps: ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}
const stages = PLAN.map((lanes) => lanes.map((lane) => lane.filter((s) => steps.includes(s))).filter((lane) => lane.length)).filter(
  (lanes) => lanes.length,
);

// Ctrl-C reaches the running children through the terminal's process group; we only remember it, let the
// children clean up (the jest setups stop their processes), then stop. SIGTERM is forwarded since nobody else gets it.
let interrupted = false;
const running = new Set();
process.on('SIGINT', () => (interrupted = true));
process.on('SIGTERM', () => {
  interrupted = true;
  for (const child of running) child.kill('SIGTERM');
});

/**
 * Runs a command; its output goes to the terminal as it comes, or, when `out` is given (lanes running at
 * once), into `out`, to be printed whole when its step ends.
 */
function runCmd(cmd, args, env, out) {
  const line = `$ ${path.relative(ROOT, cmd) || cmd} ${args.join(' ')}\n`;
  if (out) out.push(line);
  else process.stdout.write(line);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: out ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    running.add(child);
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.once('error', (err) => {
      running.delete(child);
      if (out) out.push(`${err.message}\n`);
      else console.error(err.message);
      resolve(1);
    });
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve(signal ? 1 : code);
    });
  });
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The warnings and errors the processes of a failed step's stack logged (.data/logs/<kind>/), the last few of
 * each: on CI, where the log files are gone with the checkout, they are what tells a test's failure apart
 * from a process's.
 */
function stackWarnings(kind, perProcess = 15) {
  const dir = path.join(ROOT, '.data', 'logs', kind);
  if (!fs.existsSync(dir)) return '';
  const parts = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.log')).sort()) {
    const lines = fs
      .readFileSync(path.join(dir, file), 'utf8')
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((l) => /\b(WARN|ERROR|FATAL)\b|\bE[A-Z]{4,}\b|Error:/.test(l));
    if (lines.length) parts.push(`--- ${kind}/${file}: the last ${Math.min(lines.length, perProcess)} of ${lines.length} warnings and errors\n${lines.slice(-perProcess).join('\n')}`);
  }
  return parts.length ? `\n${parts.join('\n')}\n` : '';
}

/** Runs a lane's steps in order until one fails; each step's outcome goes into `timings`. */
async function runLane(lane, env, shared, timings) {
  for (const name of lane) {
    if (interrupted) return false;
    const out = shared ? [] : null;
    const title = `==== ${STEPS[name].title}`;
    if (!shared) console.log(`\n${title}`);
    const start = Date.now();
    let code = 0;
    for (const [cmd, cmdArgs] of STEPS[name].cmds()) {
      code = await runCmd(cmd, cmdArgs, env[name], out);
      if (code !== 0 || interrupted) break;
    }
    const ok = code === 0 && !interrupted;
    const took = Date.now() - start;
    timings.push([name, ok ? 'ok' : 'FAILED', took]);
    if (out) process.stdout.write(`\n${title}\n${out.join('')}`);
    if (!ok && STEPS[name].logs) process.stdout.write(stackWarnings(STEPS[name].logs));
    console.log(`---- ${name}: ${ok ? 'ok' : 'FAILED'} in ${secs(took)}`);
    if (!ok) return false;
  }
  return true;
}

async function main() {
  const t0 = Date.now();
  ensureNodeModules();

  const env = { ...process.env };
  const needs = new Set(steps.flatMap((s) => STEPS[s].needs ?? []));
  if (needs.has('chromium')) ensureAptPackages([{ bin: '/usr/bin/chromium', pkg: 'chromium' }]);
  if (needs.has('documents')) ensureAptPackages(DOCUMENT_TOOLS);
  if (needs.has('services')) {
    // The jest setups call ensurePostgres/ensureRedis again; passing the URLs in use makes that instant.
    env.DATABASE_URL = await ensurePostgres();
    env.REDIS_URL = await ensureRedis();
  }
  const stacks = ['e2e', 'browser'].filter((s) => steps.includes(s));
  if (stacks.length > 1) {
    // The e2e and browser set-ups each build the apps they run; at once, two builds would write the same files.
    const projects = [...NODE_APPS, 'web'];
    console.log(`\n==== build (${projects.join(', ')})`);
    const start = Date.now();
    await buildApps(projects);
    console.log(`---- build: ok in ${secs(Date.now() - start)}`);
    env.QCDC_APPS_BUILT = 'true';
  }
  // The browser step's stack on ports of its own, beside the e2e step's.
  const base = Number(env.QCDC_TEST_PORT_BASE || 5000);
  const envOf = Object.fromEntries(steps.map((s) => [s, s === 'browser' && stacks.length > 1 ? { ...env, QCDC_TEST_PORT_BASE: String(base + 100) } : env]));

  const timings = [];
  let failed = false;
  for (const lanes of stages) {
    if (interrupted || failed) break;
    if (lanes.length > 1) console.log(`\n==== at once: ${lanes.map((lane) => lane.join(' then ')).join(' | ')} (each step's output when it ends)`);
    const results = await Promise.all(lanes.map((lane) => runLane(lane, envOf, lanes.length > 1, timings)));
    failed = results.includes(false);
  }

  console.log('\n==== summary');
  for (const [name, status, took] of timings) console.log(`  ${name.padEnd(10)} ${status.padEnd(7)} ${secs(took)}`);
  console.log(`  ${'total'.padEnd(10)} ${''.padEnd(7)} ${secs(Date.now() - t0)}`);
  return interrupted ? 130 : failed ? 1 : 0;
}

let code = 1;
try {
  code = await main();
  if (code) console.error(`\nnpm test failed${interrupted ? ' (interrupted)' : ''}.`);
} catch (err) {
  console.error(`\nnpm test failed: ${err instanceof SetupError ? err.message : err.stack}`);
} finally {
  await stopStartedServices();
}
process.exit(code);

#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure.
//   npm test                       lint, typecheck, small, medium, e2e, browser
//   npm test -- small              one step (or several: `npm test -- lint typecheck`)
//   npm test -- small libs/shared  extra arguments go to jest (a path pattern, -t NAME, --watch ...)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DOCUMENT_TOOLS, ensureAptPackages, ensureNodeModules } from './lib/deps.mjs';
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
  e2e: { title: 'e2e tests (jest, all processes)', needs: ['services', 'documents'], cmds: () => jest('jest.e2e.config.js') },
  browser: {
    title: 'browser tests (jest + playwright-core + chromium)',
    needs: ['services', 'chromium'],
    cmds: () => jest('jest.browser.config.js'),
  },
};

const args = process.argv.slice(2);
const selected = args.filter((a) => a in STEPS);
const jestArgs = () => args.filter((a) => !(a in STEPS));
const steps = selected.length ? Object.keys(STEPS).filter((s) => selected.includes(s)) : Object.keys(STEPS);
if (args.length && !selected.length) {
  // Jest arguments only make sense after a step name; a typo must not silently run everything.
  console.error(`unknown step "${args[0]}"; steps: ${Object.keys(STEPS).join(', ')}`);
  process.exit(2);
}

// Ctrl-C reaches the running child through the terminal's process group; we only remember it, let the child
// clean up (the jest setups stop their processes), then stop. SIGTERM is forwarded since nobody else gets it.
let interrupted = false;
let current = null;
process.on('SIGINT', () => (interrupted = true));
process.on('SIGTERM', () => {
  interrupted = true;
  current?.kill('SIGTERM');
});

function runCmd(cmd, args, env) {
  console.log(`$ ${path.relative(ROOT, cmd) || cmd} ${args.join(' ')}`);
  return new Promise((resolve) => {
    current = spawn(cmd, args, { cwd: ROOT, env, stdio: 'inherit' });
    current.once('error', (err) => {
      console.error(err.message);
      resolve(1);
    });
    current.once('exit', (code, signal) => resolve(signal ? 1 : code));
  });
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

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

  const timings = [];
  let failed = null;
  for (const [i, name] of steps.entries()) {
    if (interrupted) {
      failed = name;
      break;
    }
    console.log(`\n==== [${i + 1}/${steps.length}] ${STEPS[name].title}`);
    const start = Date.now();
    let code = 0;
    for (const [cmd, cmdArgs] of STEPS[name].cmds()) {
      code = await runCmd(cmd, cmdArgs, env);
      if (code !== 0 || interrupted) break;
    }
    const took = Date.now() - start;
    timings.push([name, code === 0 && !interrupted ? 'ok' : 'FAILED', took]);
    console.log(`---- ${name}: ${code === 0 && !interrupted ? 'ok' : 'FAILED'} in ${secs(took)}`);
    if (code !== 0 || interrupted) {
      failed = name;
      break;
    }
  }

  console.log('\n==== summary');
  for (const [name, status, took] of timings) console.log(`  ${name.padEnd(10)} ${status.padEnd(7)} ${secs(took)}`);
  console.log(`  ${'total'.padEnd(10)} ${''.padEnd(7)} ${secs(Date.now() - t0)}`);
  return failed ? (interrupted ? 130 : 1) : 0;
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

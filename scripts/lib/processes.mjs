// Child processes for `npm start` and the e2e/browser test setups: the QCDC apps, one-shot commands,
// health polling and a clean shutdown.
//
// Every long-running child gets its own process group (detached), so stopping it also stops whatever it
// spawned (npx -> vite, node -> workers). We stop them all on exit, SIGINT and SIGTERM: no orphans.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT, SetupError, portFree } from './services.mjs';

const BACKENDS = ['tenancy', 'activities', 'scoring', 'reports', 'worker'];
const SUBGRAPHS = ['tenancy', 'activities', 'scoring', 'reports'];
/** The Node.js apps, each built by its Nx `build` target to dist/apps/<name>/main.js (scripts/build-app.mjs). */
export const NODE_APPS = ['gateway', ...BACKENDS];

export const DEFAULT_PORTS = {
  gateway: 4000,
  tenancy: 4001,
  activities: 4002,
  scoring: 4003,
  reports: 4004,
  worker: 4005,
  web: 4200,
};

/** Ports from TENANCY_PORT, GATEWAY_PORT, ..., WEB_PORT, falling back to DEFAULT_PORTS. */
export function portsFromEnv(env = process.env) {
  return Object.fromEntries(
    Object.entries(DEFAULT_PORTS).map(([name, port]) => [name, Number(env[`${name.toUpperCase()}_PORT`] || port)]),
  );
}

/** Ports base+0 (gateway) .. base+5 (worker), web on webPort. */
export function portsFrom(base, webPort) {
  const ports = Object.fromEntries(Object.entries(DEFAULT_PORTS).map(([name, p]) => [name, base + (p - 4000)]));
  return { ...ports, web: webPort };
}

const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

/**
 * [command, args] that runs a TypeScript tool (migrations, seeds) from its source, compiled as it loads.
 * The apps do not run this way: they run their build (nodeApp).
 */
export const nodeTs = (file, ...args) => [process.execPath, ['-r', '@swc-node/register', file, ...args]];

/** The built entry point of a Node.js app. */
export const builtEntry = (name) => path.join(ROOT, 'dist', 'apps', name, 'main.js');

/** [command, args] that runs an app's build, with stack traces mapped back to the TypeScript. */
export const nodeApp = (name) => [process.execPath, ['--enable-source-maps', builtEntry(name)]];

/**
 * Builds the given Nx projects (`nx run-many -t build`): the Node.js apps to dist/apps/<name>, the web app
 * to apps/web/dist. Nx caches each build by its inputs, so an unchanged app is restored, not rebuilt.
 */
export function buildApps(projects, { env = process.env, quiet = false } = {}) {
  const args = ['run-many', '-t', 'build', '-p', projects.join(','), '--output-style=static'];
  return run(bin('nx'), args, { env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' }, quiet });
}

// ---------------------------------------------------------------------------------------------------
// One-shot commands

/**
 * Runs a command to completion (cwd = repo root). Output is inherited, or with `capture` also collected
 * and returned. Rejects if it exits non-zero.
 */
export function run(cmd, args, { env = process.env, capture = false, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      env,
      stdio: capture || quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => {
      out += d;
      if (!quiet) process.stdout.write(d);
    });
    child.stderr?.on('data', (d) => {
      err += d;
      if (!quiet) process.stderr.write(d);
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) return resolve(out);
      const tail = quiet ? `\n${(out + err).split('\n').slice(-30).join('\n')}` : '';
      reject(new SetupError(`\`${[path.basename(cmd), ...args].join(' ')}\` failed (${signal || `exit ${code}`})${tail}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Long-running processes

const running = new Set(); // every process started and not yet stopped by us, exited or not
const cleanups = [];
let handlersInstalled = false;

/** Registers an async cleanup (drop a test DB, stop a throwaway server) run by shutdown() and on signals. */
export function addCleanup(fn) {
  installHandlers();
  cleanups.push(fn);
}

let shuttingDown = null;

/**
 * Stops all processes, then runs the cleanups (last registered first). Errors are reported, not thrown.
 * Concurrent calls (a crash and a signal at once) share one shutdown.
 */
export function shutdown() {
  shuttingDown ??= (async () => {
    await stopAll();
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (err) {
        console.error(`[processes] cleanup failed: ${err.message}`);
      }
    }
  })().finally(() => (shuttingDown = null));
  return shuttingDown;
}

export function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers must be synchronous: last-resort SIGKILL of anything still up.
  process.on('exit', () => {
    for (const p of running) killGroup(p.child, 'SIGKILL');
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      console.error(`\n[processes] ${sig}: stopping ${running.size} process(es)...`);
      shutdown().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
    });
  }
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal); // negative pid = the whole process group
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/**
 * Starts a long-running child. Output goes to logFile (truncated) unless `inherit`.
 * Returns { name, child, logFile, exited } where `exited` resolves with the exit code/signal.
 * onUnexpectedExit(proc, code, signal) is called if it exits before stop().
 */
export function startProcess(name, cmd, args, { env = process.env, logFile, inherit = false, onUnexpectedExit } = {}) {
  installHandlers();
  let stdio = 'inherit';
  if (!inherit) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    const fd = fs.openSync(logFile, 'w');
    stdio = ['ignore', fd, fd];
  }
  const child = spawn(cmd, args, { cwd: ROOT, env, stdio, detached: true });
  if (!inherit) fs.closeSync(stdio[1]); // the child has its own copy
  const proc = { name, child, logFile: inherit ? null : logFile, stopping: false };
  proc.exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      proc.exitStatus = signal || `exit ${code}`;
      if (!proc.stopping && onUnexpectedExit) onUnexpectedExit(proc, code, signal);
      resolve(proc.exitStatus);
    });
  });
  child.once('error', (err) => {
    proc.exitStatus = err.message;
  });
  running.add(proc);
  return proc;
}

/** SIGTERM the process group, SIGKILL after graceMs. */
export async function stopProcess(proc, graceMs = 10000) {
  proc.stopping = true;
  // A group can outlive its leader (the leader crashed, its children did not): kill the group regardless.
  if (proc.exitStatus) return killGroup(proc.child, 'SIGKILL');
  killGroup(proc.child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(proc.child, 'SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
  // The leader may exit before the rest of its group: make sure nothing is left.
  killGroup(proc.child, 'SIGKILL');
}

/** Stops every process started here (and what they spawned). */
export async function stopAll() {
  const procs = [...running];
  running.clear();
  for (const p of procs) p.stopping = true;
  await Promise.all(procs.map((p) => stopProcess(p)));
}

/** Last lines of a process's log, for error messages. */
export function logTail(proc, lines = 40) {
  if (!proc.logFile) return '';
  try {
    const text = fs.readFileSync(proc.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    return `\n--- last lines of ${path.relative(ROOT, proc.logFile)} ---\n${text}\n---`;
  } catch {
    return '';
  }
}

// node:http rather than fetch: fetch refuses the "bad ports" of the fetch spec (6000, 6665-6669, ...).
function httpStatus(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', reject);
  });
}

/**
 * Polls `url` until it answers 2xx. Fails early if `proc` exits, or after timeoutMs.
 */
export async function waitForHealth(url, { timeoutMs = 60000, intervalMs = 200, proc } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  for (;;) {
    if (proc?.exitStatus) {
      throw new SetupError(`${proc.name} exited (${proc.exitStatus}) before ${url} was healthy${logTail(proc)}`);
    }
    try {
      const status = await httpStatus(url);
      if (status >= 200 && status < 300) return;
      last = `HTTP ${status}`;
    } catch (err) {
      last = err.code || err.message;
    }
    if (Date.now() > deadline) {
      throw new SetupError(`${proc?.name ?? url} not healthy after ${timeoutMs} ms (${last}): ${url}${proc ? logTail(proc) : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

// ---------------------------------------------------------------------------------------------------
// The whole stack

/**
 * Starts the apps from their builds (see buildApps): the four subgraphs and the worker in parallel, the
 * gateway once the subgraphs are healthy, then (if web) vite preview of the already built apps/web/dist.
 * env: common env (DATABASE_URL, REDIS_URL, QUEUE_PREFIX, JWT_*...). Returns the URLs.
 */
export async function startStack({ ports, env, web = true, logDir, inherit = false, timeoutMs = 90000, onUnexpectedExit }) {
  const names = [...BACKENDS, 'gateway', ...(web ? ['web'] : [])];
  const busy = [];
  for (const n of names) if (!(await portFree(ports[n]))) busy.push(`${n}:${ports[n]}`);
  if (busy.length) {
    throw new SetupError(
      `port(s) already in use: ${busy.join(', ')}. Is another \`npm start\` or test run up? ` +
        `(find it with: ss -ltnp | grep -E '${busy.map((b) => b.split(':')[1]).join('|')}')`,
    );
  }

  const url = (name, p = '') => `http://127.0.0.1:${ports[name]}${p}`;
  const urls = {
    gateway: url('gateway', '/graphql'),
    ...Object.fromEntries(SUBGRAPHS.map((n) => [n, url(n, '/graphql')])),
    web: web ? url('web') : undefined,
  };
  const opts = (name, extraEnv) => ({
    env: { ...env, ...extraEnv },
    logFile: path.join(logDir, `${name}.log`),
    inherit,
    onUnexpectedExit,
  });
  const missing = NODE_APPS.filter((name) => !fs.existsSync(builtEntry(name)));
  if (missing.length) {
    throw new SetupError(`not built: ${missing.map((n) => path.relative(ROOT, builtEntry(n))).join(', ')} (run \`npm run build\`)`);
  }
  const startApp = (name, extraEnv = {}) => {
    const [cmd, args] = nodeApp(name);
    const portVar = `${name.toUpperCase()}_PORT`;
    const proc = startProcess(name, cmd, args, opts(name, { [portVar]: String(ports[name]), ...extraEnv }));
    return waitForHealth(url(name, '/health'), { timeoutMs, proc });
  };

  await Promise.all(BACKENDS.map((n) => startApp(n)));
  await startApp('gateway', {
    TENANCY_URL: urls.tenancy,
    ACTIVITIES_URL: urls.activities,
    SCORING_URL: urls.scoring,
    REPORTS_URL: urls.reports,
  });
  if (web) {
    // --host: vite's default `localhost` may bind ::1 only; we promise 127.0.0.1.
    const args = ['preview', '--config', 'apps/web/vite.config.mts', '--port', String(ports.web), '--strictPort', '--host', '127.0.0.1'];
    const proc = startProcess('web', bin('vite'), args, opts('web', { GATEWAY_URL: url('gateway'), WEB_PORT: String(ports.web) }));
    await waitForHealth(url('web', '/'), { timeoutMs, proc });
  }
  return urls;
}


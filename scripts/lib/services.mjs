// Backing services for `npm start` and `npm test`: PostgreSQL, Redis, JWT keys.
//
// ensurePostgres()/ensureRedis() use DATABASE_URL/REDIS_URL (or the usual 127.0.0.1 defaults) when they
// answer; otherwise they start a throwaway server under .data/ and return its URL. Servers started by this
// process are stopped by stopStartedServices(); a throwaway server left running by an earlier run is reused
// and left alone (`node scripts/lib/services.mjs stop` stops it).
//
// `pg` and `ioredis` are imported lazily: start.mjs/test.mjs load this file before `npm ci` may have run.
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(ROOT, '.data');

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/qcdc';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
const THROWAWAY_PG_PORT = 55432;
const THROWAWAY_REDIS_PORT = 56379;

const PG_DIR = path.join(DATA_DIR, 'pg');
const PG_SOCK_DIR = path.join(DATA_DIR, 'pg-sock');
const REDIS_DIR = path.join(DATA_DIR, 'redis');

const INSTALL_HINT =
  'Install them (Debian, as root): apt-get install -y postgresql redis-server\n' +
  '  or run them with Docker:        docker compose up -d postgres redis\n' +
  'and point DATABASE_URL / REDIS_URL at them if they are not on 127.0.0.1:5432 / 127.0.0.1:6379.';

// Throwaway servers this process started (not merely reused), so we only ever stop our own.
const started = { pg: false, redis: false };

const log = (msg) => console.log(`[services] ${msg}`);

// ---------------------------------------------------------------------------------------------------
// Probes

/** Resolves true if something accepts a TCP connection on host:port within timeoutMs. */
export function tcpReachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Resolves true if the port can be bound on 127.0.0.1 (nobody listens there). */
export function portFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port: Number(port), host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Returns a port the OS says is free right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** TCP connect, then a real `SELECT 1`. */
export async function pgAnswers(url) {
  const u = new URL(url);
  if (!(await tcpReachable(u.hostname, u.port || 5432))) return false;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    // A missing database is fine: ensureDatabase() creates it. Anything else means "not usable".
    if (err && err.code === '3D000') return pgAnswers(withDatabase(url, 'postgres'));
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** TCP connect, then PING. */
export async function redisAnswers(url) {
  const u = new URL(url);
  if (!(await tcpReachable(u.hostname, u.port || 6379))) return false;
  const redis = await redisClient(url);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/** An ioredis client that fails fast instead of retrying forever (call .connect() yourself). */
export async function redisClient(url) {
  const { default: Redis } = await import('ioredis');
  return new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
}

export function withDatabase(url, dbName) {
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  return u.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'qcdc';
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL

/** Finds a PostgreSQL server binary on PATH or in Debian's /usr/lib/postgresql/<ver>/bin. */
function pgBin(name) {
  if (onPath(name)) return name;
  const base = '/usr/lib/postgresql';
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const p = path.join(base, v, 'bin', name);
      if (fs.existsSync(p)) return p;
    }
  }
  return null;
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v "${cmd}"`], { stdio: 'ignore' }).status === 0;
}

/**
 * The environment without libfaketime: the servers started here keep the real date, like the machine's own
 * PostgreSQL and Redis, when the tests run under `faketime`.
 */
export function realClockEnv(env = process.env) {
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, FAKETIME_NO_CACHE: _noCache, ...real } = env;
  return real;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** initdb and pg_ctl refuse to run as root: run them as the `postgres` OS user then. Quiet unless it fails. */
function runPgTool(bin, args) {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: realClockEnv() });
  if (r.status !== 0) {
    fail(`${path.basename(bin)} failed (${r.error?.message || r.signal || `exit ${r.status}`}):\n${r.stdout}${r.stderr}`);
  }
}

function chownToPostgres(dir) {
  if (!isRoot()) return;
  execFileSync('chown', ['-R', 'postgres:postgres', dir]);
}

/** Port of the throwaway cluster if its postmaster.pid says it runs (line 4 of the file is the port). */
function throwawayPgPort() {
  try {
    const lines = fs.readFileSync(path.join(PG_DIR, 'postmaster.pid'), 'utf8').split('\n');
    return Number(lines[3]) || null;
  } catch {
    return null;
  }
}

/**
 * Returns the owner URL of a usable PostgreSQL server (the database in the URL may not exist yet:
 * call ensureDatabase). Order: DATABASE_URL or the default, a running throwaway cluster, a new one.
 */
export async function ensurePostgres({ url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL } = {}) {
  if (await pgAnswers(url)) return url;
  const dbName = databaseName(url);
  log(`no PostgreSQL answers at ${redact(url)}; using a throwaway server under .data/pg`);

  const running = throwawayPgPort();
  if (running) {
    const candidate = `postgres://postgres@127.0.0.1:${running}/${dbName}`;
    if (await pgAnswers(candidate)) return candidate;
  }

  const initdb = pgBin('initdb');
  const pgCtl = pgBin('pg_ctl');
  if (!initdb || !pgCtl) fail(`PostgreSQL is neither reachable at ${redact(url)} nor installed.\n${INSTALL_HINT}`);

  fs.mkdirSync(DATA_DIR, { recursive: true });
  if (isRoot()) fs.chmodSync(DATA_DIR, fs.statSync(DATA_DIR).mode | 0o055); // `postgres` must traverse .data
  if (!fs.existsSync(path.join(PG_DIR, 'PG_VERSION'))) {
    fs.rmSync(PG_DIR, { recursive: true, force: true });
    fs.mkdirSync(PG_DIR, { recursive: true });
    chownToPostgres(PG_DIR);
    runPgTool(initdb, ['-D', PG_DIR, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  }
  fs.mkdirSync(PG_SOCK_DIR, { recursive: true });
  chownToPostgres(PG_DIR);
  chownToPostgres(PG_SOCK_DIR);

  const port = (await portFree(THROWAWAY_PG_PORT)) ? THROWAWAY_PG_PORT : await freePort();
  const opts = `-p ${port} -k ${PG_SOCK_DIR} -c listen_addresses=127.0.0.1 -c fsync=off`;
  runPgTool(pgCtl, ['-D', PG_DIR, '-l', path.join(PG_DIR, 'server.log'), '-o', opts, '-w', '-t', '60', 'start']);
  started.pg = true;

  const newUrl = `postgres://postgres@127.0.0.1:${port}/${dbName}`;
  if (!(await pgAnswers(newUrl))) fail(`throwaway PostgreSQL started but does not answer; see .data/pg/server.log`);
  log(`throwaway PostgreSQL up at ${newUrl}`);
  return newUrl;
}

export function stopThrowawayPostgres() {
  if (!throwawayPgPort()) return;
  const pgCtl = pgBin('pg_ctl');
  if (pgCtl) runPgTool(pgCtl, ['-D', PG_DIR, '-m', 'fast', '-w', 'stop']);
  started.pg = false;
}

/** Creates database dbName on the server of ownerUrl unless it exists. Returns the URL of that database. */
export async function ensureDatabase(ownerUrl, dbName = databaseName(ownerUrl)) {
  await withAdminClient(ownerUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(dbName)}`);
  });
  return withDatabase(ownerUrl, dbName);
}

/** Drops database dbName (disconnecting its sessions). */
export async function dropDatabase(ownerUrl, dbName) {
  await withAdminClient(ownerUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(dbName)} WITH (FORCE)`),
  );
}

/**
 * Runs `fn` holding a lock of the whole cluster (an advisory lock taken in its `postgres` database): the
 * migrations create and alter roles, which belong to the cluster, and two runs at once on two databases (the
 * e2e and browser set-ups of one `npm test`) fail with "tuple concurrently updated".
 */
export function withClusterLock(ownerUrl, name, fn) {
  return withAdminClient(ownerUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    return fn();
  });
}

async function withAdminClient(ownerUrl, fn) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: withDatabase(ownerUrl, 'postgres'), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

// ---------------------------------------------------------------------------------------------------
// Redis

const REDIS_PIDFILE = path.join(REDIS_DIR, 'redis.pid');

function throwawayRedisPid() {
  try {
    const pid = Number(fs.readFileSync(REDIS_PIDFILE, 'utf8').trim());
    process.kill(pid, 0); // throws if no such process
    return pid;
  } catch {
    return null;
  }
}

/** Returns the URL of a usable Redis: REDIS_URL or the default, a running throwaway server, a new one. */
export async function ensureRedis({ url = process.env.REDIS_URL || DEFAULT_REDIS_URL } = {}) {
  if (await redisAnswers(url)) return url;
  log(`no Redis answers at ${redact(url)}; using a throwaway server under .data/redis`);

  const throwawayUrl = (port) => `redis://127.0.0.1:${port}`;
  const portFile = path.join(REDIS_DIR, 'port');
  if (throwawayRedisPid() && fs.existsSync(portFile)) {
    const port = Number(fs.readFileSync(portFile, 'utf8'));
    if (await redisAnswers(throwawayUrl(port))) return throwawayUrl(port);
  }
  if (!onPath('redis-server')) fail(`Redis is neither reachable at ${redact(url)} nor installed.\n${INSTALL_HINT}`);

  fs.mkdirSync(REDIS_DIR, { recursive: true });
  const port = (await portFree(THROWAWAY_REDIS_PORT)) ? THROWAWAY_REDIS_PORT : await freePort();
  execFileSync(
    'redis-server',
    [
      '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
      '--daemonize', 'yes', '--dir', REDIS_DIR, '--pidfile', REDIS_PIDFILE,
      '--logfile', path.join(REDIS_DIR, 'redis.log'),
    ],
    { stdio: 'inherit', env: realClockEnv() },
  );
  fs.writeFileSync(portFile, String(port));
  started.redis = true;

  // --daemonize returns before the server listens: poll instead of sleeping.
  const deadline = Date.now() + 15000;
  while (!(await redisAnswers(throwawayUrl(port)))) {
    if (Date.now() > deadline) fail('throwaway Redis started but does not answer; see .data/redis/redis.log');
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`throwaway Redis up at ${throwawayUrl(port)}`);
  return throwawayUrl(port);
}

export async function stopThrowawayRedis() {
  const pid = throwawayRedisPid();
  if (!pid) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10000;
  while (throwawayRedisPid() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  fs.rmSync(REDIS_PIDFILE, { force: true });
  started.redis = false;
}

/** Deletes every key starting with `<prefix>:` (BullMQ keys are `<prefix>:<queue>:...`). */
export async function deleteKeysWithPrefix(url, prefix) {
  const redis = await redisClient(url);
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Stops the throwaway servers that this process started (none if the real ones were reachable). */
export async function stopStartedServices() {
  if (started.pg) stopThrowawayPostgres();
  if (started.redis) await stopThrowawayRedis();
}

// ---------------------------------------------------------------------------------------------------
// JWT keys

/** Makes sure the ES256 (P-256) key pair exists; returns absolute paths. Private key is 0600. */
export function ensureJwtKeys({
  privatePath = process.env.JWT_PRIVATE_KEY_PATH || '.data/keys/jwt-private.pem',
  publicPath = process.env.JWT_PUBLIC_KEY_PATH || '.data/keys/jwt-public.pem',
} = {}) {
  const priv = path.resolve(ROOT, privatePath);
  const pub = path.resolve(ROOT, publicPath);
  if (!fs.existsSync(priv) || !fs.existsSync(pub)) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', {
      namedCurve: 'prime256v1',
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    // Only the keys' own directory is private (a recursive mkdir would make .data 0700 too, and the
    // throwaway PostgreSQL, running as `postgres`, could no longer reach .data/pg).
    fs.mkdirSync(path.dirname(path.dirname(priv)), { recursive: true });
    fs.mkdirSync(path.dirname(priv), { recursive: true, mode: 0o700 });
    fs.mkdirSync(path.dirname(pub), { recursive: true });
    fs.writeFileSync(priv, privateKey, { mode: 0o600 });
    fs.chmodSync(priv, 0o600); // writeFileSync's mode only applies to new files
    fs.writeFileSync(pub, publicKey, { mode: 0o644 });
    log(`generated JWT key pair in ${path.relative(ROOT, path.dirname(priv)) || '.'}`);
  }
  return { privatePath: priv, publicPath: pub, gatewaySecretPath: ensureGatewaySecret() };
}

/**
 * The secret the gateway signs every subgraph request with (HMAC-SHA256); the subgraphs answer nothing
 * else. Made once, next to the JWT keys, readable by its owner only.
 */
export function ensureGatewaySecret(secretPath = process.env.GATEWAY_SECRET_PATH || '.data/keys/gateway-secret') {
  const file = path.resolve(ROOT, secretPath);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    log(`generated the gateway secret in ${path.relative(ROOT, file)}`);
  }
  return file;
}

// ---------------------------------------------------------------------------------------------------

export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/** Thrown for problems the user must fix; scripts print .message without a stack trace. */
export class SetupError extends Error {}

function fail(message) {
  throw new SetupError(message);
}

// CLI: `node scripts/lib/services.mjs stop` stops throwaway servers left under .data/;
// `node scripts/lib/services.mjs keys` creates the JWT key pair and the gateway secret (the Docker `migrate` service).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const cmd = process.argv[2];
  if (cmd === 'stop') {
    stopThrowawayPostgres();
    await stopThrowawayRedis();
  } else if (cmd === 'keys') {
    ensureJwtKeys();
  } else {
    console.error('usage: node scripts/lib/services.mjs stop|keys');
    process.exit(2);
  }
}

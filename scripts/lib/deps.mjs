// Installing what the scripts need: npm dependencies and Debian packages.
// Node builtins only: this runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sh(cmd, args) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\`${cmd} ${args.join(' ')}\` failed (${r.signal || `exit ${r.status}`})`);
    process.exit(1);
  }
}

/**
 * `npm ci` when node_modules is missing or older than package-lock.json. npm writes
 * node_modules/.package-lock.json after package-lock.json on every install, so comparing the two
 * tells whether the installed tree predates the lockfile.
 */
export function ensureNodeModules() {
  const lock = path.join(ROOT, 'package-lock.json');
  const hidden = path.join(ROOT, 'node_modules', '.package-lock.json');
  const stale = !fs.existsSync(hidden) || fs.statSync(hidden).mtimeMs < fs.statSync(lock).mtimeMs;
  if (stale) sh('npm', ['ci', '--no-audit', '--no-fund']);
}

/**
 * Makes sure each { bin, pkg } has its binary, installing the missing Debian packages with apt-get
 * when running as root (`apt-get update` once, only if something must be installed).
 */
export function ensureAptPackages(wanted) {
  const missing = wanted.filter((w) => !fs.existsSync(w.bin));
  if (!missing.length) return;
  const pkgs = missing.map((m) => m.pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing ${missing.map((m) => m.bin).join(', ')}. Install as root: apt-get install -y ${pkgs.join(' ')}`);
    process.exit(1);
  }
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  sh('apt-get', ['update']);
  sh('apt-get', ['install', '-y', ...pkgs]);
}

// Installing what the scripts need: npm dependencies and Debian packages.
// Node builtins only: this runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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
 * `npm ci` when node_modules is missing or was installed from another package-lock.json. The check is by
 * content: a stamp in node_modules holds the SHA-256 of the lockfile it was installed from. (File times are
 * no guide: a fresh checkout or a git worktree gives the lockfile a new time without changing it.)
 */
export function ensureNodeModules() {
  const lock = path.join(ROOT, 'package-lock.json');
  const stamp = path.join(ROOT, 'node_modules', '.qcdc-installed-lock');
  const wanted = createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
  const installed = fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8').trim() : null;
  if (installed === wanted) return;
  sh('npm', ['ci', '--no-audit', '--no-fund']);
  fs.writeFileSync(stamp, `${wanted}\n`);
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

/**
 * What rendering official documents needs outside npm: LibreOffice headless for DOCX → PDF (the worker and the
 * tests), the fonts it lays Vietnamese text out with, and pdftotext for the tests that read a PDF back.
 */
export const DOCUMENT_TOOLS = [
  { bin: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui' },
  { bin: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf', pkg: 'fonts-liberation' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];

/**
 * A landed migration never changes: migrations/checksums.sha256 holds the SHA-256 of every landed migration
 * file, in `sha256sum` format (`<hex>  <file name>`, one line per file, in the order they landed), so
 * `cd migrations && sha256sum -c checksums.sha256` checks them too. tools/migrations/checksums.spec.ts
 * compares the files with it in `npm test`; `npm run migrations:checksum` adds the missing lines.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const MIGRATIONS_DIR = resolve(__dirname, '..', '..', 'migrations');
export const CHECKSUMS_FILE = join(MIGRATIONS_DIR, 'checksums.sha256');

/** Migration files are `<13-digit timestamp>-<name>.ts`; the helpers beside them (sql.ts, run.ts...) are not. */
export const MIGRATION_FILE = /^\d{13}-[a-z0-9-]+\.ts$/;

export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => MIGRATION_FILE.test(f))
    .sort();
}

/**
 * SHA-256 of a file's text with line endings made LF, so a checkout that turns them into CRLF (Windows
 * with core.autocrlf) does not look like an edit.
 */
export function checksumOf(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The committed checksums by file name. Throws on a line that is not `<64 hex>  <file>`. */
export function readChecksums(file = CHECKSUMS_FILE): Map<string, string> {
  const result = new Map<string, string>();
  if (!existsSync(file)) return result;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const m = /^([0-9a-f]{64}) [ *](\S+)$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: expected "<sha256>  <file name>", got "${line}"`);
      if (result.has(m[2])) throw new Error(`${file}:${i + 1}: ${m[2]} is listed twice`);
      result.set(m[2], m[1]);
    });
  return result;
}

export const checksumLine = (name: string, sum: string) => `${sum}  ${name}`;

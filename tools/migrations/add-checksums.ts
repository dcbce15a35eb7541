/*
 * npm run migrations:checksum: appends a line to migrations/checksums.sha256 for every migration file that
 * has none yet. Existing lines are never rewritten: a landed migration that differs from its line is
 * reported, and the fix is a new migration, not a new checksum.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHECKSUMS_FILE, MIGRATIONS_DIR, checksumLine, checksumOf, migrationFiles, readChecksums } from './checksums';

function main(): number {
  const committed = readChecksums();
  const added: string[] = [];
  const changed: string[] = [];
  for (const name of migrationFiles()) {
    const sum = checksumOf(join(MIGRATIONS_DIR, name));
    const known = committed.get(name);
    if (known === undefined) added.push(checksumLine(name, sum));
    else if (known !== sum) changed.push(name);
  }
  if (added.length) {
    const text = existsSync(CHECKSUMS_FILE) ? readFileSync(CHECKSUMS_FILE, 'utf8') : '';
    const separator = text && !text.endsWith('\n') ? '\n' : '';
    appendFileSync(CHECKSUMS_FILE, `${separator}${added.join('\n')}\n`);
  }
  const where = relative(process.cwd(), CHECKSUMS_FILE);
  for (const line of added) console.log(`added to ${where}: ${line}`);
  if (!added.length) console.log(`${where}: every migration already has its line`);
  for (const name of changed) {
    console.error(
      `migrations/${name} differs from its line in ${where}, which stays as it is: a landed migration never ` +
        `changes. Undo the edit and put the change in a new migration.`,
    );
  }
  return changed.length ? 1 : 0;
}

process.exit(main());

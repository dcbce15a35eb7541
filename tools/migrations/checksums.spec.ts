import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKSUMS_FILE, MIGRATIONS_DIR, checksumOf, migrationFiles, readChecksums } from './checksums';

describe('landed migrations', () => {
  const committed = readChecksums();
  const files = migrationFiles();

  it('finds the migration files', () => {
    expect(files).toContain('1764291600000-foundation.ts');
  });

  it.each(files)('%s has a checksum line and is unchanged since it landed', (name) => {
    const sum = checksumOf(join(MIGRATIONS_DIR, name));
    const known = committed.get(name);
    if (known === undefined) {
      throw new Error(
        `migrations/${name} has no line in migrations/checksums.sha256. Once this migration is final, run ` +
          '`npm run migrations:checksum` and commit migrations/checksums.sha256 with it.',
      );
    }
    if (known !== sum) {
      throw new Error(
        `migrations/${name} was edited after it landed (sha256 ${sum}, committed ${known}). A landed migration ` +
          `never changes, because databases that already ran it would not run it again: undo the edit ` +
          `(git checkout main -- migrations/${name}) and put the change in a new migration listed in ` +
          'migrations/data-source.ts.',
      );
    }
  });

  it('lists no migration that is gone', () => {
    const gone = [...committed.keys()].filter((name) => !files.includes(name));
    expect(gone.map((name) => `${name} is in migrations/checksums.sha256 but not in migrations/: a landed migration is never removed or renamed`)).toEqual([]);
  });
});

describe('checksums', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'qcdc-checksums-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ignores line endings and sees any other change', () => {
    writeFileSync(join(dir, 'lf.ts'), 'a\nb\n');
    writeFileSync(join(dir, 'crlf.ts'), 'a\r\nb\r\n');
    writeFileSync(join(dir, 'edited.ts'), 'a\nc\n');
    expect(checksumOf(join(dir, 'crlf.ts'))).toBe(checksumOf(join(dir, 'lf.ts')));
    expect(checksumOf(join(dir, 'edited.ts'))).not.toBe(checksumOf(join(dir, 'lf.ts')));
  });

  it('refuses a malformed or repeated line', () => {
    const file = join(dir, 'checksums.sha256');
    writeFileSync(file, 'not a checksum\n');
    expect(() => readChecksums(file)).toThrow(/expected "<sha256> {2}<file name>"/);
    writeFileSync(file, `${'a'.repeat(64)}  x.ts\n${'b'.repeat(64)}  x.ts\n`);
    expect(() => readChecksums(file)).toThrow(/x.ts is listed twice/);
  });

  it('reads the committed file', () => {
    expect(readChecksums(CHECKSUMS_FILE).size).toBeGreaterThan(0);
  });
});

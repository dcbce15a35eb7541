import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EvidenceStorage, checkedKey, storedFileMissing } from './evidence-storage';

/**
 * Evidence on the local disk, under one directory (EVIDENCE_DIR): `<dir>/<tenant id>/<uuid>`. A file is
 * written beside its place and renamed into it, so a reader never sees half a file.
 */
export class DiskEvidenceStorage extends EvidenceStorage {
  constructor(private readonly dir: string) {
    super();
  }

  private pathOf(key: string): string {
    return join(this.dir, ...checkedKey(key).split('/'));
  }

  async put(key: string, bytes: Buffer | Readable): Promise<void> {
    const path = this.pathOf(key);
    await fs.mkdir(dirname(path), { recursive: true });
    const partial = `${path}.${randomUUID()}.part`;
    try {
      const file = await fs.open(partial, 'wx', 0o600);
      try {
        await pipeline(Buffer.isBuffer(bytes) ? Readable.from([bytes]) : bytes, file.createWriteStream());
      } finally {
        await file.close().catch(() => undefined);
      }
      await fs.rename(partial, path);
    } catch (error) {
      await fs.rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const file = await fs.open(this.pathOf(key), 'r');
      return file.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw storedFileMissing();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

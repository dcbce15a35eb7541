import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '@qcdc/shared/contracts';
import { DiskEvidenceStorage } from './disk-evidence-storage';
import { EvidenceStorage, bytesOf, evidenceKey } from './evidence-storage';
import { S3EvidenceStorage } from './s3-evidence-storage';

/** s3rver ships no types: the part of it this test uses. */
interface S3rverServer {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverServer;
const S3rver = require('s3rver') as S3rverClass;

const BUCKET = 'minh-chung';

/** The same rules for every storage: what is put comes back byte for byte, keys are checked, a miss is NOT_FOUND. */
function behavesAsEvidenceStorage(name: string, storage: () => EvidenceStorage) {
  describe(`${name}: the EvidenceStorage contract`, () => {
    const tenant = randomUUID();
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));

    it('gives back what was put, from bytes or from a stream', async () => {
      const fromBytes = evidenceKey(tenant, randomUUID());
      const fromStream = evidenceKey(tenant, randomUUID());
      await storage().put(fromBytes, bytes);
      await storage().put(fromStream, Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
      expect((await bytesOf(await storage().get(fromBytes))).equals(bytes)).toBe(true);
      expect((await bytesOf(await storage().get(fromStream))).equals(bytes)).toBe(true);
    });

    it('answers NOT_FOUND for a key with nothing stored, and after a delete (which may be repeated)', async () => {
      const key = evidenceKey(tenant, randomUUID());
      await expect(storage().get(key)).rejects.toMatchObject({ code: 'NOT_FOUND', details: { reason: 'STORED_FILE_MISSING' } });
      await storage().put(key, bytes);
      await storage().delete(key);
      await storage().delete(key);
      const error = await storage().get(key).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
    });

    it.each([['../../etc/passwd'], [`${tenant}/../${randomUUID()}`], [`${tenant}/${randomUUID()}/x`], ['Biên bản.pdf'], ['']])(
      'refuses the key %j: keys are made by the service, never from a name',
      async (key) => {
        await expect(storage().put(key, bytes)).rejects.toThrow('not an evidence storage key');
        await expect(storage().get(key)).rejects.toThrow('not an evidence storage key');
        await expect(storage().delete(key)).rejects.toThrow('not an evidence storage key');
      },
    );
  });
}

describe('evidence on the local disk', () => {
  let dir: string;
  let disk: DiskEvidenceStorage;

  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'qcdc-evidence-'));
    disk = new DiskEvidenceStorage(dir);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  behavesAsEvidenceStorage('disk', () => disk);

  it('keeps a file at <dir>/<tenant>/<id>, readable by the service alone, with no partial file left', async () => {
    const tenant = randomUUID();
    const id = randomUUID();
    await disk.put(evidenceKey(tenant, id), Buffer.from('%PDF-1.4'));
    expect(await fs.readdir(join(dir, tenant))).toEqual([id]);
    expect((await fs.stat(join(dir, tenant, id))).mode & 0o777).toBe(0o600);
  });

  it('leaves nothing behind when the stream breaks off', async () => {
    const tenant = randomUUID();
    const broken = new Readable({
      read() {
        this.push(Buffer.from('half a file'));
        this.destroy(new Error('the connection dropped'));
      },
    });
    await expect(disk.put(evidenceKey(tenant, randomUUID()), broken)).rejects.toThrow('the connection dropped');
    expect(await fs.readdir(join(dir, tenant))).toEqual([]);
  });
});

describe('evidence in an S3-compatible bucket (s3rver)', () => {
  let dir: string;
  let server: S3rverServer;
  let s3: S3EvidenceStorage;

  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'qcdc-s3rver-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await server.run();
    s3 = new S3EvidenceStorage({
      kind: 's3',
      endpoint: `http://127.0.0.1:${port}`,
      bucket: BUCKET,
      region: 'us-east-1',
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    });
  });
  afterAll(async () => {
    s3?.close();
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  behavesAsEvidenceStorage('s3', () => s3);

  it('names the object by the key in the bucket (path-style)', async () => {
    const tenant = randomUUID();
    const id = randomUUID();
    await s3.put(evidenceKey(tenant, id), Buffer.from('%PDF-1.4'));
    const stored = await fs.readdir(join(dir, BUCKET, tenant));
    expect(stored.some((name) => name.startsWith(id))).toBe(true);
  });
});

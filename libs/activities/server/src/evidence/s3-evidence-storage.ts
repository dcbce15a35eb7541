import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { EvidenceStorageConfig } from '@qcdc/shared/config';
import { EvidenceStorage, bytesOf, checkedKey, storedFileMissing } from './evidence-storage';

type S3Config = Extract<EvidenceStorageConfig, { kind: 's3' }>;

/** Evidence in an S3-compatible bucket (AWS, MinIO, Ceph…), addressed path-style; the key is the object's name. */
export class S3EvidenceStorage extends EvidenceStorage {
  private readonly s3: S3Client;

  constructor(private readonly config: S3Config) {
    super();
    this.s3 = new S3Client({
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      region: config.region,
      forcePathStyle: true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    });
  }

  async put(key: string, bytes: Buffer | Readable): Promise<void> {
    // The files are small (capped by the route): sent whole, with their length, as PutObject needs it.
    const body = await bytesOf(bytes);
    await this.s3.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: checkedKey(key), Body: body, ContentLength: body.length }));
  }

  async get(key: string): Promise<Readable> {
    try {
      const answer = await this.s3.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: checkedKey(key) }));
      if (!(answer.Body instanceof Readable)) throw new Error('the S3 answer has no readable body');
      return answer.Body;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') throw storedFileMissing();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: checkedKey(key) }));
  }

  /** Closes the client's connections. */
  close(): void {
    this.s3.destroy();
  }
}

import type { Readable } from 'node:stream';
import { notFound } from '@qcdc/shared/contracts';

/**
 * Where evidence files' bytes are kept: local disk by default, an S3-compatible bucket for scale. Keys are
 * made by the service (`<tenant id>/<uuid>`), never from what a person typed, and every implementation
 * refuses any other shape.
 */
export abstract class EvidenceStorage {
  /** Stores the bytes under the key; a key is written once. */
  abstract put(key: string, bytes: Buffer | Readable): Promise<void>;
  /** The stored bytes as a stream; NOT_FOUND when nothing is stored under the key. */
  abstract get(key: string): Promise<Readable>;
  /** Removes the bytes; nothing happens when there were none. */
  abstract delete(key: string): Promise<void>;
}

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The key of a new object of the tenant: `<tenant id>/<object id>`, both UUIDs. */
export function evidenceKey(tenantId: string, objectId: string): string {
  return checkedKey(`${tenantId}/${objectId}`);
}

export function checkedKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`not an evidence storage key: ${JSON.stringify(key)}`);
  return key;
}

export const storedFileMissing = () =>
  notFound(
    'Không tìm thấy nội dung tệp minh chứng trong kho lưu trữ. Hãy báo quản trị hệ thống.',
    'The evidence file’s content is missing from the storage. Tell the system administrator.',
    { reason: 'STORED_FILE_MISSING' },
  );

/** A stream's bytes (a file already capped by the route). */
export async function bytesOf(body: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

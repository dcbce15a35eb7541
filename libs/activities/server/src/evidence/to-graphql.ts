import { EvidenceFile } from './evidence.types';
import { EvidenceFileRow } from './evidence.repository';

/** The path of a file's bytes on the gateway. */
export const evidenceDownloadPath = (id: string) => `/evidence/${id}`;

/** An evidence file as the API shows it (the storage key stays inside the service). */
export const toEvidenceFile = (row: EvidenceFileRow): EvidenceFile => ({
  id: row.id,
  activityId: row.activityId,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  uploadedAt: row.uploadedAt,
  downloadPath: evidenceDownloadPath(row.id),
});

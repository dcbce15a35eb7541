// A past report's file to the gateway (POST <base>legacy-reports, multipart field `file`), with the share
// sent as it goes: the answer is what was read from it, nothing is saved.
import type { LegacyReportDraft } from '@qcdc/reports/domain';
import { postFormWithProgress } from '../../shared/api/files';

const LEGACY_REPORTS = `${import.meta.env.BASE_URL}legacy-reports`;

export interface LegacyRead {
  draft: LegacyReportDraft;
  warnings: string[];
}

/** Uploads the file, telling `onProgress` the share sent (0 to 1); what the server read from it. */
export function uploadLegacyReport(file: File, onProgress: (sent: number) => void): Promise<LegacyRead> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postFormWithProgress(LEGACY_REPORTS, form, onProgress, (body) => {
    const read = body as Partial<LegacyRead>;
    return read.draft && read.warnings ? { draft: read.draft, warnings: read.warnings } : null;
  });
}

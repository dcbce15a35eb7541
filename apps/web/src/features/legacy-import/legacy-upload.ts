// A past report's file to the gateway (POST <base>legacy-reports, multipart field `file`), with the share
// sent as it goes: the answer is what was read from it, nothing is saved.
import type { LegacyReportDraft } from '@qcdc/reports/domain';
import { ApiError, fromGraphQLError, networkError, timeoutError, type GraphQLErrorBody } from '../../shared/api/errors';
import { requestFinished, requestStarted } from '../../shared/api/progress';
import { withSession } from '../../shared/api/request';

const LEGACY_REPORTS = `${import.meta.env.BASE_URL}legacy-reports`;
/** Silence, not total time: a slow line may take a while, as long as it moves. */
const QUIET_MS = 60_000;

export interface LegacyRead {
  draft: LegacyReportDraft;
  warnings: string[];
}

function refusalIn(text: string): ApiError {
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorBody[] };
    return body.errors?.length ? fromGraphQLError(body.errors[0]) : networkError();
  } catch {
    return networkError();
  }
}

/** Uploads the file, telling `onProgress` the share sent (0 to 1); what the server read from it. */
export function uploadLegacyReport(file: File, onProgress: (sent: number) => void): Promise<LegacyRead> {
  return withSession(
    (token) =>
      new Promise<LegacyRead>((resolve, reject) => {
        const form = new FormData();
        form.append('file', file, file.name);
        const xhr = new XMLHttpRequest();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const quiet = () => {
          clearTimeout(timer);
          timer = setTimeout(() => xhr.abort(), QUIET_MS);
        };
        const done = (outcome: () => void) => {
          clearTimeout(timer);
          requestFinished();
          outcome();
        };
        xhr.open('POST', LEGACY_REPORTS);
        xhr.setRequestHeader('Authorization', `Bearer ${token}`);
        xhr.upload.onprogress = (e) => {
          quiet();
          if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
        };
        xhr.onload = () =>
          done(() => {
            if (xhr.status >= 200 && xhr.status < 300) {
              try {
                const body = JSON.parse(xhr.responseText) as Partial<LegacyRead>;
                if (body.draft && body.warnings) return resolve({ draft: body.draft, warnings: body.warnings });
              } catch {
                // not the gateway's answer: below
              }
              return reject(networkError());
            }
            reject(refusalIn(xhr.responseText));
          });
        xhr.onerror = () => done(() => reject(networkError()));
        xhr.onabort = () => done(() => reject(timeoutError()));
        requestStarted();
        quiet();
        xhr.send(form);
      }),
  );
}

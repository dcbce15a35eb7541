// Files to and from the gateway beside GraphQL: an import's spreadsheet goes to <base>imports (larger than
// /graphql takes), the template comes from <base>imports/template; an activity's evidence goes to
// <base>evidence and comes back from <base>evidence/<id>. Same token, same errors (ApiError with the
// server's code and both languages), and no request waits for ever.
import { ApiError, fromGraphQLError, networkError, timeoutError, type GraphQLErrorBody } from './errors';
import { requestFinished, requestStarted } from './progress';
import { withSession } from './request';

const BASE = `${import.meta.env.BASE_URL}imports`;
const EVIDENCE = `${import.meta.env.BASE_URL}evidence`;
/** A large file on a slow line takes its time: a minute before giving up. */
const FILE_TIMEOUT_MS = 60_000;

async function call(path: string, init: RequestInit, token: string | null): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FILE_TIMEOUT_MS);
  requestStarted();
  try {
    let res: Response;
    try {
      res = await fetch(`${BASE}${path}`, { ...init, headers, signal: abort.signal });
    } catch {
      throw networkError();
    }
    if (res.ok) return res;
    let body: { errors?: GraphQLErrorBody[] };
    try {
      body = (await res.json()) as { errors?: GraphQLErrorBody[] };
    } catch {
      throw networkError();
    }
    throw body.errors?.length ? fromGraphQLError(body.errors[0]) : networkError();
  } finally {
    clearTimeout(timer);
    requestFinished();
  }
}

/** Uploads an import's file; the new import's id (its dry run is queued). */
export function uploadImportFile(file: File): Promise<string> {
  return withSession(async (token) => {
    const res = await call('', { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) } }, token);
    const body = (await res.json()) as { data?: { import?: { id: string } } };
    if (!body.data?.import) throw networkError();
    return body.data.import.id;
  });
}

/** Downloads the template workbook and hands it to the browser to save. */
export async function downloadImportTemplate(fileName: string): Promise<void> {
  saveBlob(await withSession(async (token) => (await call('/template', { method: 'GET' }, token)).blob()), fileName);
}

/** An evidence file as the gateway answers an upload (the GraphQL type EvidenceFile). */
export interface UploadedEvidence {
  id: string;
  activityId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
  downloadPath: string;
}

/** The refusal in a JSON error body, or "no server" when there is none to read. */
function refusalIn(text: string): ApiError {
  try {
    const body = JSON.parse(text) as { errors?: GraphQLErrorBody[] };
    return body.errors?.length ? fromGraphQLError(body.errors[0]) : networkError();
  } catch {
    return networkError();
  }
}

/**
 * Posts a multipart form to a gateway route with the official's token, telling `onProgress` the share sent
 * (0 to 1) as it goes: XMLHttpRequest, since fetch says nothing of an upload's progress. A slow line gets
 * FILE_TIMEOUT_MS of silence, not of total time: a large scan may take minutes, as long as it moves. `read`
 * takes the answer's JSON body, or null when it is not the route's answer.
 */
export function postFormWithProgress<T>(url: string, form: FormData, onProgress: (sent: number) => void, read: (body: unknown) => T | null): Promise<T> {
  return withSession(
    (token) =>
      new Promise<T>((resolve, reject) => {
        const xhr = new XMLHttpRequest();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const quiet = () => {
          clearTimeout(timer);
          timer = setTimeout(() => xhr.abort(), FILE_TIMEOUT_MS);
        };
        const done = (outcome: () => void) => {
          clearTimeout(timer);
          requestFinished();
          outcome();
        };
        xhr.open('POST', url);
        xhr.setRequestHeader('Authorization', `Bearer ${token}`);
        xhr.upload.onprogress = (e) => {
          quiet();
          if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
        };
        xhr.onload = () =>
          done(() => {
            if (xhr.status >= 200 && xhr.status < 300) {
              let answer: T | null = null;
              try {
                answer = read(JSON.parse(xhr.responseText));
              } catch {
                // not the gateway's answer: below
              }
              return answer === null ? reject(networkError()) : resolve(answer);
            }
            reject(refusalIn(xhr.responseText));
          });
        xhr.onerror = () => done(() => reject(networkError()));
        xhr.onabort = () => done(() => reject(timeoutError()));
        requestStarted();
        quiet();
        onProgress(0);
        xhr.send(form);
      }),
  );
}

/** Uploads one evidence file of an activity (POST <base>evidence, multipart), with its progress. */
export function uploadEvidenceFile(activityId: string, file: File, onProgress: (sent: number) => void): Promise<UploadedEvidence> {
  const form = new FormData();
  form.append('activityId', activityId);
  form.append('file', file, file.name);
  return postFormWithProgress(EVIDENCE, form, onProgress, (body) => (body as { file?: UploadedEvidence }).file ?? null);
}

/** Downloads an evidence file (its `downloadPath`, "/evidence/<id>") with the official's token, and saves it under its name. */
export const downloadEvidenceFile = (downloadPath: string, fileName: string): Promise<void> => downloadGatewayFile(downloadPath, fileName);

/** Downloads a report's rendered file (its `url`, "/report-files/<id>") with the official's token, and saves it under its name. */
export const downloadReportFile = (url: string, fileName: string): Promise<void> => downloadGatewayFile(url, fileName);

/** A file the gateway serves to the signed-in official (a path under the app's base), saved under `fileName`. */
async function downloadGatewayFile(downloadPath: string, fileName: string): Promise<void> {
  const url = `${import.meta.env.BASE_URL}${downloadPath.replace(/^\//, '')}`;
  const blob = await withSession(async (token) => {
    const headers = new Headers({ Authorization: `Bearer ${token}` });
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), FILE_TIMEOUT_MS);
    requestStarted();
    try {
      let res: Response;
      try {
        res = await fetch(url, { headers, signal: abort.signal });
      } catch {
        throw abort.signal.aborted ? timeoutError() : networkError();
      }
      if (!res.ok) throw refusalIn(await res.text().catch(() => ''));
      return await res.blob();
    } finally {
      clearTimeout(timer);
      requestFinished();
    }
  });
  saveBlob(blob, fileName);
}

/** Hands a blob to the browser to save as `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type { ApiError };

// Files to and from the gateway beside GraphQL: an import's spreadsheet goes to <base>imports (larger than
// /graphql takes), the template comes from <base>imports/template. Same token, same errors (ApiError with the
// server's code and both languages), and no request waits for ever.
import { ApiError, fromGraphQLError, networkError, type GraphQLErrorBody } from './errors';
import { requestFinished, requestStarted } from './progress';
import { withSession } from './request';

const BASE = `${import.meta.env.BASE_URL}imports`;
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
  const blob = await withSession(async (token) => (await call('/template', { method: 'GET' }, token)).blob());
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

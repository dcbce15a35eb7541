// A tiny GraphQL client: POST /graphql with JSON, the access token as a Bearer header. On
// UNAUTHENTICATED it renews the session once with the refresh token and repeats the request; if that
// fails too, the session ends and the app returns to the login screen with the server's message.
import { requestFinished, requestStarted } from './progress';
import { clearTokens, loadTokens, saveTokens, type Tokens } from './session';

/** An error to show a person: the server's Vietnamese message, its English twin and a stable code. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: unknown; messageEn?: unknown; field?: unknown };
}
interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

const networkError = () =>
  new ApiError(
    'NETWORK',
    'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi bấm "Thử lại".',
    'Cannot reach the server. Check the network, then press "Try again".',
  );

function toApiError(e: GraphQLErrorBody): ApiError {
  const ext = e.extensions ?? {};
  const message = e.message || 'Lỗi không xác định. Vui lòng thử lại.';
  return new ApiError(
    typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
    message,
    typeof ext.messageEn === 'string' ? ext.messageEn : message,
    typeof ext.field === 'string' ? ext.field : undefined,
  );
}

async function post<T>(query: string, variables: object | undefined, token: string | null): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  requestStarted();
  try {
    let res: Response;
    try {
      res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    } catch {
      throw networkError();
    }
    // The gateway answers errors as JSON, even with a 4xx status; anything else (a proxy's 502 page) is
    // a server we cannot reach.
    let body: GraphQLBody<T>;
    try {
      body = (await res.json()) as GraphQLBody<T>;
    } catch {
      throw networkError();
    }
    if (body.errors?.length) throw toApiError(body.errors[0]);
    if (!body.data) throw networkError();
    return body.data;
  } finally {
    requestFinished();
  }
}

// Listeners told when the session has ended for good (refresh failed), with the reason to show.
const sessionEndedListeners = new Set<(reason: ApiError) => void>();
export function onSessionEnded(listener: (reason: ApiError) => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

const REFRESH_SESSION = `mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) { accessToken refreshToken }
}`;

// Several requests may fail at once when the token expires: they share one refresh.
let refreshing: Promise<Tokens> | null = null;
function refreshOnce(refreshToken: string): Promise<Tokens> {
  refreshing ??= post<{ refreshSession: Tokens }>(REFRESH_SESSION, { refreshToken }, null)
    .then((d) => {
      saveTokens(d.refreshSession);
      return d.refreshSession;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Runs an operation as the signed-in user. */
export async function gql<T>(query: string, variables?: object): Promise<T> {
  const tokens = loadTokens();
  try {
    return await post<T>(query, variables, tokens?.accessToken ?? null);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'UNAUTHENTICATED') throw err;
    let renewed: Tokens;
    try {
      if (!tokens) throw err;
      renewed = await refreshOnce(tokens.refreshToken);
    } catch {
      clearTokens();
      sessionEndedListeners.forEach((l) => l(err));
      throw err;
    }
    return post<T>(query, variables, renewed.accessToken);
  }
}

/** Runs a public operation (the province list, login): no token, no refresh. */
export function gqlPublic<T>(query: string, variables?: object): Promise<T> {
  return post<T>(query, variables, null);
}

// Running a GraphQL document: POST <base>graphql with JSON, the access token as a Bearer header. On
// UNAUTHENTICATED the session is renewed once with the refresh token and the request repeated; if that fails
// too, the session ends (the app returns to the sign-in screen with the server's message). Every failure is
// an ApiError carrying `extensions.code` and the Vietnamese and English messages.
//
// Nothing waits forever: a request that has no answer after REQUEST_TIMEOUT_MS is abandoned with a TIMEOUT
// error that offers to retry. A mutation may carry an idempotency key (the `Idempotency-Key` header): the
// server runs it once per key, so sending it again after a timeout, whether or not the first one arrived,
// records it once.
import { RefreshSessionDocument, type TypedDocumentString } from '../../gql/graphql';
import { ApiError, fromGraphQLError, networkError, REQUEST_TIMEOUT_MS, timeoutError, type GraphQLErrorBody } from './errors';
import { requestFinished, requestStarted } from './progress';
import { clearTokens, loadTokens, saveTokens, type Tokens } from './session';

/** The variables of a document, which may be left out when it has none. */
type VariablesOf<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

const ENDPOINT = `${import.meta.env.BASE_URL}graphql`;

interface GraphQLBody<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export interface SendOptions {
  /** The mutation's idempotency key: the same key for every attempt at the same entry. */
  idempotencyKey?: string;
}

async function post<R>(
  document: TypedDocumentString<R, never>,
  variables: unknown,
  token: string | null,
  options: SendOptions,
): Promise<R> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  // A timer of the page (not AbortSignal.timeout) so that the page's clock governs it, as every other time.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
  const failed = () => (abort.signal.aborted ? timeoutError() : networkError());
  requestStarted();
  try {
    let res: Response;
    try {
      res = await fetch(ENDPOINT, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
        signal: abort.signal,
      });
    } catch {
      throw failed();
    }
    // The gateway answers errors as JSON, even with a 4xx status; anything else (a proxy's 502 page) is a
    // server we cannot reach.
    let body: GraphQLBody<R>;
    try {
      body = (await res.json()) as GraphQLBody<R>;
    } catch {
      throw failed();
    }
    if (body.errors?.length) throw fromGraphQLError(body.errors[0]);
    if (!body.data) throw networkError();
    return body.data;
  } finally {
    clearTimeout(timer);
    requestFinished();
  }
}

// Several requests may fail at once when the token expires: they share one refresh.
let refreshing: Promise<Tokens> | null = null;
function refreshOnce(refreshToken: string): Promise<Tokens> {
  refreshing ??= post(RefreshSessionDocument, { refreshToken }, null, {})
    .then(({ refreshSession }) => {
      saveTokens(refreshSession);
      return refreshSession;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * Runs a document: as the signed-in official, or (`signedIn` false) a public one (the province list,
 * sign-in, sign-out) without a token or a refresh.
 */
export async function send<R>(
  document: TypedDocumentString<R, never>,
  variables: unknown,
  signedIn: boolean,
  options: SendOptions = {},
): Promise<R> {
  const tokens = signedIn ? loadTokens() : null;
  try {
    return await post(document, variables, tokens?.accessToken ?? null, options);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'UNAUTHENTICATED' || !tokens) throw err;
    let renewed: Tokens;
    try {
      renewed = await refreshOnce(tokens.refreshToken);
    } catch {
      clearTokens(err);
      throw err;
    }
    return post(document, variables, renewed.accessToken, options);
  }
}

/** Runs a public document (the province list, sign-in, sign-out): no token, no refresh. */
export function requestPublic<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesOf<V>): Promise<R> {
  return send(document as TypedDocumentString<R, never>, variables, false);
}

/**
 * A request of the signed-in official that is not GraphQL (an import's file, the template): `run` gets the
 * access token; on UNAUTHENTICATED the session is renewed once and `run` repeated, as for `send`.
 */
export async function withSession<T>(run: (token: string | null) => Promise<T>): Promise<T> {
  const tokens = loadTokens();
  try {
    return await run(tokens?.accessToken ?? null);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'UNAUTHENTICATED' || !tokens) throw err;
    let renewed: Tokens;
    try {
      renewed = await refreshOnce(tokens.refreshToken);
    } catch {
      clearTokens(err);
      throw err;
    }
    return run(renewed.accessToken);
  }
}

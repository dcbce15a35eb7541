// Running a GraphQL document: POST <base>graphql with JSON, the access token as a Bearer header. Without an
// access token (after a reload) or on UNAUTHENTICATED, the session is renewed first (the refresh token goes as
// the httpOnly cookie) and the request sent (again); if the server refuses the renewal, the session ends (the
// app returns to the sign-in screen with the server's message). Without a network it stays: the official's
// screens, drafts and outbox wait for the line. Every failure is an ApiError carrying `extensions.code` and the
// Vietnamese and English messages.
//
// Nothing waits forever: a request that has no answer after REQUEST_TIMEOUT_MS is abandoned with a TIMEOUT
// error that offers to retry. A mutation may carry an idempotency key (the `Idempotency-Key` header): the
// server runs it once per key, so sending it again after a timeout, whether or not the first one arrived,
// records it once.
import { RefreshSessionDocument, type TypedDocumentString } from '../../gql/graphql';
import { ApiError, fromGraphQLError, networkError, REQUEST_TIMEOUT_MS, timeoutError, type GraphQLErrorBody } from './errors';
import { requestFinished, requestStarted } from './progress';
import { currentAccessToken, endSession, sessionOwner, startSession } from './session';

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

/**
 * Renewals take turns across the browser's tabs (the Web Locks API): they share one cookie, and each renewal
 * spends the refresh token it carries, so two at once would look like a stolen token and end the session.
 */
function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('qcdc-renew-session', work) : work();
}

// Several requests may find the token expired at once: they share one renewal.
let renewing: Promise<string> | null = null;
function renewedAccessToken(): Promise<string> {
  renewing ??= oneTabAtATime(() => post(RefreshSessionDocument, {}, null, {}))
    .then(({ refreshSession }) => {
      startSession(refreshSession.accessToken);
      return refreshSession.accessToken;
    })
    .finally(() => {
      renewing = null;
    });
  return renewing;
}

/**
 * A renewed access token. A refusal ends the session, shown with `cause` (the request's own refusal) or the
 * renewal's; a failure of the line (NETWORK, TIMEOUT) does not: the official stays signed in, offline.
 */
async function renew(cause?: ApiError): Promise<string> {
  try {
    return await renewedAccessToken();
  } catch (err) {
    if (err instanceof ApiError && (err.code === 'NETWORK' || err.code === 'TIMEOUT')) throw err;
    const shown = cause ?? (err instanceof ApiError ? err : networkError());
    endSession(shown);
    throw shown;
  }
}

/**
 * After a reload the tab knows whose session it had but holds no access token: it renews at once, so that a
 * session ended elsewhere (signed out everywhere, ended from the list, a deactivation) sends the official to
 * the sign-in screen straight away, even while the screens are drawn from what was kept for offline use.
 * Without a network the official stays on those screens.
 */
export function resumeSession(): void {
  if (sessionOwner() && !currentAccessToken()) renew().catch(() => undefined);
}

/**
 * Runs a document: as the signed-in official, or (`signedIn` false) a public one (the province list,
 * sign-in, sign-out) without a token or a renewal.
 */
export async function send<R>(
  document: TypedDocumentString<R, never>,
  variables: unknown,
  signedIn: boolean,
  options: SendOptions = {},
): Promise<R> {
  if (!signedIn) return post(document, variables, null, options);
  return withSession((token) => post(document, variables, token, options));
}

/** Runs a public document (the province list, sign-in, sign-out): no token, no refresh. */
export function requestPublic<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesOf<V>): Promise<R> {
  return send(document as TypedDocumentString<R, never>, variables, false);
}

/**
 * Runs a request of the signed-in official (GraphQL, or an import's file): `run` gets the access token,
 * renewed first when the tab has none yet; on UNAUTHENTICATED the session is renewed once and `run` repeated.
 */
export async function withSession<T>(run: (token: string) => Promise<T>): Promise<T> {
  const token = currentAccessToken() ?? (await renew());
  try {
    return await run(token);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'UNAUTHENTICATED') throw err;
    return run(await renew(err));
  }
}

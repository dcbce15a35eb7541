import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GATEWAY_SIGNATURE_HEADER, signGatewayRequest } from '@qcdc/shared/auth';

/**
 * How long the gateway waits for a subgraph's answer: as long as a database statement may run (30 s). The
 * browser gave up long before (15 s) and may try again; a subgraph that hangs must not hold the gateway's
 * requests and sockets for ever. The caller then gets SERVICE_UNAVAILABLE.
 */
export const SUBGRAPH_TIMEOUT_MS = 30_000;

/**
 * How the gateway sends an operation to a subgraph: the exact body, signed with the gateway secret.
 *
 * It goes out with Node's own fetch (undici), not Apollo's default agent. undici lets an idle connection go a
 * second before the subgraph's announced keep-alive timeout, so a request never leaves on a connection the
 * subgraph is closing at that moment. Apollo's default agent keeps idle connections with no limit of its own
 * and ignores the announced timeout, which left that race open (ECONNRESET, seen as SERVICE_UNAVAILABLE).
 */
export function signedFetch(secret: string, timeoutMs = SUBGRAPH_TIMEOUT_MS): RemoteGraphQLDataSource['fetcher'] {
  return (target, init) => {
    const body = typeof init?.body === 'string' ? init.body : (init?.body?.toString('utf8') ?? '');
    const signature = signGatewayRequest(secret, body, Math.floor(Date.now() / 1000));
    return fetch(target, {
      ...init,
      body,
      headers: { ...init?.headers, [GATEWAY_SIGNATURE_HEADER]: signature },
      signal: init?.signal ?? AbortSignal.timeout(timeoutMs),
    });
  };
}

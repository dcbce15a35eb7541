import { isIP } from 'node:net';

/**
 * The header in which the gateway tells a subgraph the caller's network address. The gateway always sets it
 * itself (what a client sends under this name never reaches a subgraph), and subgraphs answer only requests
 * the gateway signed, so a subgraph may trust it, as it trusts the bearer token the gateway passes on.
 */
export const CLIENT_ADDRESS_HEADER = 'x-qcdc-client-address';

/** An IPv4 address as Node reports it on a dual-stack socket (`::ffff:127.0.0.1`) is written plainly. */
const plain = (address: string) => (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(address) ? address.slice(7) : address);

/**
 * The caller's address: the connection's peer, or, behind `trustedHops` reverse proxies that each append the
 * address they received from to X-Forwarded-For, the entry that many hops from the right (as Express's
 * `trust proxy` counts). Entries further left were written by the client, who can put anything there; they
 * are never used. Something that is not an IP address where a proxy should have written one falls back to
 * the peer, so a misconfigured proxy cannot make every caller "unknown" and share one limit.
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const chain = [...forwarded, peer ?? ''];
  const chosen = plain(chain[Math.max(0, chain.length - 1 - trustedHops)]);
  if (isIP(chosen)) return chosen;
  return plain(peer ?? '') || 'unknown';
}

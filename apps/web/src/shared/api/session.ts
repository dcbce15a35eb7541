// The signed-in session. The refresh token lives in an httpOnly cookie that no script can read; the access
// token lives only in this module's memory, so a reload starts by renewing it (request.ts). What the tab keeps
// in sessionStorage is not a secret: whose session it is ("<province id>/<user id>"), so that a reload without
// a network still opens the official's screens, drafts and outbox. Closing the browser ends the cookie and so
// the sign-in (shared office PCs). Components follow it with useSignedIn().
import { useSyncExternalStore } from 'react';
import type { ApiError } from './errors';

const OWNER = 'qcdc.signedInAs';

let accessToken: string | null = null;
const listeners = new Set<() => void>();
/**
 * How the last session of this tab ended: the official signed out, or the server ended it (its refusal,
 * shown on the sign-in screen). Undefined while signed in, or before any session.
 */
export type SessionEnd = 'signed-out' | ApiError;
let ended: SessionEnd | undefined;

/** The access token of this tab, if it has one yet (none after a reload until the first renewal). */
export const currentAccessToken = (): string | null => accessToken;

/** "<province id>/<user id>" from an access token's claims: read, not verified (the server verifies). */
function ownerOf(token: string): string | null {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as { sub?: unknown; tid?: unknown };
    return typeof claims.sub === 'string' && typeof claims.tid === 'string' ? `${claims.tid}/${claims.sub}` : null;
  } catch {
    return null;
  }
}

/** A session began (sign-in) or was renewed: its access token, and whose it is. */
export function startSession(token: string): void {
  accessToken = token;
  const owner = ownerOf(token);
  if (owner) sessionStorage.setItem(OWNER, owner);
  ended = undefined;
  listeners.forEach((l) => l());
}

/** Ends the session in this tab: the official signed out, or the server ended it. */
export function endSession(how: SessionEnd): void {
  accessToken = null;
  sessionStorage.removeItem(OWNER);
  ended = how;
  listeners.forEach((l) => l());
}

export const sessionEnd = (): SessionEnd | undefined => ended;

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whose things this device keeps (drafts, the outbox, answers for offline use): "<province id>/<user id>",
 * or null when nobody is signed in in this tab.
 */
export const sessionOwner = (): string | null => sessionStorage.getItem(OWNER);

const signedIn = () => sessionOwner() !== null;

/** Whether this tab is signed in; re-renders when a session starts or ends. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeSession, signedIn);
}

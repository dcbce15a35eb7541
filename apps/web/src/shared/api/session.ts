// The signed-in session: tokens live in sessionStorage, so closing the browser signs the official out
// (shared office PCs) while a page reload keeps them signed in. Components follow it with useSignedIn().
import { useSyncExternalStore } from 'react';
import type { ApiError } from './errors';

const ACCESS = 'qcdc.accessToken';
const REFRESH = 'qcdc.refreshToken';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const listeners = new Set<() => void>();
/**
 * How the last session of this tab ended: the official signed out, or the server ended it (its refusal,
 * shown on the sign-in screen). Undefined while signed in, or before any session.
 */
export type SessionEnd = 'signed-out' | ApiError;
let ended: SessionEnd | undefined;

export function loadTokens(): Tokens | null {
  const accessToken = sessionStorage.getItem(ACCESS);
  const refreshToken = sessionStorage.getItem(REFRESH);
  return accessToken && refreshToken ? { accessToken, refreshToken } : null;
}

export function saveTokens(tokens: Tokens): void {
  sessionStorage.setItem(ACCESS, tokens.accessToken);
  sessionStorage.setItem(REFRESH, tokens.refreshToken);
  ended = undefined;
  listeners.forEach((l) => l());
}

/** Ends the session: the official signed out, or the server ended it. */
export function clearTokens(how: SessionEnd): void {
  sessionStorage.removeItem(ACCESS);
  sessionStorage.removeItem(REFRESH);
  ended = how;
  listeners.forEach((l) => l());
}

export const sessionEnd = (): SessionEnd | undefined => ended;

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whose things this device keeps (drafts, the outbox): "<province id>/<user id>" from the access token's
 * claims, or null when nobody is signed in. Read, not verified: it only files what this tab itself wrote.
 */
export function sessionOwner(): string | null {
  const token = loadTokens()?.accessToken;
  if (!token) return null;
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as { sub?: unknown; tid?: unknown };
    return typeof claims.sub === 'string' && typeof claims.tid === 'string' ? `${claims.tid}/${claims.sub}` : null;
  } catch {
    return null;
  }
}

const signedIn = () => loadTokens() !== null;

/** Whether this tab holds a session; re-renders when it starts or ends. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeSession, signedIn);
}

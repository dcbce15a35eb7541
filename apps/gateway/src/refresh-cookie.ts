import type { CookieOptions } from 'express';

/** The cookie that holds a browser's refresh token. */
export const REFRESH_COOKIE = 'qcdc_refresh';

/**
 * httpOnly (no script reads it), SameSite=Strict (no other site's page sends it), limited to the web app's
 * path (its base path, which its GraphQL endpoint lies under as the browser sees it), Secure when the web is
 * served over HTTPS.
 * No expiry: it ends with the browser, as the sign-in did when it lived in sessionStorage (shared office PCs);
 * the server ends the session itself after its refresh lifetime.
 */
export function refreshCookieOptions(webPublicUrl: string): CookieOptions {
  const url = new URL(webPublicUrl);
  return { httpOnly: true, sameSite: 'strict', secure: url.protocol === 'https:', path: url.pathname };
}

/** The refresh token from a request's Cookie header, if it carries one. */
export function refreshTokenFromCookies(header: string | undefined): string | undefined {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === REFRESH_COOKIE) {
      const value = pair.slice(at + 1).trim();
      try {
        return value ? decodeURIComponent(value) : undefined;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

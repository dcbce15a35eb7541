/** Why a sign-in (session) ended; the sessions table's CHECK allows exactly these. */
export const SESSION_END_REASONS = [
  'SIGNED_OUT', // the person signed out on that device
  'SIGNED_OUT_EVERYWHERE', // the person signed out of every device
  'ENDED_FROM_LIST', // the person ended it from their list of sessions
  'REPLACED', // another sign-in in the same browser took its place
  'REFRESH_TOKEN_REUSED', // a spent refresh token came back: possibly stolen, the whole sign-in stops
  'USER_DEACTIVATED', // the province admin deactivated the account
  'PASSWORD_CHANGED', // a new password was set with a reset link
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

/**
 * A person-readable name of the browser and system from a User-Agent header ("Chrome trên Windows"), for
 * the list of sessions; the raw header is kept too. Order matters: Edge and Opera also say "Chrome", and
 * Chrome also says "Safari".
 */
export function describeDevice(userAgent: string): { browser: string | null; system: string | null } {
  const browser =
    [
      [/Edg\//, 'Edge'],
      [/OPR\/|Opera/, 'Opera'],
      [/CocCoc|coc_coc/i, 'Cốc Cốc'],
      [/Firefox\//, 'Firefox'],
      [/Chrome\/|Chromium\/|HeadlessChrome\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ].find(([re]) => (re as RegExp).test(userAgent))?.[1] ?? null;
  const system =
    [
      [/Windows/, 'Windows'],
      [/Android/, 'Android'],
      [/iPhone|iPad|iOS/, 'iOS'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/Linux/, 'Linux'],
    ].find(([re]) => (re as RegExp).test(userAgent))?.[1] ?? null;
  return { browser: browser as string | null, system: system as string | null };
}

/**
 * A spent refresh token presented again within this many seconds of its use, while the token that replaced
 * it is still unused, is taken for an answer that never reached the browser (the page reloaded or closed while
 * renewing): the unused replacement is spent and a new one issued. Later, or once the replacement was used,
 * it is a copy in someone else's hands, and the session ends.
 */
export const REFRESH_REPLAY_GRACE_SECONDS = 30;

import { Caller, MembershipClaim, ROLES, Role, isUuid } from '@qcdc/shared/contracts';

/** The claims of a qcdc access token (ES256, signed by the tenancy service only). */
export interface AccessTokenClaims {
  sub: string;
  tid: string;
  mem: { r: Role; u: string | null }[];
  /** The session (sign-in) and the person's access version: see `Caller.session`. */
  sid: string;
  av: number;
  typ: 'access';
}

export const JWT_ALGORITHM = 'ES256';

export function claimsFromCaller(caller: Caller, session: { id: string; accessVersion: number }): AccessTokenClaims {
  return {
    sub: caller.userId,
    tid: caller.tenantId,
    mem: caller.memberships.map((m) => ({ r: m.role, u: m.orgUnitId })),
    sid: session.id,
    av: session.accessVersion,
    typ: 'access',
  };
}

/** Turns verified claims into a Caller; returns null for anything malformed, which the guard refuses. */
export function callerFromClaims(claims: Partial<AccessTokenClaims>): Caller | null {
  if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.tid !== 'string') return null;
  if (!Array.isArray(claims.mem)) return null;
  // A token without its session cannot be stopped before it expires: refused.
  if (typeof claims.sid !== 'string' || !isUuid(claims.sid) || !Number.isSafeInteger(claims.av)) return null;
  const memberships: MembershipClaim[] = [];
  for (const m of claims.mem) {
    if (!ROLES.includes(m?.r)) return null;
    memberships.push({ role: m.r, orgUnitId: typeof m.u === 'string' ? m.u : null });
  }
  return { userId: claims.sub, tenantId: claims.tid, memberships, session: { id: claims.sid, accessVersion: claims.av as number } };
}

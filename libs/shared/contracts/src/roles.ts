/**
 * Roles of a membership. Each membership is a role over a subtree of the province's org tree
 * (the org unit it is attached to and everything beneath it).
 */
export const ROLES = [
  'PLATFORM_ADMIN', // operates the deployment; creates and suspends provinces
  'PROVINCE_ADMIN', // quản trị tỉnh: builds the org tree and the users of one province
  'PROVINCE_COMMITTEE', // Ban chỉ đạo tỉnh: reads every unit, approves, compares
  'BLOC_REVIEWER', // Đảng ủy khối / sở, ngành: reviews the units beneath its bloc
  'UNIT_REPORTER', // Ban thực hiện QCDC of a unit: records, scores, writes the report
  'UNIT_HEAD', // thủ trưởng: signs and submits the unit's report
] as const;
export type Role = (typeof ROLES)[number];

export interface MembershipClaim {
  role: Role;
  /** Root of the subtree the role applies to; null only for PLATFORM_ADMIN. */
  orgUnitId: string | null;
}

/** What a verified access token says about its bearer. */
export interface Caller {
  userId: string;
  /** The province (tenant) the caller belongs to; the platform tenant for platform admins. */
  tenantId: string;
  memberships: MembershipClaim[];
  /**
   * The sign-in the token belongs to (the session, in the caller's own tenant) and the person's access
   * version when it was issued. Every transaction of a subgraph checks them first: a session that has ended
   * (signed out, out everywhere, deactivated, a new password) or memberships changed since stop the token at
   * once. Absent only for callers made inside a process (the worker), never for a verified token.
   */
  session?: { id: string; accessVersion: number };
}

/** The longest browser description (User-Agent) kept for a session, as the gateway passes it on. */
export const USER_AGENT_MAX = 300;

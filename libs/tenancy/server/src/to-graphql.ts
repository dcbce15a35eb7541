import { peopleOnSeveralBoards, provinceSettingsOf } from '@qcdc/tenancy/domain';
import { Caller } from '@qcdc/shared/contracts';
import { AuthSession, Membership, OrgUnit, OrgUnitHistory, Province, ProvinceListing, SessionInfo, UnitProfile, User, Viewer } from './graphql-types';
import { UnitProfileView } from './unit-profiles/unit-profile.service';
import { Session, SignedInUser } from './auth/auth.service';
import { SessionRow } from './auth/session.repository';
import { OrgUnitHistoryRows, OrgUnitRow } from './org-units/org-unit.repository';
import { TenantRow } from './provinces/tenant.repository';
import { MembershipRow, UserWithMemberships } from './users/user.repository';

/** The tenancy subgraph's rows and records as the API shows them (the resolvers' only mapping). */

export const toOrgUnit = (u: OrgUnitRow): OrgUnit => ({
  id: u.id,
  code: u.code,
  name: u.name,
  kind: u.kind,
  unitType: u.unitType,
  parentId: u.parentId,
  openedOn: u.openedOn,
  closedOn: u.closedOn,
  mergedIntoId: u.mergedIntoId,
  splitFromId: u.splitFromId,
  expectedFrom: u.expectedFrom,
  reviewedById: u.reviewedById,
});

export const toOrgUnitHistory = (unit: OrgUnitRow, h: OrgUnitHistoryRows): OrgUnitHistory => ({
  unit: toOrgUnit(unit),
  names: h.names,
  placements: h.links,
  reportingLines: h.reviewers,
  splitIntoIds: h.splitIntoIds,
});

export const toProvince = (t: TenantRow): Province => ({
  id: t.id,
  code: t.code,
  name: t.name,
  status: t.status,
  createdAt: t.createdAt,
  settings: provinceSettingsOf(t.name, t.settings),
});

export const toProvinceListing = (t: TenantRow): ProvinceListing => ({ id: t.id, code: t.code, name: t.name });

export const toMembership = (m: MembershipRow): Membership => ({ role: m.role, orgUnit: m.orgUnit && toOrgUnit(m.orgUnit) });

/** A user without the password hash, with their memberships. */
export const toUser = (u: UserWithMemberships): User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  active: u.active,
  invitationPending: u.passwordHash === null,
  memberships: u.memberships.map(toMembership),
});

export const toViewer = (v: SignedInUser): Viewer => ({
  userId: v.user.id,
  username: v.user.username,
  displayName: v.user.displayName,
  province: v.province && toProvinceListing(v.province),
  memberships: v.memberships.map(toMembership),
});

export const toSessionInfo = (s: SessionRow, caller: Caller): SessionInfo => ({
  id: s.id,
  startedAt: s.startedAt,
  renewedAt: s.renewedAt,
  expiresAt: s.expiresAt,
  clientAddress: s.clientAddress,
  userAgent: s.userAgent,
  current: s.id === caller.session?.id,
});

export const toAuthSession = (s: Session): AuthSession => ({
  accessToken: s.accessToken,
  accessTokenExpiresAt: s.accessTokenExpiresAt,
  viewer: toViewer(s.viewer),
});

export const toUnitProfile = (p: UnitProfileView): UnitProfile => ({
  unitId: p.unitId,
  periodId: p.periodId,
  version: p.version,
  copiedFromPeriodId: p.copiedFromPeriodId,
  staffCount: p.counts?.staffCount ?? null,
  partyMembers: p.counts?.partyMembers ?? null,
  unionMembers: p.counts?.unionMembers ?? null,
  people: p.people,
  boards: p.boards,
  peopleOnSeveralBoards: peopleOnSeveralBoards(p),
  updatedAt: p.updatedAt,
});

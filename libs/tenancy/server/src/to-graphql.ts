import { provinceSettingsOf } from '@qcdc/tenancy/domain';
import { AuthSession, Membership, OrgUnit, OrgUnitHistory, Province, ProvinceListing, User, Viewer } from './graphql-types';
import { Session, SignedInUser } from './auth/auth.service';
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

export const toAuthSession = (s: Session): AuthSession => ({
  accessToken: s.accessToken,
  refreshToken: s.refreshToken,
  accessTokenExpiresAt: s.accessTokenExpiresAt,
  viewer: toViewer(s.viewer),
});

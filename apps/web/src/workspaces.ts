import type { OrgUnit, Role, Viewer } from './api-types';

export type Screen = 'unit' | 'overview';

/** Which screen a role works in. Platform administrators have none in this app yet. */
const SCREEN_OF_ROLE: Partial<Record<Role, Screen>> = {
  UNIT_REPORTER: 'unit',
  UNIT_HEAD: 'unit',
  PROVINCE_COMMITTEE: 'overview',
  PROVINCE_ADMIN: 'overview',
  BLOC_REVIEWER: 'overview',
};

/** A place the signed-in person can work: one of their memberships, as a screen over an org unit. */
export interface Workspace {
  screen: Screen;
  role: Role;
  orgUnit: OrgUnit;
  /** The location hash that opens it, e.g. "unit/<id>". */
  route: string;
}

/** The viewer's workspaces in membership order, one per screen and unit. */
export function workspacesOf(viewer: Viewer): Workspace[] {
  const result: Workspace[] = [];
  for (const { role, orgUnit } of viewer.memberships) {
    const screen = SCREEN_OF_ROLE[role];
    if (!screen || !orgUnit) continue;
    const route = `${screen}/${orgUnit.id}`;
    if (!result.some((w) => w.route === route)) result.push({ screen, role, orgUnit, route });
  }
  return result;
}

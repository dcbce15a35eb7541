import type { OrgUnit, Role, Viewer } from '../shared/api/api-types';

export type Screen = 'unit' | 'overview' | 'admin' | 'provinces';

/**
 * The screens a role works in, the main one first. A province administrator sets the province up and may
 * also read the committee's overview; a platform administrator manages the provinces.
 */
const SCREENS_OF_ROLE: Record<Role, Screen[]> = {
  PLATFORM_ADMIN: ['provinces'],
  PROVINCE_ADMIN: ['admin', 'overview'],
  PROVINCE_COMMITTEE: ['overview'],
  BLOC_REVIEWER: ['overview'],
  UNIT_REPORTER: ['unit'],
  UNIT_HEAD: ['unit'],
};

/** A place the signed-in person can work: one of their memberships, as a screen (over an org unit). */
export type Workspace = { role: Role; route: string } & (
  | { screen: 'provinces'; orgUnit: null }
  | { screen: 'unit' | 'overview' | 'admin'; orgUnit: OrgUnit }
);

/**
 * The viewer's workspaces in membership order, one per screen and unit. Routes are location hashes:
 * "provinces", "admin/<unit id>", "overview/<unit id>", "unit/<unit id>".
 */
export function workspacesOf(viewer: Viewer): Workspace[] {
  const result: Workspace[] = [];
  const add = (w: Workspace) => {
    if (!result.some((r) => r.route === w.route)) result.push(w);
  };
  for (const { role, orgUnit } of viewer.memberships) {
    for (const screen of SCREENS_OF_ROLE[role] ?? []) {
      if (screen === 'provinces') add({ screen, role, orgUnit: null, route: screen });
      else if (orgUnit) add({ screen, role, orgUnit, route: `${screen}/${orgUnit.id}` });
    }
  }
  return result;
}

/** The workspace a location hash opens: its route, or a page inside it ("admin/<id>/users"); else the first. */
export function workspaceAt(workspaces: Workspace[], hash: string): Workspace | undefined {
  return workspaces.find((w) => hash === w.route || hash.startsWith(`${w.route}/`)) ?? workspaces[0];
}

import type { Role, ViewerFieldsFragment } from '../gql/graphql';
import { paths, type Screen } from './paths';

export type Viewer = ViewerFieldsFragment;
export type OrgUnit = NonNullable<Viewer['memberships'][number]['orgUnit']>;

/**
 * The screens a role works in, its home first. A province administrator sets the province up and may also
 * read the committee's overview; a platform administrator manages the provinces.
 */
const SCREENS_OF_ROLE: Record<Role, Screen[]> = {
  PLATFORM_ADMIN: ['provinces'],
  PROVINCE_ADMIN: ['admin', 'overview'],
  PROVINCE_COMMITTEE: ['overview'],
  BLOC_REVIEWER: ['overview'],
  UNIT_REPORTER: ['unit'],
  UNIT_HEAD: ['unit'],
};

/** A place the signed-in person can work: one of their memberships, as a screen (over an org unit), and its address. */
export type Workspace = { role: Role; path: string } & (
  | { screen: 'provinces'; orgUnit: null }
  | { screen: 'unit' | 'overview' | 'admin'; orgUnit: OrgUnit }
);

/** The viewer's workspaces in membership order, one per screen and unit; the first is where they land. */
export function workspacesOf(viewer: Viewer): Workspace[] {
  const result: Workspace[] = [];
  const add = (w: Workspace) => {
    if (!result.some((r) => r.path === w.path)) result.push(w);
  };
  for (const { role, orgUnit } of viewer.memberships) {
    for (const screen of SCREENS_OF_ROLE[role] ?? []) {
      if (screen === 'provinces') add({ screen, role, orgUnit: null, path: paths.provinces() });
      else if (orgUnit) add({ screen, role, orgUnit, path: paths[screen](orgUnit.id) });
    }
  }
  return result;
}

/** The workspace an address is in: its home, or a page under it ("/quan-tri/<id>/nguoi-dung"); else none. */
export function workspaceAt(workspaces: Workspace[], pathname: string): Workspace | undefined {
  return workspaces.find((w) => pathname === w.path || pathname.startsWith(`${w.path}/`));
}

/** The viewer's workspace for a screen over a unit, if they have one. */
export function workspaceFor(workspaces: Workspace[], screen: Workspace['screen'], unitId?: string): Workspace | undefined {
  return workspaces.find((w) => w.screen === screen && (w.orgUnit?.id ?? undefined) === unitId);
}

/**
 * Where someone lands after signing in: the address they were sent away from, when it is one of their
 * workspaces; else their home (the first workspace); "/" when they have none (it says so).
 */
export function landingOf(workspaces: Workspace[], next: string | null): string {
  if (next && workspaceAt(workspaces, next.split(/[?#]/)[0])) return next;
  return workspaces[0]?.path ?? '/';
}

import type { OrgUnitKind, OrgUnitsQuery } from '../../gql/graphql';

export type OrgUnit = OrgUnitsQuery['orgUnits'][number];

/** A unit with how deep it sits below the root (0 for the provincial committee). */
export interface TreeRow {
  unit: OrgUnit;
  depth: number;
}

// Within a parent: blocs before the units placed directly under it, then by code.
const KIND_ORDER: Record<OrgUnitKind, number> = { PROVINCE_COMMITTEE: 0, BLOC: 1, UNIT: 2 };
const byKindThenCode = (a: OrgUnit, b: OrgUnit) =>
  KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.code.localeCompare(b.code, 'vi', { numeric: true });

/**
 * The units in the order an indented table shows them: each parent followed by its children. A unit whose
 * parent is not in the list (outside the caller's subtree) is shown as a root.
 */
export function treeRows(units: readonly OrgUnit[]): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, OrgUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const rows: TreeRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const unit of [...(childrenOf.get(parent) ?? [])].sort(byKindThenCode)) {
      rows.push({ unit, depth });
      visit(unit.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

/** A committee or bloc with the units under it, for a grouped drop-down (`<optgroup>` per head). */
export interface UnitGroup {
  head: OrgUnit;
  /** The head itself first (a role may sit on it), then its reporting units in tree order. */
  members: OrgUnit[];
}

/** The units grouped by the committee or bloc they belong to, in tree order. */
export function unitGroups(units: readonly OrgUnit[]): UnitGroup[] {
  const groups: UnitGroup[] = [];
  for (const { unit } of treeRows(units)) {
    const parentGroup = unit.kind === 'UNIT' ? groups.find((g) => g.head.id === unit.parentId) : undefined;
    if (parentGroup) parentGroup.members.push(unit);
    else groups.push({ head: unit, members: [unit] });
  }
  return groups;
}

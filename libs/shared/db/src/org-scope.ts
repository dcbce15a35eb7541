import { EntityManager } from 'typeorm';
import { Caller, forbidden, isUuid, notFound, Role } from '@qcdc/shared/contracts';
import { firstOf, qb, rowsOf, sql } from './query';

/**
 * Access to org units by subtree, read from tenancy's published read model `tenancy.org_unit_ancestors`
 * (a security-invoker view: row-level security of the caller's tenant applies). A membership covers its
 * org unit and everything beneath it.
 */
export async function assertUnitInScope(
  em: EntityManager,
  caller: Caller,
  unitId: string,
  roles: readonly Role[],
): Promise<void> {
  const roots = caller.memberships.filter((m) => roles.includes(m.role) && m.orgUnitId).map((m) => m.orgUnitId);
  if (roots.length === 0) throw forbidden();
  const row = await firstOf(
    em,
    qb
      .selectFrom('tenancy.org_unit_ancestors')
      .select(sql<boolean | null>`bool_or(ancestor_id = ANY(${roots}::uuid[]))`.as('covered'))
      .where('unit_id', '=', asUuid(unitId)),
  );
  if (row?.covered === null || row?.covered === undefined) {
    throw notFound('Không tìm thấy đơn vị này trong tỉnh của bạn.', 'This unit does not exist in your province.', {
      unitId,
    });
  }
  if (!row.covered) throw forbidden();
}

/** Whether the caller holds one of the roles anywhere (for province-wide reads). */
export function hasRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.memberships.some((m) => roles.includes(m.role));
}

export function assertRole(caller: Caller, roles: readonly Role[]): void {
  if (!hasRole(caller, roles)) throw forbidden();
}


/** An id from the client that is not a UUID names nothing: NOT_FOUND, not a database error. */
export function asUuid(id: string): string {
  if (!isUuid(id)) {
    throw notFound(`Không tìm thấy dữ liệu có mã "${id}". Vui lòng tải lại trang.`, `Nothing has the id "${id}". Reload the page.`, {
      id,
    });
  }
  return id;
}

/**
 * The roles the caller holds over a unit: those of its memberships at the unit or above it (the closure of
 * the tree and the reporting lines). NOT_FOUND when the unit is not in the caller's province; an empty list
 * when the caller holds nothing over it (the caller decides between FORBIDDEN and NOT_FOUND).
 */
export async function rolesOverUnit(em: EntityManager, caller: Caller, unitId: string): Promise<Role[]> {
  const rows = await rowsOf(
    em,
    qb.selectFrom('tenancy.org_unit_ancestors').select('ancestor_id as ancestorId').where('unit_id', '=', asUuid(unitId)),
  );
  if (rows.length === 0) {
    throw notFound('Không tìm thấy đơn vị này trong tỉnh của bạn.', 'This unit does not exist in your province.', { unitId });
  }
  const above = new Set(rows.map((r) => r.ancestorId));
  return [...new Set(caller.memberships.filter((m) => m.orgUnitId && above.has(m.orgUnitId)).map((m) => m.role))];
}

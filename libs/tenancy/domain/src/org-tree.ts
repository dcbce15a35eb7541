import { OrgUnitKind, Role, badInput } from '@qcdc/shared/contracts';

// The levels and unit types are shared vocabulary (scope checks and roll-ups read the tree too); the
// rules for placing them are tenancy's, below.
export { COMMITTEE_UNIT_TYPE, DEFAULT_UNIT_TYPES, ORG_UNIT_KINDS } from '@qcdc/shared/contracts';
export type { OrgUnitKind, UnitType } from '@qcdc/shared/contracts';

const ALLOWED_PARENTS: Record<OrgUnitKind, readonly OrgUnitKind[]> = {
  PROVINCE_COMMITTEE: [],
  BLOC: ['PROVINCE_COMMITTEE'],
  UNIT: ['PROVINCE_COMMITTEE', 'BLOC'],
};

const KIND_VI: Record<OrgUnitKind, string> = {
  PROVINCE_COMMITTEE: 'Ban chỉ đạo tỉnh',
  BLOC: 'khối/ngành',
  UNIT: 'đơn vị',
};

/** A unit may sit only under the levels above it: a bloc under the committee, a unit under either. */
export function assertParentKind(kind: OrgUnitKind, parentKind: OrgUnitKind): void {
  if (!ALLOWED_PARENTS[kind].includes(parentKind)) {
    throw badInput(
      `Không thể đặt ${KIND_VI[kind]} dưới ${KIND_VI[parentKind]}. Hãy chọn đơn vị cấp trên phù hợp.`,
      `A ${kind} cannot sit under a ${parentKind}. Choose another parent.`,
      { field: 'parentId' },
    );
  }
}

/** Unit codes are short, stable identifiers used in imports and reports. */
export function normaliseUnitCode(code: string): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9._-]{0,31}$/.test(c)) {
    throw badInput(
      'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 32 ký tự), ví dụ "VP-DUK".',
      'A unit code has letters, digits, ".", "-" or "_" (at most 32), e.g. "VP-DUK".',
      { field: 'code' },
    );
  }
  return c;
}

/** The level of the org tree each role is attached to; on each level the usual (least powerful) role first. */
const ROLE_LEVEL: Record<Exclude<Role, 'PLATFORM_ADMIN'>, OrgUnitKind> = {
  PROVINCE_COMMITTEE: 'PROVINCE_COMMITTEE',
  PROVINCE_ADMIN: 'PROVINCE_COMMITTEE',
  BLOC_REVIEWER: 'BLOC',
  UNIT_REPORTER: 'UNIT',
  UNIT_HEAD: 'UNIT',
};

export function assertRoleFitsUnit(role: Role, unitKind: OrgUnitKind): void {
  if (role === 'PLATFORM_ADMIN') {
    throw badInput(
      'Không thể cấp quyền quản trị hệ thống trong một tỉnh.',
      'The platform admin role cannot be granted inside a province.',
      { field: 'role' },
    );
  }
  if (ROLE_LEVEL[role] !== unitKind) {
    throw badInput(
      `Vai trò này phải gắn với ${KIND_VI[ROLE_LEVEL[role]]}, không phải ${KIND_VI[unitKind]}.`,
      `The role ${role} belongs to a ${ROLE_LEVEL[role]}, not a ${unitKind}.`,
      { field: 'orgUnitId' },
    );
  }
}

// The same rules as questions, for forms that offer only what the checks above accept.

/** The levels a new unit of this kind may sit under. */
export function allowedParentKinds(kind: OrgUnitKind): readonly OrgUnitKind[] {
  return ALLOWED_PARENTS[kind];
}

/** The roles a membership on a unit of this kind may carry, the usual one first (what `assertRoleFitsUnit` accepts). */
export function rolesForUnitKind(kind: OrgUnitKind): Exclude<Role, 'PLATFORM_ADMIN'>[] {
  return (Object.keys(ROLE_LEVEL) as (keyof typeof ROLE_LEVEL)[]).filter((role) => ROLE_LEVEL[role] === kind);
}

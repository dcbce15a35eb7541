import { COMMITTEE_UNIT_TYPE, OrgUnitKind, UnitType, badInput, conflict } from '@qcdc/shared/contracts';
import { TENANCY_TEXT_LIMITS } from './limits';
import { unitNameKey } from './org-tree-history';

/**
 * A province's catalogue of unit types (loại hình đơn vị): what its reporting units may be. The codes never
 * change (imports, roll-ups and reports key on them); the names do. A type is never deleted, only
 * deactivated: the units that have it keep it, and no new unit may take it.
 */
export interface UnitTypeEntry {
  code: string;
  name: string;
  nameEn: string;
  active: boolean;
}

/** A type's code: upper-case letters, digits and "_", starting with a letter; COMMITTEE is the committee's and the blocs'. */
export function normaliseUnitTypeCode(code: string): string {
  const c = code.trim().toUpperCase();
  const max = TENANCY_TEXT_LIMITS.unitTypeCode;
  if (!new RegExp(`^[A-Z][A-Z0-9_]{1,${max - 1}}$`).test(c)) {
    throw badInput(
      `Mã loại hình gồm chữ in hoa không dấu, số và dấu gạch dưới, bắt đầu bằng chữ (2 đến ${max} ký tự), ví dụ "HOP_TAC_XA".`,
      `A type code has capital letters, digits and "_", starting with a letter (2 to ${max} characters), e.g. "COOPERATIVE".`,
      { field: 'code' },
    );
  }
  if (c === COMMITTEE_UNIT_TYPE) {
    throw badInput(
      `Mã "${COMMITTEE_UNIT_TYPE}" dành cho Ban chỉ đạo và khối/ngành. Hãy chọn mã khác.`,
      `The code "${COMMITTEE_UNIT_TYPE}" is kept for the committee and the blocs. Choose another code.`,
      { field: 'code' },
    );
  }
  return c;
}

/**
 * The type a unit of this level may have: COMMITTEE for the committee and the blocs; for a reporting unit, an
 * active type of the province's catalogue (an inactive one only when the unit has it already: `current`).
 */
export function assertUnitType(kind: OrgUnitKind, unitType: UnitType, catalogue: readonly UnitTypeEntry[], current: UnitType | null = null): void {
  if (kind !== 'UNIT') {
    if (unitType !== COMMITTEE_UNIT_TYPE) {
      throw badInput(
        `Ban chỉ đạo và khối/ngành có loại hình "${COMMITTEE_UNIT_TYPE}".`,
        `Committees and blocs have the unit type ${COMMITTEE_UNIT_TYPE}.`,
        { field: 'unitType' },
      );
    }
    return;
  }
  const type = catalogue.find((t) => t.code === unitType);
  const offered = catalogue.filter((t) => t.active).map((t) => t.name);
  if (!type) {
    throw badInput(
      `Loại hình "${unitType}" không có trong danh mục của tỉnh. Hãy chọn một trong: ${offered.join('; ')}.`,
      `The unit type "${unitType}" is not in the province's list. Choose one of: ${catalogue.filter((t) => t.active).map((t) => t.nameEn).join('; ')}.`,
      { field: 'unitType', reason: 'UNKNOWN_UNIT_TYPE' },
    );
  }
  if (!type.active && type.code !== current) {
    throw badInput(
      `Loại hình "${type.name}" đã ngừng sử dụng. Hãy chọn loại hình khác, hoặc nhờ quản trị tỉnh dùng lại loại hình này.`,
      `The unit type "${type.nameEn}" is no longer in use. Choose another, or ask the province admin to bring it back.`,
      { field: 'unitType', reason: 'UNIT_TYPE_INACTIVE' },
    );
  }
}

/** The types a unit of this level may be given: COMMITTEE alone above the units, else the active types in order. */
export function unitTypesFor(kind: OrgUnitKind, catalogue: readonly UnitTypeEntry[]): UnitType[] {
  return kind === 'UNIT' ? catalogue.filter((t) => t.active).map((t) => t.code) : [COMMITTEE_UNIT_TYPE];
}

/** Two types of a province never share a name (compared as unit names are: `unitNameKey`, also tenancy.unit_types.name_key), in either language. */
export function assertUnitTypeNamesFree(entry: Pick<UnitTypeEntry, 'code' | 'name' | 'nameEn'>, catalogue: readonly UnitTypeEntry[]): void {
  for (const key of ['name', 'nameEn'] as const) {
    const same = catalogue.find((t) => t.code !== entry.code && unitNameKey(t[key]) === unitNameKey(entry[key]));
    if (same) {
      throw conflict(
        `Loại hình "${same.name}" (mã ${same.code}) đã có tên này. Hãy đặt tên khác.`,
        `The unit type "${same.nameEn}" (code ${same.code}) has this name already. Choose another name.`,
        { field: key, reason: 'DUPLICATE_NAME', unitType: same.code },
      );
    }
  }
}

/** A province keeps at least one active type, or no reporting unit could be made. */
export function assertSomeTypeStaysActive(code: string, catalogue: readonly UnitTypeEntry[]): void {
  if (!catalogue.some((t) => t.active && t.code !== code)) {
    throw conflict(
      'Đây là loại hình duy nhất còn dùng; tỉnh cần ít nhất một loại hình. Hãy thêm hoặc dùng lại loại hình khác trước.',
      'This is the only unit type still in use, and the province needs one. Add or bring back another type first.',
      { field: 'active', reason: 'LAST_ACTIVE_TYPE', unitType: code },
    );
  }
}

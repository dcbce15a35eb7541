import { badInput, conflict } from '@qcdc/shared/contracts';

/**
 * The rules of changing the tree over time (renaming, moving, merging, closing), as pure functions the
 * tenancy service calls with what it read in its transaction. Dates are "YYYY-MM-DD" calendar dates, so
 * they compare as strings.
 */

/** What a rule needs to know of a unit. */
export interface UnitAtDate {
  id: string;
  code: string;
  name: string;
  /** The day it closed (merged, split or simply closed); null while it is open. */
  closedOn: string | null;
}

/**
 * The chain of units from `newParentId` up, if it meets `unitId`: putting the unit there would make it its
 * own ancestor. `parentOf` gives each unit's parent on the effective date (null at the root).
 */
export function findCycle(unitId: string, newParentId: string, parentOf: ReadonlyMap<string, string | null>): string[] | null {
  const path: string[] = [];
  const seen = new Set<string>();
  for (let at: string | null | undefined = newParentId; at; at = parentOf.get(at)) {
    path.push(at);
    if (at === unitId) return path;
    // A loop above that does not go through the unit is not this move's doing (the database refuses it).
    if (seen.has(at)) return null;
    seen.add(at);
  }
  return null;
}

export function assertNoCycle(unit: UnitAtDate, newParent: UnitAtDate, parentOf: ReadonlyMap<string, string | null>): void {
  if (findCycle(unit.id, newParent.id, parentOf)) {
    throw badInput(
      `Không thể chuyển "${unit.name}" vào "${newParent.name}": "${newParent.name}" là chính nó hoặc nằm bên dưới nó. Hãy chọn đơn vị cấp trên khác.`,
      `"${unit.name}" cannot move under "${newParent.name}", which is the unit itself or lies beneath it. Choose another parent.`,
      { field: 'parentId', reason: 'CYCLE', unitId: unit.id, parentId: newParent.id },
    );
  }
}

/**
 * A change takes effect after the last one of its kind: the history before it is kept as it was, so a
 * change on or before the start of the unit's current placement (or name) would overlap it.
 */
export function assertAfterLastChange(
  unit: UnitAtDate,
  effectiveOn: string,
  lastChangeOn: string | null,
  what: { vi: string; en: string },
): void {
  if (lastChangeOn !== null && effectiveOn <= lastChangeOn) {
    throw badInput(
      `Ngày hiệu lực ${effectiveOn} trùng với ${what.vi} của "${unit.name}" đang có hiệu lực từ ${lastChangeOn}. Hãy chọn ngày sau ${lastChangeOn}.`,
      `The effective date ${effectiveOn} overlaps the ${what.en} of "${unit.name}" in force from ${lastChangeOn}. Choose a date after ${lastChangeOn}.`,
      { field: 'effectiveOn', reason: 'OVERLAPPING_DATES', unitId: unit.id, from: lastChangeOn },
    );
  }
}

/** A closed unit takes no more changes (a typo in its name may still be corrected). */
export function assertOpen(unit: UnitAtDate, field = 'id'): void {
  if (unit.closedOn !== null) {
    throw badInput(
      `"${unit.name}" đã giải thể từ ngày ${unit.closedOn}; không thể thay đổi nữa.`,
      `"${unit.name}" closed on ${unit.closedOn} and can no longer change.`,
      { field, reason: 'UNIT_CLOSED', unitId: unit.id, closedOn: unit.closedOn },
    );
  }
}

/** The root of the province is never moved, merged or closed. */
export function assertNotRoot(unit: UnitAtDate & { parentId: string | null }): void {
  if (unit.parentId === null) {
    throw badInput(
      'Ban chỉ đạo tỉnh là gốc của cây đơn vị; không thể chuyển, sáp nhập hay giải thể.',
      "The province committee is the tree's root; it cannot be moved, merged or closed.",
      { field: 'id', reason: 'ROOT' },
    );
  }
}

/** Names compared as people read them: case, spacing and Unicode form do not make two names different. */
export function unitNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}

/** Two open units under one parent at one time never share a name (two "Sở Tài chính" under one bloc). */
export function assertNameFreeAmongSiblings(name: string, parentName: string, siblings: readonly UnitAtDate[]): void {
  const key = unitNameKey(name);
  const same = siblings.find((s) => unitNameKey(s.name) === key);
  if (same) {
    throw conflict(
      `"${parentName}" đã có đơn vị tên "${same.name}" (mã ${same.code}). Hãy đặt tên khác hoặc sửa đơn vị đó.`,
      `"${parentName}" already has a unit named "${same.name}" (code ${same.code}). Choose another name or change that unit.`,
      { field: 'name', reason: 'DUPLICATE_NAME', unitId: same.id },
    );
  }
}

/**
 * A merge: every source into one target, all open on the day; the target is not one of the sources, and
 * they are units of one level (a bloc into a bloc, a unit into a unit).
 */
export function assertMergeable(
  sources: readonly (UnitAtDate & { kind: string })[],
  target: UnitAtDate & { kind: string },
  effectiveOn: string,
): void {
  if (sources.length === 0) {
    throw badInput('Hãy chọn ít nhất một đơn vị để sáp nhập.', 'Choose at least one unit to merge.', { field: 'sourceIds' });
  }
  if (target.closedOn !== null && target.closedOn <= effectiveOn) {
    throw badInput(
      `Không thể sáp nhập vào "${target.name}": đơn vị này đã giải thể từ ngày ${target.closedOn}. Hãy chọn một đơn vị đang hoạt động.`,
      `Cannot merge into "${target.name}": it closed on ${target.closedOn}. Choose a unit that is open.`,
      { field: 'targetId', reason: 'TARGET_CLOSED', unitId: target.id, closedOn: target.closedOn },
    );
  }
  for (const source of sources) {
    if (source.id === target.id) {
      throw badInput(
        `"${target.name}" không thể sáp nhập vào chính nó.`,
        `"${target.name}" cannot be merged into itself.`,
        { field: 'sourceIds', reason: 'MERGE_INTO_ITSELF', unitId: target.id },
      );
    }
    assertOpen(source, 'sourceIds');
    if (source.kind !== target.kind) {
      throw badInput(
        `"${source.name}" và "${target.name}" không cùng cấp; chỉ sáp nhập đơn vị cùng cấp.`,
        `"${source.name}" and "${target.name}" are not on the same level; only units of one level merge.`,
        { field: 'sourceIds', reason: 'KIND_MISMATCH', unitId: source.id },
      );
    }
  }
}

/**
 * A split: one open reporting unit becomes two or more new ones on a date. The old unit closes that day and
 * keeps its history and records; each part opens that day, naming it as where it came from. The parts'
 * codes differ from each other (the province's other codes are the database's to check).
 */
export function assertSplittable(unit: UnitAtDate & { kind: string; parentId: string | null }, parts: readonly { code: string; name: string }[]): void {
  assertNotRoot(unit);
  if (unit.kind !== 'UNIT') {
    throw badInput(
      `Chỉ tách được đơn vị báo cáo; "${unit.name}" là khối/ngành. Hãy thêm khối mới, chuyển các đơn vị sang rồi sáp nhập hoặc giải thể khối cũ.`,
      `Only reporting units split; "${unit.name}" is a bloc. Add the new blocs, move its units to them, then merge or close it.`,
      { field: 'id', reason: 'NOT_A_UNIT', unitId: unit.id },
    );
  }
  assertOpen(unit);
  if (parts.length < 2) {
    throw badInput(
      `Tách "${unit.name}" cần ít nhất hai đơn vị mới (đang có ${parts.length}). Nếu chỉ đổi tên, hãy dùng "Đổi tên".`,
      `Splitting "${unit.name}" needs at least two new units (there are ${parts.length}). To change only its name, rename it.`,
      { field: 'parts', reason: 'TOO_FEW_PARTS', count: parts.length },
    );
  }
  const seen = new Map<string, { name: string }>();
  for (const part of parts) {
    const first = seen.get(part.code);
    if (first) {
      throw conflict(
        `Hai đơn vị mới cùng mã "${part.code}" ("${first.name}" và "${part.name}"). Mỗi đơn vị cần một mã riêng.`,
        `Two new units share the code "${part.code}" ("${first.name}" and "${part.name}"). Each unit needs a code of its own.`,
        { field: 'code', reason: 'DUPLICATE_CODE' },
      );
    }
    seen.set(part.code, part);
  }
}

/**
 * A reporting line set by the admin: a reporting unit is reviewed by a bloc other than (or the same as) its
 * bloc in the tree, from a date; the bloc must be open that day.
 */
export function assertReportingLine(
  unit: UnitAtDate & { kind: string },
  reviewer: UnitAtDate & { kind: string },
  effectiveOn: string,
): void {
  assertOpen(unit, 'unitId');
  if (unit.kind !== 'UNIT') {
    throw badInput(
      `Chỉ đơn vị báo cáo mới có khối/ngành xem xét; "${unit.name}" không phải đơn vị báo cáo.`,
      `Only reporting units have a reviewing bloc; "${unit.name}" is not a reporting unit.`,
      { field: 'unitId', reason: 'NOT_A_UNIT', unitId: unit.id },
    );
  }
  if (reviewer.kind !== 'BLOC') {
    throw badInput(
      `"${reviewer.name}" không phải khối/ngành; hãy chọn khối/ngành sẽ xem xét "${unit.name}".`,
      `"${reviewer.name}" is not a bloc; choose the bloc that will review "${unit.name}".`,
      { field: 'reviewerId', reason: 'NOT_A_BLOC', unitId: reviewer.id },
    );
  }
  if (reviewer.closedOn !== null && reviewer.closedOn <= effectiveOn) {
    throw badInput(
      `"${reviewer.name}" đã giải thể từ ngày ${reviewer.closedOn}; hãy chọn khối/ngành đang hoạt động.`,
      `"${reviewer.name}" closed on ${reviewer.closedOn}; choose a bloc that is open.`,
      { field: 'reviewerId', reason: 'TARGET_CLOSED', unitId: reviewer.id, closedOn: reviewer.closedOn },
    );
  }
}

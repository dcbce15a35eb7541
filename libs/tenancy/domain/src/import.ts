import { AppError, COMMITTEE_UNIT_TYPE, OrgUnitKind, Role, UnitType, field, parseInput } from '@qcdc/shared/contracts';
import { normaliseUsername } from './credentials';
import { createOrgUnitInput, inviteUserInput } from './inputs';
import { assertParentKind, assertRoleFitsUnit, normaliseUnitCode } from './org-tree';
import { UnitTypeEntry, assertUnitType } from './unit-types';
import { assertNameFreeAmongSiblings, findCycle, unitNameKey } from './org-tree-history';

/**
 * Importing a province's org units and people from a spreadsheet (XLSX or CSV). The file's cells arrive
 * here as text, row by row, with the row numbers a person sees in Excel; every problem is reported by
 * sheet, row and column header. The checks are the same rules as the forms' (the input schemas and the
 * org-tree rules), applied to each row, plus what only a whole file can break: a code or username twice,
 * a parent that is neither in the province nor in the file, a cycle among the file's own units.
 */

/** The two tables of an import: one sheet each in a workbook, or one CSV file each. */
export const IMPORT_SHEETS = ['units', 'users'] as const;
export type ImportSheet = (typeof IMPORT_SHEETS)[number];

/**
 * Where an import stands: the dry run queued or running (CHECKING), done (CHECKED, with or without problems),
 * the apply queued or running (APPLYING), done (APPLIED), or refused with the problems the apply found (FAILED).
 */
export const IMPORT_STATUSES = ['CHECKING', 'CHECKED', 'APPLYING', 'APPLIED', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** How much one import may hold. */
export const IMPORT_LIMITS = {
  /** Data rows over both tables. */
  rows: 20_000,
  /** Problems kept and shown; the count says how many there were in all. */
  problemsKept: 1_000,
} as const;

export interface ImportColumn {
  key: string;
  /** The header of the template (Vietnamese); the English key is accepted too. */
  vi: string;
  en: string;
  required: boolean;
}

export const IMPORT_COLUMNS: Record<ImportSheet, readonly ImportColumn[]> = {
  units: [
    { key: 'code', vi: 'Mã đơn vị', en: 'code', required: true },
    { key: 'name', vi: 'Tên đơn vị', en: 'name', required: true },
    { key: 'kind', vi: 'Cấp', en: 'level', required: true },
    { key: 'unitType', vi: 'Loại hình', en: 'type', required: false },
    { key: 'parentCode', vi: 'Mã đơn vị cấp trên', en: 'parent code', required: true },
    { key: 'openedOn', vi: 'Ngày thành lập', en: 'opened on', required: false },
  ],
  users: [
    { key: 'username', vi: 'Tên đăng nhập', en: 'username', required: true },
    { key: 'displayName', vi: 'Họ và tên', en: 'full name', required: true },
    { key: 'email', vi: 'Email', en: 'email', required: true },
    { key: 'role', vi: 'Vai trò', en: 'role', required: true },
    { key: 'unitCode', vi: 'Mã đơn vị', en: 'unit code', required: true },
  ],
};

/** The sheet names of the template workbook; the English names are accepted too. */
export const IMPORT_SHEET_NAMES: Record<ImportSheet, { vi: string; en: string }> = {
  units: { vi: 'Đơn vị', en: 'units' },
  users: { vi: 'Người dùng', en: 'users' },
};

/** Headers, sheet names and words compared as people type them: case, spacing, Unicode form and a trailing "*" aside. */
export const headerKey = (text: string): string => unitNameKey(text.replace(/\*+\s*$/, ''));

/** The sheet a workbook's sheet name means, or null for a sheet the import ignores (notes, lists). */
export function sheetNamed(name: string): ImportSheet | null {
  const key = headerKey(name);
  return IMPORT_SHEETS.find((s) => headerKey(IMPORT_SHEET_NAMES[s].vi) === key || headerKey(IMPORT_SHEET_NAMES[s].en) === key) ?? null;
}

/** The sheet a table with these headers is (a CSV file holds one): people when it has a username column. */
export function sheetOfHeaders(headers: readonly string[]): ImportSheet {
  const username = IMPORT_COLUMNS.users[0];
  return headers.some((h) => [username.vi, username.en, username.key].map(headerKey).includes(headerKey(h))) ? 'users' : 'units';
}

/** The words accepted for each level and type, besides the code itself (BLOC, AGENCY, ...). */
const KIND_WORDS: Record<Exclude<OrgUnitKind, 'PROVINCE_COMMITTEE'>, readonly string[]> = {
  BLOC: ['Khối, ngành', 'Khối/ngành', 'Khối', 'Ngành', 'bloc'],
  UNIT: ['Đơn vị', 'unit'],
};
/**
 * Words accepted for a unit type besides its code and its names in the province's catalogue: the committee's,
 * and the usual short forms of the default types (while the province keeps them).
 */
const UNIT_TYPE_WORDS: Record<string, readonly string[]> = {
  [COMMITTEE_UNIT_TYPE]: ['Ban chỉ đạo', 'committee'],
  AGENCY: ['Cơ quan', 'agency'],
  COMMUNE: ['Xã, phường', 'Xã/phường', 'Xã, phường, đặc khu', 'Xã', 'Phường', 'commune'],
  PUBLIC_UNIT: ['Đơn vị sự nghiệp', 'public unit'],
  ENTERPRISE: ['Doanh nghiệp', 'enterprise'],
};

/** The unit types a cell may name in this province: each type by its code, its names and its short forms. */
function unitTypeWords(catalogue: readonly UnitTypeEntry[]): Map<string, UnitType> {
  return wordLookup<UnitType>({
    [COMMITTEE_UNIT_TYPE]: UNIT_TYPE_WORDS[COMMITTEE_UNIT_TYPE],
    ...Object.fromEntries(catalogue.map((t) => [t.code, [t.name, t.nameEn, ...(UNIT_TYPE_WORDS[t.code] ?? [])]])),
  });
}
const ROLE_WORDS: Record<Exclude<Role, 'PLATFORM_ADMIN'>, readonly string[]> = {
  PROVINCE_ADMIN: ['Quản trị tỉnh'],
  PROVINCE_COMMITTEE: ['Ban chỉ đạo tỉnh'],
  BLOC_REVIEWER: ['Thẩm định khối'],
  UNIT_REPORTER: ['Cán bộ báo cáo đơn vị', 'Cán bộ báo cáo'],
  UNIT_HEAD: ['Thủ trưởng đơn vị', 'Thủ trưởng'],
};

/** The first word of each list: what the template shows and its notes list. */
export const IMPORT_WORDS = {
  kind: Object.fromEntries(Object.entries(KIND_WORDS).map(([k, w]) => [k, w[0]])) as Record<keyof typeof KIND_WORDS, string>,
  role: Object.fromEntries(Object.entries(ROLE_WORDS).map(([k, w]) => [k, w[0]])) as Record<keyof typeof ROLE_WORDS, string>,
};

function wordLookup<T extends string>(words: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, readonly string[]][]) {
    for (const w of [value, ...list]) map.set(headerKey(w), value);
  }
  return map;
}
const KINDS = wordLookup(KIND_WORDS);
const ROLES_BY_WORD = wordLookup<Role>({ ...ROLE_WORDS, PLATFORM_ADMIN: [] });

/** One data row of a table as read from the file: its row number in the spreadsheet and its cells by header position. */
export interface ImportRawTable {
  sheet: ImportSheet;
  /** The headers as written, and the row they stand on (1 in the template). */
  headers: readonly string[];
  headerRow: number;
  rows: readonly { row: number; cells: readonly string[] }[];
}

/** A problem of one cell (or one row, or a missing column): what a person must fix, where. */
export interface ImportProblem {
  sheet: ImportSheet;
  /** The row number as the spreadsheet shows it. */
  row: number;
  /** The column's header as written in the file (the template's when the column is missing). */
  column: string;
  message: string;
  messageEn: string;
}

/** A table's rows by column key, with the header each key was found under. */
export interface ImportTable {
  sheet: ImportSheet;
  headerOf: Record<string, string>;
  rows: { row: number; cells: Record<string, string> }[];
}

/** Reads a table's headers: each known column's position, and a problem for each required one missing. */
export function readTable(raw: ImportRawTable): { table: ImportTable; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const headerOf: Record<string, string> = {};
  const position = new Map<string, number>();
  for (const column of IMPORT_COLUMNS[raw.sheet]) {
    const names = [column.vi, column.en, column.key].map(headerKey);
    const at = raw.headers.findIndex((h) => names.includes(headerKey(h)));
    if (at >= 0) {
      position.set(column.key, at);
      headerOf[column.key] = raw.headers[at].trim();
    } else {
      headerOf[column.key] = column.vi;
      if (column.required) {
        problems.push({
          sheet: raw.sheet,
          row: raw.headerRow,
          column: column.vi,
          message: `Thiếu cột "${column.vi}". Hãy dùng tệp mẫu hoặc thêm cột này vào dòng tiêu đề.`,
          messageEn: `The column "${column.vi}" (${column.en}) is missing. Use the template or add the column to the header row.`,
        });
      }
    }
  }
  const rows = raw.rows
    .map((r) => ({
      row: r.row,
      cells: Object.fromEntries([...position].map(([key, at]) => [key, (r.cells[at] ?? '').trim()])),
    }))
    // A row with nothing in the known columns is a blank line, not a unit.
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
  return { table: { sheet: raw.sheet, headerOf, rows }, problems };
}

/** What the province already has, as the checks need it. */
export interface ImportExisting {
  /** Every unit of the province (closed ones too: their codes stay taken). */
  units: readonly { id: string; code: string; name: string; kind: OrgUnitKind; parentId: string | null; openedOn: string | null; closedOn: string | null }[];
  /** The usernames taken in the province. */
  usernames: ReadonlySet<string>;
  /** The email addresses of the province's people, lower-case. */
  emails: ReadonlySet<string>;
  /** The province's catalogue of unit types. */
  unitTypes: readonly UnitTypeEntry[];
  /** Today, for units whose opening day is left blank. */
  today: string;
}

export interface PlannedUnit {
  row: number;
  code: string;
  name: string;
  kind: Exclude<OrgUnitKind, 'PROVINCE_COMMITTEE'>;
  unitType: UnitType;
  parentCode: string;
  /** Null: it stood before the records (expected for every period). */
  openedOn: string | null;
  /** 1 for a unit under an existing one, 2 under a unit of level 1 of the file, ...: the order of inserting. */
  level: number;
}

export interface PlannedUser {
  row: number;
  username: string;
  displayName: string;
  email: string;
  role: Exclude<Role, 'PLATFORM_ADMIN'>;
  unitCode: string;
}

export interface ImportPlan {
  units: PlannedUnit[];
  users: PlannedUser[];
}

export interface ImportCheck {
  problems: ImportProblem[];
  /** What applying would create; meaningful only when there is no problem. */
  plan: ImportPlan;
}

type Cell = { value: string; row: number };

/**
 * Checks both tables against each other and the province. Every problem found is listed (not only the
 * first), each by row and column; a row with a bad cell is still checked for the others.
 */
export function checkImport(tables: { units: ImportTable | null; users: ImportTable | null }, existing: ImportExisting): ImportCheck {
  const problems: ImportProblem[] = [];
  const existingByCode = new Map(existing.units.map((u) => [u.code, u]));
  const existingById = new Map(existing.units.map((u) => [u.id, u]));

  // ---- units: each cell
  const unitsTable = tables.units;
  const units: (Partial<Omit<PlannedUnit, 'level'>> & { row: number })[] = [];
  if (unitsTable) {
    const problem = problemAt(problems, unitsTable);
    const typesByWord = unitTypeWords(existing.unitTypes);
    const typeExamples = existing.unitTypes.filter((t) => t.active).map((t) => t.name);
    for (const { row, cells } of unitsTable.rows) {
      const at = (key: string) => ({ value: cells[key] ?? '', row });
      const unit: (typeof units)[number] = { row };
      unit.code = cellOf(problem, 'code', at('code'), normaliseUnitCode);
      unit.name = cellOf(problem, 'name', at('name'), (v) => parseInput(createOrgUnitInput.shape.name, v));
      unit.kind = cellOf(problem, 'kind', at('kind'), (v) => wordOf(KINDS, v, IMPORT_COLUMNS.units[2], KIND_WORDS.BLOC[0], KIND_WORDS.UNIT[0])) as PlannedUnit['kind'] | undefined;
      const typeCell = at('unitType');
      if (typeCell.value === '' && unit.kind === 'BLOC') unit.unitType = COMMITTEE_UNIT_TYPE;
      else {
        unit.unitType = cellOf(problem, 'unitType', typeCell, (v) =>
          wordOf(typesByWord, v, IMPORT_COLUMNS.units[3], ...typeExamples),
        );
      }
      unit.parentCode = cellOf(problem, 'parentCode', at('parentCode'), normaliseUnitCode);
      const opened = at('openedOn');
      unit.openedOn = opened.value === '' ? null : cellOf(problem, 'openedOn', opened, (v) => parseInput(field.calendarDate(), v));
      if (unit.kind && unit.unitType) cellOf(problem, 'unitType', typeCell, () => assertUnitType(unit.kind as OrgUnitKind, unit.unitType as UnitType, existing.unitTypes));
      units.push(unit);
    }

    // ---- units: codes once, in the file and in the province
    const firstRowOf = new Map<string, number>();
    for (const unit of units) {
      if (!unit.code) continue;
      const taken = existingByCode.get(unit.code);
      const earlier = firstRowOf.get(unit.code);
      if (taken) {
        problem('code', unit.row, `Mã đơn vị "${unit.code}" đã có trong tỉnh ("${taken.name}"). Hãy chọn mã khác.`, `The unit code "${unit.code}" is already used in the province ("${taken.name}").`);
      } else if (earlier !== undefined) {
        problem('code', unit.row, `Mã đơn vị "${unit.code}" đã dùng ở dòng ${earlier} của tệp. Mỗi đơn vị một mã.`, `The unit code "${unit.code}" is used on row ${earlier} of the file already.`);
      } else firstRowOf.set(unit.code, unit.row);
    }

    // ---- units: the parent, in the province or in the file; no cycles among the file's units
    const fileUnitOf = new Map(units.filter((u) => u.code && firstRowOf.get(u.code) === u.row).map((u) => [u.code as string, u]));
    const parentOf = new Map<string, string | null>();
    for (const [code, u] of fileUnitOf) parentOf.set(code, u.parentCode && fileUnitOf.has(u.parentCode) ? u.parentCode : null);
    const inCycle = new Set<string>();
    for (const code of fileUnitOf.keys()) {
      if (inCycle.has(code)) continue;
      const cycle = findCycle(code, parentOf.get(code) ?? '', parentOf);
      if (cycle) for (const c of cycle) inCycle.add(c);
    }
    for (const unit of units) {
      if (!unit.parentCode || !unit.code || fileUnitOf.get(unit.code) !== unit) continue;
      if (inCycle.has(unit.code)) {
        problem('parentCode', unit.row, `Đơn vị "${unit.code}" nằm dưới chính nó qua "${unit.parentCode}" (vòng lặp trong tệp). Hãy sửa mã đơn vị cấp trên.`, `The unit "${unit.code}" ends up beneath itself through "${unit.parentCode}" (a cycle in the file). Fix the parent code.`);
        continue;
      }
      const inProvince = existingByCode.get(unit.parentCode);
      const inFile = fileUnitOf.get(unit.parentCode);
      if (!inProvince && !inFile) {
        problem('parentCode', unit.row, `Không tìm thấy đơn vị cấp trên có mã "${unit.parentCode}" trong tỉnh hay trong tệp.`, `No unit with the code "${unit.parentCode}" exists in the province or the file.`);
        continue;
      }
      if (inProvince?.closedOn) {
        problem('parentCode', unit.row, `Đơn vị cấp trên "${inProvince.name}" đã giải thể từ ngày ${inProvince.closedOn}. Hãy chọn đơn vị đang hoạt động.`, `The parent "${inProvince.name}" closed on ${inProvince.closedOn}. Choose an open unit.`);
        continue;
      }
      const parentKind = inProvince?.kind ?? inFile?.kind;
      if (unit.kind && parentKind) cellOf(problem, 'parentCode', { value: unit.parentCode, row: unit.row }, () => assertParentKind(unit.kind as OrgUnitKind, parentKind));
      const parentOpened = inProvince ? inProvince.openedOn : (inFile?.openedOn ?? null);
      if (unit.openedOn && parentOpened && unit.openedOn < parentOpened) {
        problem('openedOn', unit.row, `Đơn vị cấp trên "${unit.parentCode}" thành lập từ ngày ${parentOpened}; đơn vị trực thuộc không thể thành lập trước ngày đó.`, `The parent "${unit.parentCode}" opened on ${parentOpened}; a unit beneath it cannot open earlier.`);
      }
    }

    // ---- units: two open units under one parent never share a name (the rule of the form)
    const siblingsOf = new Map<string, Map<string, { id: string; code: string; name: string; closedOn: string | null }>>();
    const siblings = (parentCode: string) => {
      let names = siblingsOf.get(parentCode);
      if (!names) siblingsOf.set(parentCode, (names = new Map()));
      return names;
    };
    for (const u of existing.units) {
      const parent = u.parentId ? existingById.get(u.parentId) : undefined;
      if (parent && u.closedOn === null) siblings(parent.code).set(unitNameKey(u.name), { ...u });
    }
    for (const unit of units) {
      if (!unit.name || !unit.parentCode || !unit.code || fileUnitOf.get(unit.code) !== unit) continue;
      const names = siblings(unit.parentCode);
      const same = names.get(unitNameKey(unit.name));
      const parentName = existingByCode.get(unit.parentCode)?.name ?? fileUnitOf.get(unit.parentCode)?.name ?? unit.parentCode;
      if (same) cellOf(problem, 'name', { value: unit.name, row: unit.row }, () => assertNameFreeAmongSiblings(unit.name as string, parentName, [same]));
      else names.set(unitNameKey(unit.name), { id: unit.code, code: unit.code, name: unit.name, closedOn: null });
    }
  }

  // ---- users: each cell, then usernames and emails once, and a unit the role fits
  const usersTable = tables.users;
  const users: (Partial<PlannedUser> & { row: number })[] = [];
  const plannedUnits = new Map(units.filter((u) => u.code && u.kind).map((u) => [u.code as string, u]));
  if (usersTable) {
    const problem = problemAt(problems, usersTable);
    const usernameRow = new Map<string, number>();
    const emailRow = new Map<string, number>();
    for (const { row, cells } of usersTable.rows) {
      const at = (key: string) => ({ value: cells[key] ?? '', row });
      const user: (typeof users)[number] = { row };
      user.username = cellOf(problem, 'username', at('username'), normaliseUsername);
      user.displayName = cellOf(problem, 'displayName', at('displayName'), (v) => parseInput(inviteUserInput.shape.displayName, v));
      user.email = cellOf(problem, 'email', at('email'), (v) => parseInput(inviteUserInput.shape.email, v));
      user.role = cellOf(problem, 'role', at('role'), (v) => wordOf(ROLES_BY_WORD, v, IMPORT_COLUMNS.users[3], ...Object.values(IMPORT_WORDS.role))) as PlannedUser['role'] | undefined;
      user.unitCode = cellOf(problem, 'unitCode', at('unitCode'), normaliseUnitCode);
      if (user.username) {
        const earlier = usernameRow.get(user.username);
        if (existing.usernames.has(user.username)) {
          problem('username', row, `Tên đăng nhập "${user.username}" đã có người dùng trong tỉnh. Hãy chọn tên khác.`, `The username "${user.username}" is taken in the province.`);
        } else if (earlier !== undefined) {
          problem('username', row, `Tên đăng nhập "${user.username}" đã dùng ở dòng ${earlier} của tệp.`, `The username "${user.username}" is used on row ${earlier} of the file already.`);
        } else usernameRow.set(user.username, row);
      }
      if (user.email) {
        const earlier = emailRow.get(user.email);
        if (existing.emails.has(user.email)) {
          problem('email', row, `Email ${user.email} đã thuộc một tài khoản trong tỉnh. Hãy giao thêm vai trò cho tài khoản đó thay vì nhập lại.`, `The email ${user.email} belongs to an account of the province already. Add a membership to it instead.`);
        } else if (earlier !== undefined) {
          problem('email', row, `Email ${user.email} đã dùng ở dòng ${earlier} của tệp; mỗi người một email.`, `The email ${user.email} is used on row ${earlier} of the file already.`);
        } else emailRow.set(user.email, row);
      }
      if (user.unitCode) {
        const inProvince = existingByCode.get(user.unitCode);
        const kind = inProvince?.kind ?? plannedUnits.get(user.unitCode)?.kind;
        if (!kind) {
          problem('unitCode', row, `Không tìm thấy đơn vị có mã "${user.unitCode}" trong tỉnh hay trong tệp.`, `No unit with the code "${user.unitCode}" exists in the province or the file.`);
        } else if (inProvince?.closedOn) {
          problem('unitCode', row, `Đơn vị "${inProvince.name}" đã giải thể từ ngày ${inProvince.closedOn}.`, `The unit "${inProvince.name}" closed on ${inProvince.closedOn}.`);
        } else if (user.role) {
          cellOf(problem, 'role', at('role'), () => assertRoleFitsUnit(user.role as Role, kind));
        }
      }
      users.push(user);
    }
  }

  problems.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet === 'units' ? -1 : 1));
  return { problems, plan: problems.length > 0 ? { units: [], users: [] } : { units: levelled(units as PlannedUnitDraft[], existingByCode), users: users as PlannedUser[] } };
}

type PlannedUnitDraft = Omit<PlannedUnit, 'level'>;

/**
 * The file's units with their level under the province's existing units (parents before children). A unit
 * without an opening day stands as long as its parent: it takes the parent's (null: before the records).
 */
function levelled(units: PlannedUnitDraft[], existingByCode: ReadonlyMap<string, { openedOn: string | null }>): PlannedUnit[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const levels = new Map<string, number>();
  const levelOf = (code: string): number => {
    const known = levels.get(code);
    if (known !== undefined) return known;
    const unit = byCode.get(code) as PlannedUnitDraft;
    // No cycle is left here (checked above), so the walk ends at a unit under an existing one.
    const level = existingByCode.has(unit.parentCode) ? 1 : levelOf(unit.parentCode) + 1;
    levels.set(code, level);
    return level;
  };
  const ordered = units.map((u) => ({ ...u, level: levelOf(u.code) })).sort((a, b) => a.level - b.level || a.row - b.row);
  const openedOf = new Map<string, string | null>();
  for (const unit of ordered) {
    unit.openedOn ??= existingByCode.get(unit.parentCode)?.openedOn ?? openedOf.get(unit.parentCode) ?? null;
    openedOf.set(unit.code, unit.openedOn);
  }
  return ordered;
}

const COLUMN_BY_KEY = new Map(IMPORT_SHEETS.flatMap((s) => IMPORT_COLUMNS[s].map((c) => [c.key, c] as const)));

type ProblemAt = (key: string, row: number, message: string, messageEn: string) => void;

function problemAt(problems: ImportProblem[], table: ImportTable): ProblemAt {
  return (key, row, message, messageEn) => problems.push({ sheet: table.sheet, row, column: table.headerOf[key] ?? key, message, messageEn });
}

/** A cell through a rule: its value, or a problem with the rule's message (and undefined). */
function cellOf<T>(problem: ProblemAt, key: string, cell: Cell, rule: (value: string) => T): T | undefined {
  try {
    const column = COLUMN_BY_KEY.get(key);
    if (cell.value === '' && column?.required) {
      throw new AppError('BAD_USER_INPUT', {
        vi: `Ô "${column.vi}" đang trống; vui lòng nhập.`,
        en: `The cell "${column.vi}" (${column.en}) is empty; fill it in.`,
      });
    }
    return rule(cell.value);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem(key, cell.row, error.messages.vi, error.messages.en);
    return undefined;
  }
}

function wordOf<T extends string>(words: ReadonlyMap<string, T>, value: string, column: ImportColumn, ...examples: string[]): T {
  const found = words.get(headerKey(value));
  if (found) return found;
  throw new AppError('BAD_USER_INPUT', {
    vi: value === '' ? `Vui lòng nhập ${column.vi.toLowerCase()}: ${examples.join(', ')}.` : `"${value}" không phải ${column.vi.toLowerCase()} hợp lệ; hãy chọn một trong: ${examples.join(', ')}.`,
    en: value === '' ? `Enter the ${column.en}: ${examples.join(', ')}.` : `"${value}" is not a valid ${column.en}; choose one of: ${examples.join(', ')}.`,
  });
}

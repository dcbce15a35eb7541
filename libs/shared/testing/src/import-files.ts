import ExcelJS from 'exceljs';

/** The template's headers (libs/tenancy/domain IMPORT_COLUMNS), as a person's file has them. */
export const IMPORT_UNIT_HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại hình', 'Mã đơn vị cấp trên', 'Ngày thành lập'];
export const IMPORT_USER_HEADERS = ['Tên đăng nhập', 'Họ và tên', 'Email', 'Vai trò', 'Mã đơn vị'];

export interface ImportRows {
  units: string[][];
  users: string[][];
}

const TYPES = ['Cơ quan', 'Xã, phường', 'Đơn vị sự nghiệp', 'Doanh nghiệp'];

/**
 * A province's worth of rows for an import: `blocs` blocs under the unit `rootCode`, `unitsPerBloc` units
 * under each, and `users` people, one reporter per unit in turn. Codes, usernames and emails start with
 * `prefix`, so two imports into one province do not collide.
 */
export function importRows(options: { rootCode: string; blocs: number; unitsPerBloc: number; users: number; prefix?: string }): ImportRows {
  const prefix = options.prefix ?? 'NH';
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const units: string[][] = [];
  const unitCodes: string[] = [];
  for (let b = 1; b <= options.blocs; b += 1) {
    const bloc = `${prefix}-K${pad(b, 3)}`;
    units.push([bloc, `Khối nhập ${prefix} ${pad(b, 3)}`, 'Khối, ngành', '', options.rootCode, '']);
    for (let u = 1; u <= options.unitsPerBloc; u += 1) {
      const code = `${bloc}-D${pad(u, 3)}`;
      units.push([code, `Đơn vị ${prefix} ${pad(b, 3)}-${pad(u, 3)}`, 'Đơn vị', TYPES[u % TYPES.length], bloc, '']);
      unitCodes.push(code);
    }
  }
  const users: string[][] = [];
  const lower = prefix.toLowerCase();
  for (let i = 1; i <= options.users; i += 1) {
    users.push([`${lower}.nguoi${pad(i, 5)}`, `Người nhập ${pad(i, 5)}`, `${lower}.nguoi${pad(i, 5)}@nhap.test`, 'Cán bộ báo cáo đơn vị', unitCodes[(i - 1) % unitCodes.length]]);
  }
  return { units, users };
}

/** The rows as the template's workbook: a sheet "Đơn vị" and a sheet "Người dùng", headers on row 1. */
export async function importWorkbook(rows: ImportRows): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const units = workbook.addWorksheet('Đơn vị');
  units.addRow(IMPORT_UNIT_HEADERS);
  units.addRows(rows.units);
  const users = workbook.addWorksheet('Người dùng');
  users.addRow(IMPORT_USER_HEADERS);
  users.addRows(rows.users);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One table as CSV (UTF-8, comma-separated, quoted where needed). */
export function importCsv(headers: string[], rows: string[][]): Buffer {
  const cell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return Buffer.from([headers, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n', 'utf8');
}

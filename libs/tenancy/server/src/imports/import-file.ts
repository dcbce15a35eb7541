import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { badInput } from '@qcdc/shared/contracts';
import {
  IMPORT_COLUMNS,
  IMPORT_LIMITS,
  IMPORT_SHEETS,
  IMPORT_SHEET_NAMES,
  IMPORT_WORDS,
  ImportRawTable,
  ImportSheet,
  sheetNamed,
  sheetOfHeaders,
} from '@qcdc/tenancy/domain';

const unreadable = (why: string, whyEn: string) =>
  badInput(
    `Không đọc được tệp: ${why} Hãy lưu tệp ở dạng Excel (.xlsx) hoặc CSV (UTF-8) theo tệp mẫu rồi tải lên lại.`,
    `The file cannot be read: ${whyEn} Save it as Excel (.xlsx) or CSV (UTF-8) following the template and upload it again.`,
    { field: 'file', reason: 'UNREADABLE_FILE' },
  );

/** The cell as text, as a person reads it: a date as YYYY-MM-DD, a formula by its result, a link by its text. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value) {
    const result = (value as { result?: unknown }).result;
    return result instanceof Date ? result.toISOString().slice(0, 10) : String(result ?? '');
  }
  return cell.text ?? '';
}

/** The first non-blank row is the header; the rows below it are the data, with their numbers in the sheet. */
function tableOf(sheet: ImportSheet | null, rows: { row: number; cells: string[] }[]): ImportRawTable | null {
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  if (headerAt < 0) return null;
  const headers = rows[headerAt].cells;
  return { sheet: sheet ?? sheetOfHeaders(headers), headers, headerRow: rows[headerAt].row, rows: rows.slice(headerAt + 1) };
}

async function readWorkbook(bytes: Buffer): Promise<ImportRawTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('tệp Excel bị hỏng hoặc không phải .xlsx.', 'the Excel file is damaged or not an .xlsx.');
  }
  const sheets = workbook.worksheets;
  const named = sheets.filter((ws) => sheetNamed(ws.name) !== null);
  // A workbook of the template's sheets is read by their names; a workbook of one sheet, by its headers.
  const chosen = named.length > 0 ? named : sheets.slice(0, 1);
  const tables: ImportRawTable[] = [];
  for (const ws of chosen) {
    const rows: { row: number; cells: string[] }[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell)));
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    });
    const table = tableOf(named.length > 0 ? sheetNamed(ws.name) : null, rows);
    if (table) tables.push(table);
  }
  return tables;
}

function readCsv(bytes: Buffer): ImportRawTable[] {
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    throw unreadable('tệp CSV không ở dạng văn bản UTF-8.', 'the CSV file is not UTF-8 text.');
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    throw unreadable(`tệp CSV sai định dạng (${(error as Error).message}).`, `the CSV is malformed (${(error as Error).message}).`);
  }
  const table = tableOf(null, records.map((cells, i) => ({ row: i + 1, cells })));
  return table ? [table] : [];
}

/**
 * The tables of an uploaded file: an Excel workbook (the template's two sheets, or one sheet) or a CSV file
 * (one table, units or people by its headers). An unreadable file, an empty one or one over the row limit is
 * refused with BAD_USER_INPUT naming the file.
 */
export async function readImportFile(bytes: Buffer): Promise<ImportRawTable[]> {
  if (bytes.length === 0) throw unreadable('tệp rỗng.', 'the file is empty.');
  const zip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const oldExcel = bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
  if (oldExcel) throw unreadable('đây là tệp Excel cũ (.xls).', 'this is an old Excel file (.xls).');
  const tables = zip ? await readWorkbook(bytes) : readCsv(bytes);
  if (tables.length === 0 || tables.every((t) => t.rows.length === 0)) {
    throw unreadable('tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', 'the file has no data rows below its header row.');
  }
  const sheets = tables.map((t) => t.sheet);
  if (new Set(sheets).size !== sheets.length) {
    throw unreadable('tệp có hai bảng cùng loại (đơn vị hoặc người dùng).', 'the file has two tables of the same kind.');
  }
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  if (rows > IMPORT_LIMITS.rows) {
    throw badInput(
      `Tệp có ${rows} dòng, nhiều hơn giới hạn ${IMPORT_LIMITS.rows} dòng một lần. Hãy chia thành nhiều tệp.`,
      `The file has ${rows} rows, more than the ${IMPORT_LIMITS.rows} one import takes. Split it into several files.`,
      { field: 'file', reason: 'TOO_MANY_ROWS' },
    );
  }
  return tables;
}

/** The template: one sheet per table with the Vietnamese headers, and a sheet of notes listing the accepted words (the province's unit types among them). */
export async function importTemplate(unitTypeNames: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of IMPORT_SHEETS) {
    const ws = workbook.addWorksheet(IMPORT_SHEET_NAMES[sheet].vi);
    ws.columns = IMPORT_COLUMNS[sheet].map((c) => ({ header: c.required ? `${c.vi} *` : c.vi, key: c.key, width: Math.max(18, c.vi.length + 6) }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.columns = [{ width: 30 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Cột có dấu *', 'bắt buộc. Dòng 1 là dòng tiêu đề; mỗi dòng bên dưới là một đơn vị hoặc một người.'],
    ['Mã đơn vị', 'chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 32 ký tự), không trùng trong tỉnh, ví dụ SO-TC.'],
    ['Cấp', Object.values(IMPORT_WORDS.kind).join('; ')],
    ['Loại hình', `${unitTypeNames.join('; ')} (để trống cho khối, ngành)`],
    ['Mã đơn vị cấp trên', 'mã của một đơn vị đã có trong tỉnh, hoặc của một đơn vị trong tệp này.'],
    ['Ngày thành lập', 'năm-tháng-ngày, ví dụ 2026-07-01, cho đơn vị mới thành lập (chỉ phải báo cáo từ kỳ bắt đầu sau ngày đó); để trống cho đơn vị đã có từ trước (báo cáo mọi kỳ).'],
    ['Vai trò', Object.values(IMPORT_WORDS.role).join('; ')],
    ['Email', 'mỗi người một email; họ nhận thư mời đặt mật khẩu sau khi áp dụng.'],
    ['CSV', 'mỗi tệp CSV (UTF-8) là một bảng: đơn vị, hoặc người dùng (có cột Tên đăng nhập). Tiêu đề tiếng Anh cũng được chấp nhận.'],
  ];
  for (const line of lines) notes.addRow(line);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

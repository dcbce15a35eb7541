// One way to take any dashboard table away: CSV (UTF-8 with a byte-order mark, so that Excel reads the
// Vietnamese letters) and XLSX (exceljs, fetched only when the official asks for a workbook: it is large).

/** A column of an exported table: its heading and what a row holds in it. */
export interface ExportColumn<R> {
  header: string;
  value: (row: R) => string | number | null | undefined;
}

/** A table to export: a sheet name (also the CSV's), its columns and its rows. */
export interface ExportTable<R> {
  /** The file's name without its extension ("xep-hang-nam-2026"). */
  fileName: string;
  sheetName: string;
  columns: ExportColumn<R>[];
  rows: R[];
}

export const BOM = '\uFEFF';

/**
 * A text cell a spreadsheet would take for a formula ("=", "+", "-", "@", or a tab or carriage return
 * first) gets a leading apostrophe: a unit's name never runs as a formula on the committee's computer.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : defused(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The table as CSV: a byte-order mark, the headings, then one line per row (CRLF, RFC 4180 quoting). */
export function toCsv<R>(table: Pick<ExportTable<R>, 'columns' | 'rows'>): string {
  const lines = [table.columns.map((c) => csvField(c.header)), ...table.rows.map((row) => table.columns.map((c) => csvField(c.value(row))))];
  return BOM + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** Excel allows 31 characters in a sheet's name, and none of : \ / ? * [ ]. */
export function sheetNameOf(name: string): string {
  return name.replace(/[:\\/?*[\]]/gu, ' ').slice(0, 31).trim() || 'Sheet1';
}

/** The table as an XLSX workbook of one sheet: bold headings, the heading row frozen, numbers as numbers. */
export async function toXlsx<R>(table: ExportTable<R>): Promise<ArrayBuffer> {
  const mod = await import('exceljs');
  // The browser build is a CommonJS bundle: its exports arrive as the module's default.
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetNameOf(table.sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: Math.min(60, Math.max(10, c.header.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(table.columns.map((c) => {
      const value = c.value(row);
      return typeof value === 'string' ? defused(value) : (value ?? null);
    }));
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export type ExportFormat = 'csv' | 'xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file for `format`, as a Blob with its name. */
export async function exportFile<R>(table: ExportTable<R>, format: ExportFormat): Promise<{ blob: Blob; name: string }> {
  if (format === 'csv') return { blob: new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name: `${table.fileName}.csv` };
  return { blob: new Blob([await toXlsx(table)], { type: XLSX_TYPE }), name: `${table.fileName}.xlsx` };
}

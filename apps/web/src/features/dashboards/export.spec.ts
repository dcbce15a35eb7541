import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BOM, sheetNameOf, toCsv, toXlsx, type ExportTable } from './export';

interface Row {
  rank: number | null;
  code: string;
  name: string;
  score: number | null;
}

const TABLE: ExportTable<Row> = {
  fileName: 'xep-hang-nam-2026',
  sheetName: 'Xếp hạng đơn vị năm 2026',
  columns: [
    { header: 'Hạng', value: (r) => r.rank },
    { header: 'Mã đơn vị', value: (r) => r.code },
    { header: 'Tên đơn vị', value: (r) => r.name },
    { header: 'Điểm', value: (r) => r.score },
  ],
  rows: [
    { rank: 1, code: 'UBND-01', name: 'Ủy ban nhân dân xã Tân Phước Hưng, huyện Phụng Hiệp', score: 97.5 },
    { rank: 2, code: 'BTG', name: 'Ban Tuyên giáo "Đảng ủy Khối"\nkhối cơ quan', score: 88 },
    { rank: null, code: 'X', name: '=HYPERLINK("http://x")', score: null },
  ],
};

describe('CSV export', () => {
  it('starts with a byte-order mark and reads back as the table, Vietnamese, commas, quotes and line breaks included', () => {
    const csv = toCsv(TABLE);
    expect(csv.startsWith(BOM)).toBe(true);
    const records = parse(csv, { bom: true }) as string[][];
    expect(records).toEqual([
      ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Điểm'],
      ['1', 'UBND-01', 'Ủy ban nhân dân xã Tân Phước Hưng, huyện Phụng Hiệp', '97.5'],
      ['2', 'BTG', 'Ban Tuyên giáo "Đảng ủy Khối"\nkhối cơ quan', '88'],
      ['', 'X', `'=HYPERLINK("http://x")`, ''],
    ]);
  });

  it('of no rows is the headings alone', () => {
    expect(parse(toCsv({ ...TABLE, rows: [] }), { bom: true })).toEqual([['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Điểm']]);
  });

  it('keeps negative numbers as numbers but defuses text that starts like a formula', () => {
    const csv = toCsv({ columns: [{ header: 'a', value: (r: { v: string | number }) => r.v }], rows: [{ v: -3 }, { v: '-3' }, { v: '@x' }] });
    expect(parse(csv, { bom: true })).toEqual([['a'], ['-3'], [`'-3`], [`'@x`]]);
  });
});

describe('XLSX export', () => {
  it('opens in exceljs with one sheet: the headings, then the rows, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx(TABLE));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Xếp hạng đơn vị năm 2026']);
    const sheet = workbook.worksheets[0];
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Điểm']);
    expect(values(2)).toEqual([1, 'UBND-01', 'Ủy ban nhân dân xã Tân Phước Hưng, huyện Phụng Hiệp', 97.5]);
    expect(values(3)).toEqual([2, 'BTG', 'Ban Tuyên giáo "Đảng ủy Khối"\nkhối cơ quan', 88]);
    expect(values(4)).toEqual([undefined, 'X', `'=HYPERLINK("http://x")`]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(4);
  });

  it("names a sheet as Excel allows: 31 characters at most, none of : \\ / ? * [ ]", () => {
    expect(sheetNameOf('Tiến độ: khối [A/B]?')).toBe('Tiến độ  khối  A B');
    expect(sheetNameOf('x'.repeat(40))).toHaveLength(31);
    expect(sheetNameOf('***')).toBe('Sheet1');
  });
});

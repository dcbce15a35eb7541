import { DOCUMENT_FORMATS } from '@qcdc/reports/domain';
import { docxPart, docxText } from '@qcdc/shared/testing';
import { numberLine, placeAndDate, signatureLines } from '@qcdc/reports/domain';
import { renderDocx } from './render-docx';
import { sampleConsolidatedReport, sampleUnitReport } from './sample-documents';

const FIGURES = [
  '15/16 đ/c dự',
  '16/16 CBCC dự',
  '02 cuộc có 32/32 CBCC dự',
  '03 cuộc, có 45/48 lượt người dự',
  '01 chi bộ',
  '03 đ/c',
  '08 đ/c',
  '97 điểm',
];

describe.each(DOCUMENT_FORMATS)('renderDocx, %s format', (format) => {
  const doc = sampleUnitReport(format);
  let docx: Buffer;
  let text: string;
  beforeAll(async () => {
    docx = await renderDocx(doc);
    text = await docxText(docx);
  });

  it('keeps every heading, paragraph and bullet, headings of level 1 in upper case', () => {
    for (const block of doc.body) {
      if (block.kind === 'table') continue;
      const expected = block.kind === 'heading' && block.level === 1 ? block.text.toLocaleUpperCase('vi') : block.text;
      expect(text).toContain(block.kind === 'bullet' ? `- ${expected}` : expected);
    }
    expect(text).toContain('A/- KẾT QUẢ THỰC HIỆN NĂM 2006');
    expect(text).toContain('B/- HƯỚNG HOẠT ĐỘNG NĂM 2007');
    for (const section of ['I/-', 'II/-', 'III/-', 'IV/-', '2.1/-', '2.8/-']) expect(text).toContain(section);
  });

  it.each(FIGURES)('keeps the figure "%s" in its customary form', (figure) => {
    expect(text).toContain(figure);
  });

  it('keeps the diacritics, precomposed', () => {
    expect(text).toContain('Ban thanh tra nhân dân nhiệm kỳ 2006-2008');
    expect(text).toContain('Trần Văn Đức');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('writes the document kind, the subject, the issuer and the place and date', () => {
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(doc.subject);
    expect(text).toContain('ĐẢNG ỦY KHỐI CƠ QUAN TỈNH');
    expect(text).toContain('BAN THỰC HIỆN QCDC');
    expect(text).toContain('Vĩnh Long, ngày 15 tháng 12 năm 2006');
  });

  it('writes the recipients and the signature', () => {
    expect(text).toContain('Nơi nhận:');
    for (const r of doc.recipients) expect(text).toContain(`- ${r}`);
    const prefix = format === 'PARTY' ? 'T/M' : 'TM.';
    expect(text).toContain(`${prefix} BAN THỰC HIỆN QCDC`);
    expect(text).toContain('TRƯỞNG BAN');
    expect(text).toContain('Trần Văn Đức');
  });

  it('sets A4, the margins and Times New Roman 14 pt, justified with a first-line indent', async () => {
    const xml = await docxPart(docx, 'word/document.xml');
    const attrs = (tag: string): Record<string, number> => {
      const found = new RegExp(`<w:${tag} ([^>]*)/>`).exec(xml);
      if (!found) throw new Error(`no <w:${tag}> in word/document.xml`);
      return Object.fromEntries([...found[1].matchAll(/w:(\w+)="(\d+)"/g)].map(([, k, v]) => [k, Number(v)]));
    };
    const mm = (twips: number): number => (twips * 25.4) / 1440;
    const size = attrs('pgSz');
    expect([Math.round(mm(size.w)), Math.round(mm(size.h))]).toEqual([210, 297]);
    const margin = attrs('pgMar');
    expect(mm(margin.top)).toBeGreaterThanOrEqual(20 - 0.1);
    expect(mm(margin.top)).toBeLessThanOrEqual(25);
    expect(mm(margin.bottom)).toBeGreaterThanOrEqual(20 - 0.1);
    expect(mm(margin.bottom)).toBeLessThanOrEqual(25);
    expect(mm(margin.left)).toBeGreaterThanOrEqual(30 - 0.1);
    expect(mm(margin.left)).toBeLessThanOrEqual(35);
    expect(mm(margin.right)).toBeGreaterThanOrEqual(15 - 0.1);
    expect(mm(margin.right)).toBeLessThanOrEqual(20);
    expect(xml.includes('w:ascii="Times New Roman"')).toBe(true);
    expect(xml.includes('<w:sz w:val="28"/>')).toBe(true);
    expect(xml.includes('<w:jc w:val="both"/>')).toBe(true);
    expect(/w:firstLine="720"/.test(xml)).toBe(true);
    expect(xml.includes('<w:spacing w:after="120" w:line="288" w:lineRule="auto"/>')).toBe(true);
    expect(xml.includes('<w:titlePg/>')).toBe(true);
    const styles = await docxPart(docx, 'word/styles.xml');
    expect(styles).toContain('Times New Roman');
  });
});

describe('the header of each format', () => {
  it('STATE: the national name and motto, "Số:"', async () => {
    const text = await docxText(await renderDocx(sampleUnitReport('STATE')));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 07/BC-BTHQCDC');
    expect(text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('PARTY: "ĐẢNG CỘNG SẢN VIỆT NAM" underlined, a star under the issuer, "Số 07-BC/…"', async () => {
    const docx = await renderDocx(sampleUnitReport('PARTY'));
    const text = await docxText(docx);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('Số 07-BC/BTHQCDC');
    expect(text).toMatch(/^\*$/m);
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect((await docxPart(docx, 'word/document.xml')).includes('<w:u w:val="single"/>')).toBe(true);
  });

  it('numbers the pages in the header from page 2', async () => {
    const docx = await renderDocx(sampleUnitReport('STATE'));
    const headers = await Promise.all(['word/header1.xml', 'word/header2.xml'].map((p) => docxPart(docx, p)));
    expect(headers.filter((x) => x.includes('PAGE'))).toHaveLength(1);
  });

  it('normalises decomposed input to NFC', async () => {
    const doc = { ...sampleUnitReport('STATE'), subject: 'Tổng kết năm'.normalize('NFD') };
    expect(await docxText(await renderDocx(doc))).toContain('Tổng kết năm'.normalize('NFC'));
  });
});

describe('format rules', () => {
  it.each([
    ['STATE', 'ON_BEHALF', 'Ban X', ['TM. BAN X', 'TRƯỞNG BAN']],
    ['PARTY', 'ON_BEHALF', 'Ban X', ['T/M BAN X', 'TRƯỞNG BAN']],
    ['STATE', 'DEPUTY', 'Trưởng ban', ['KT. TRƯỞNG BAN', 'TRƯỞNG BAN']],
    ['PARTY', 'DEPUTY', null, ['K/T', 'TRƯỞNG BAN']],
    ['STATE', 'BY_ORDER', null, ['TL.', 'TRƯỞNG BAN']],
    ['PARTY', 'OWN', null, ['TRƯỞNG BAN']],
  ] as const)('%s %s (%s) signs as %j', (format, mode, onBehalfOf, above) => {
    const doc = { ...sampleUnitReport(format), signature: { mode, onBehalfOf, title: 'Trưởng ban', name: 'A' } };
    expect(signatureLines(doc).above).toEqual(above);
  });

  it.each([
    ['2006-12-15', 'Vĩnh Long, ngày 15 tháng 12 năm 2006'],
    ['2026-02-05', 'Vĩnh Long, ngày 05 tháng 02 năm 2026'],
    ['2026-03-09', 'Vĩnh Long, ngày 09 tháng 3 năm 2026'],
  ])('dates %s as "%s"', (iso, expected) => expect(placeAndDate('Vĩnh Long', iso)).toBe(expected));

  it('writes the number in each format, or the label alone when there is none', () => {
    expect(numberLine('STATE', '12/BC-BCĐ')).toBe('Số: 12/BC-BCĐ');
    expect(numberLine('PARTY', 'Số: 12-BC/BCĐ')).toBe('Số 12-BC/BCĐ');
    expect(numberLine('STATE', null)).toBe('Số: ........');
  });
});

describe('a consolidated report', () => {
  it('renders its table with borders, a repeated header row and every unit', async () => {
    const docx = await renderDocx(sampleConsolidatedReport('STATE', 20));
    const text = await docxText(docx);
    for (const n of [1, 7, 20]) expect(text).toContain(`Đơn vị số ${n}`);
    expect(text).toContain('III/- ĐƠN VỊ CHƯA NỘP BÁO CÁO');
    const xml = await docxPart(docx, 'word/document.xml');
    expect(xml.includes('<w:tblHeader/>')).toBe(true);
    expect(xml.includes('<w:insideH w:val="single"')).toBe(true);
  });
});

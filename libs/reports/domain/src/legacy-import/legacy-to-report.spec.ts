import { inputVerdict } from '@qcdc/shared/contracts';
import { DECREE_71_TEMPLATE, templateSections } from '../report-templates';
import { LEGACY_REPORT_2006_FIXTURE } from './legacy-report-2006.fixture';
import { LEGACY_FILE_MAX_BYTES, LEGACY_PASTE_MAX_CHARS, importLegacyReportInput, legacyFileKind, parseLegacyReportArgs } from './legacy-file';
import { LegacyHeaderBase, legacyDraftToReport, templateKeyOf } from './legacy-to-report';
import { parseLegacyReport } from './parse-legacy-report';

const BASE: LegacyHeaderBase = { format: 'PARTY', issuerParent: 'ĐẢNG ỦY KHỐI', issuer: 'VĂN PHÒNG', place: 'Thành phố Thử', issuedOn: '2006-12-15' };
const draft = parseLegacyReport(LEGACY_REPORT_2006_FIXTURE);

describe('legacyDraftToReport', () => {
  const report = legacyDraftToReport(draft, BASE);

  it('puts each heading’s text in the template section of the same key', () => {
    const keys = new Set(templateSections(DECREE_71_TEMPLATE).map((s) => s.key));
    expect(Object.keys(report.prose).every((k) => keys.has(k))).toBe(true);
    expect(report.prose['A.III.2.6']).toBe('Trong năm không có đơn khiếu nại, tố cáo.');
    expect(report.prose['A.IV.2']).toBe('Ban chưa sơ kết 6 tháng đầu năm.');
    expect(report.prose['A.I']).toContain('Tổng số cán bộ công chức của cơ quan là 16 đồng chí');
    expect(report.prose['B']).toBe('1/- Tiếp tục quán triệt Nghị định 71.\n2/- Tổ chức sơ kết 6 tháng và tổng kết năm.');
    // A heading whose line is all there is ("2.5/- Hội nghị … đã bầu …") keeps its words.
    expect(report.prose['A.III.2.5']).toContain('nhiệm kỳ 2006-2008');
    expect(report.templateCode).toBe('DECREE_71_2006');
  });

  it('makes the header from the unit’s part, the title, Nơi nhận and the T/M block', () => {
    expect(report.header).toEqual({
      ...BASE,
      number: null,
      subject: 'Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng năm 2007',
      recipients: ['Ban chỉ đạo tỉnh', 'Cấp ủy chi bộ', 'Lưu VT'],
      signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn Thử' },
    });
    const deputy = legacyDraftToReport({ ...draft, signer: { mode: 'K/T', body: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Hạnh' } }, BASE);
    expect(deputy.header?.signature).toEqual({ mode: 'DEPUTY', onBehalfOf: 'GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', name: 'Lê Thị Hạnh' });
  });

  it('leaves the header to the person when the signer or the unit’s part is missing', () => {
    expect(legacyDraftToReport({ ...draft, signer: null }, BASE).header).toBeNull();
    expect(legacyDraftToReport({ ...draft, signer: { mode: 'T/M', body: 'BAN', title: null, name: 'Ai Đó' } }, BASE).header).toBeNull();
    expect(legacyDraftToReport(draft, null).header).toBeNull();
  });

  it('keeps the figures as read, without the prose', () => {
    expect(report.imported).not.toHaveProperty('sections');
    expect(report.imported).toMatchObject({ year: 2006, selfScore: { value: 97 } });
    expect((report.imported['meetings'] as { attended: number }[]).map((m) => m.attended)).toEqual([15, 16, 32, 45]);
  });

  it('adds a heading the template does not have to its nearest parent, naming it', () => {
    const extra = legacyDraftToReport({ ...draft, sections: { 'A.III.3': { heading: 'Công tác khác:', text: 'Tham gia hội thao.' } } }, BASE);
    expect(extra.prose).toEqual({ 'A.III': 'Công tác khác:\nTham gia hội thao.' });
    expect(templateKeyOf('A.V')).toBe('A');
    expect(templateKeyOf('C')).toBeNull();
  });

  it('gives prose and a header the import’s input takes', () => {
    const input = { unitId: '00000000-0000-4000-8000-000000000001', periodId: '00000000-0000-4000-8000-000000000002', ...report };
    expect(inputVerdict(importLegacyReportInput, input)).toBe('ok');
  });
});

describe('legacyFileKind reads the content, not the name', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each<[string, Uint8Array, string]>([
    ['UTF-8 text', enc(LEGACY_REPORT_2006_FIXTURE), 'TEXT'],
    ['a Word document', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('....word/document.xml....')]), 'DOCX'],
    ['another ZIP', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('xl/workbook.xml'), 0]), 'FILE_TYPE_NOT_ALLOWED'],
    ['a PDF with binary', new Uint8Array([...enc('%PDF-1.4\n'), 0, 0xff]), 'FILE_TYPE_NOT_ALLOWED'],
    ['a text-only PDF', enc('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF'), 'FILE_TYPE_NOT_ALLOWED'],
    ['an RTF document', enc('{\\rtf1\\ansi BÁO CÁO}'), 'FILE_TYPE_NOT_ALLOWED'],
    ['Windows-1258 text', new Uint8Array([0x42, 0xc1, 0x4f, 0x20, 0xc3]), 'FILE_TYPE_NOT_ALLOWED'],
    ['too large', new Uint8Array(LEGACY_FILE_MAX_BYTES + 1).fill(0x41), 'FILE_TOO_LARGE'],
  ])('%s', (_name, bytes, verdict) => {
    let answer: string;
    try {
      answer = legacyFileKind(bytes);
    } catch (error) {
      answer = String((error as { details: Record<string, unknown> }).details['reason']);
    }
    expect(answer).toBe(verdict);
  });
});

describe('parseLegacyReportArgs', () => {
  it.each([
    ['the report', LEGACY_REPORT_2006_FIXTURE, 'ok'],
    ['a page break of Word', 'BÁO CÁO\fA/- KẾT QUẢ', 'ok'],
    ['a NUL', 'BÁO CÁO\u0000', 'BAD_USER_INPUT text'],
    ['more than a request carries', 'x'.repeat(LEGACY_PASTE_MAX_CHARS + 1), 'BAD_USER_INPUT text'],
  ])('%s', (_name, text, verdict) => {
    expect(inputVerdict(parseLegacyReportArgs, { text })).toBe(verdict);
  });
});

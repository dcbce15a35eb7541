import { parseInput } from '@qcdc/shared/contracts';
import type { DocumentBlock } from './official-document';
import {
  PROVINCE_REPORT_TEMPLATE,
  buildProvinceReportDocument,
  percentOf,
  percentText,
  proposedProvinceReportHeader,
  provinceReportFigures,
  saveProvinceReportInput,
  type ProvinceReportCounts,
} from './province-report';

const counts: ProvinceReportCounts = {
  unitsExpected: 6,
  unitsSubmitted: 4,
  unitsOnTime: 3,
  unitsApproved: 1,
  averageScore: 81.256,
  bandCounts: { TOT: 1, KHA: 2, YEU: 1 },
  activityCounts: { CUSTOM_KIND: 2, STAFF_CONFERENCE: 3, BRIEFING: 7 },
  notSubmitted: [
    { unitId: 'u5', code: 'DV5', name: 'Sở Tư pháp', blocName: 'Khối các cơ quan tỉnh' },
    { unitId: 'u6', code: 'DV6', name: 'Ủy ban Mặt trận Tổ quốc', blocName: null },
  ],
};
const header = proposedProvinceReportHeader('Tỉnh Vĩnh Long', { kind: 'YEAR', year: 2026, dueOn: '2026-12-20' });
const doc = buildProvinceReportDocument({
  period: { kind: 'YEAR', year: 2026 },
  figures: provinceReportFigures(counts),
  prose: { IV: 'Các đơn vị thực hiện nghiêm túc.\n- Còn 02 đơn vị nộp chậm', V: 'Tiếp tục tăng cường kiểm tra.', X: 'ignored' },
  header,
});

const blockText = (b: DocumentBlock) => (b.kind === 'table' ? [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n') : b.text);
function sectionText(heading: string): string {
  const start = doc.body.findIndex((b) => b.kind === 'heading' && b.text.startsWith(heading));
  const end = doc.body.findIndex((b, i) => i > start && b.kind === 'heading');
  return doc.body.slice(start + 1, end < 0 ? undefined : end).map(blockText).join('\n');
}

describe('provinceReportFigures', () => {
  it('takes each share of the units expected, with one decimal, and lists every band', () => {
    expect(provinceReportFigures(counts)).toMatchObject({
      submittedPercent: 66.7,
      onTimePercent: 50,
      approvedPercent: 16.7,
      averageScore: 81.26,
      bands: [
        { band: 'TOT', count: 1 },
        { band: 'KHA', count: 2 },
        { band: 'TRUNG_BINH', count: 0 },
        { band: 'YEU', count: 1 },
      ],
    });
  });

  it('has no share of nothing', () => {
    const none = provinceReportFigures({ ...counts, unitsExpected: 0, unitsSubmitted: 0, unitsOnTime: 0, unitsApproved: 0, averageScore: null });
    expect([none.submittedPercent, none.onTimePercent, none.approvedPercent, none.averageScore]).toEqual([null, null, null, null]);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentText(66.7)).toBe('66,7%');
    expect(percentText(null)).toBe('-');
  });
});

describe('buildProvinceReportDocument', () => {
  it('writes the five sections in order', () => {
    expect(doc.body.filter((b) => b.kind === 'heading').map(blockText)).toEqual([
      'I/- Tình hình chung',
      'II/- Kết quả thực hiện năm 2026',
      'III/- Đơn vị chưa nộp báo cáo',
      'IV/- Đánh giá chung',
      'V/- Phương hướng năm 2027',
    ]);
    expect(PROVINCE_REPORT_TEMPLATE.sections.filter((s) => s.proseRequired).map((s) => s.key)).toEqual(['IV', 'V']);
  });

  it('sums up the submissions in I', () => {
    expect(sectionText('I/-')).toBe(
      'Toàn tỉnh có 06 đơn vị phải báo cáo kết quả thực hiện quy chế dân chủ năm 2026; đã nộp 04 đơn vị (66,7%), nộp đúng hạn 03 đơn vị (50%), đã được duyệt 01 đơn vị (16,7%).',
    );
  });

  it('tables the figures, the bands and the content groups in II', () => {
    expect(sectionText('II/-')).toBe(
      [
        'Chỉ tiêu | Số đơn vị | Tỷ lệ',
        'Phải báo cáo | 6 | 100%',
        'Đã nộp báo cáo | 4 | 66,7%',
        'Nộp đúng hạn | 3 | 50%',
        'Đã được duyệt | 1 | 16,7%',
        'Điểm tự chấm bình quân của các đơn vị đã nộp là 81,26 điểm; xếp loại như sau:',
        'Xếp loại | Số đơn vị | Tỷ lệ',
        'Tốt | 1 | 25%',
        'Khá | 2 | 50%',
        'Trung bình | 0 | 0%',
        'Yếu | 1 | 25%',
        'Các hoạt động đơn vị đã nộp ghi nhận trong kỳ, theo nhóm nội dung:',
        'Nhóm nội dung | Số hoạt động',
        'Phổ biến, quán triệt | 7',
        'Hội nghị cán bộ, công chức | 3',
        'CUSTOM_KIND | 2',
      ].join('\n'),
    );
  });

  it('lists the units that did not submit in III, or says all did', () => {
    expect(sectionText('III/-')).toBe(
      ['Còn 02 đơn vị chưa nộp báo cáo:', 'STT | Mã | Đơn vị | Khối', '1 | DV5 | Sở Tư pháp | Khối các cơ quan tỉnh', '2 | DV6 | Ủy ban Mặt trận Tổ quốc | '].join('\n'),
    );
    const all = buildProvinceReportDocument({
      period: { kind: 'SIX_MONTH', year: 2026 },
      figures: provinceReportFigures({ ...counts, notSubmitted: [] }),
      prose: {},
      header,
    });
    expect(all.body.map(blockText)).toContain('Tất cả các đơn vị phải báo cáo đều đã nộp báo cáo.');
    expect(all.body.map(blockText)).toContain('V/- Phương hướng 6 tháng cuối năm 2026');
  });

  it("keeps the committee's prose in its section, bullets as bullets, and nothing of unknown sections", () => {
    expect(sectionText('IV/-')).toBe('Các đơn vị thực hiện nghiêm túc.\nCòn 02 đơn vị nộp chậm');
    expect(doc.body.find((b) => b.kind === 'bullet')).toEqual({ kind: 'bullet', text: 'Còn 02 đơn vị nộp chậm' });
    expect(sectionText('V/-')).toBe('Tiếp tục tăng cường kiểm tra.');
    expect(doc.body.map(blockText).join('\n')).not.toContain('ignored');
  });

  it('says there is no average yet when nobody submitted', () => {
    const none = buildProvinceReportDocument({
      period: { kind: 'YEAR', year: 2026 },
      figures: provinceReportFigures({ ...counts, unitsSubmitted: 0, unitsOnTime: 0, unitsApproved: 0, averageScore: null, bandCounts: {} }),
      prose: {},
      header,
    });
    expect(none.body.map(blockText)).toContain('Chưa có đơn vị nào nộp báo cáo nên chưa có điểm bình quân.');
  });

  it('proposes a header of the province committee', () => {
    expect(doc).toMatchObject({
      format: 'PARTY',
      issuer: 'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ TỈNH VĨNH LONG',
      place: 'Vĩnh Long',
      issuedOn: '2026-12-20',
      documentKind: 'BÁO CÁO',
      subject: 'Tổng hợp kết quả thực hiện quy chế dân chủ ở cơ sở năm 2026',
    });
  });
});

describe('saveProvinceReportInput', () => {
  const periodId = '0b7a4f9e-6f2c-4c53-9d5e-2f1f1c0d3a11';
  it('takes the prose of the template’s sections and clears blank ones', () => {
    expect(parseInput(saveProvinceReportInput, { periodId, expectedVersion: 0, prose: { IV: ' Tốt. ', V: '  ' } }).prose).toEqual({ IV: 'Tốt.', V: null });
  });

  it('refuses a section the template does not have, naming the ones it has', () => {
    expect(() => parseInput(saveProvinceReportInput, { periodId, expectedVersion: 0, prose: { 'III.2': 'x' } })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'prose', reason: 'UNKNOWN_SECTION' } }),
    );
    expect(() => parseInput(saveProvinceReportInput, { periodId, expectedVersion: 0, prose: { 'III.2': 'x' } })).toThrow(
      'Báo cáo tổng hợp không có mục "III.2"; hãy dùng một trong các mục: I, II, III, IV, V.',
    );
  });
});

// Sample documents in the 2006 yearly report's structure (own wording), for the tests and the render bench:
// a unit's yearly report and a province's consolidated report (the domain's builder) listing every unit.
import {
  type DocumentBlock,
  type DocumentFormat,
  type OfficialDocument,
  buildProvinceReportDocument,
  proposedProvinceReportHeader,
  provinceReportFigures,
} from '@qcdc/reports/domain';

const h = (level: 1 | 2 | 3, text: string): DocumentBlock => ({ kind: 'heading', level, text });
const p = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
const b = (text: string): DocumentBlock => ({ kind: 'bullet', text });

export function sampleUnitReport(format: DocumentFormat): OfficialDocument {
  return {
    format,
    issuerParent: 'Đảng ủy khối cơ quan tỉnh',
    issuer: 'Ban thực hiện QCDC',
    number: format === 'PARTY' ? '07-BC/BTHQCDC' : '07/BC-BTHQCDC',
    place: 'Vĩnh Long',
    issuedOn: '2006-12-15',
    documentKind: 'Báo cáo',
    subject: 'Kết quả thực hiện quy chế dân chủ ở cơ quan năm 2006 và hướng hoạt động năm 2007',
    body: [
      h(1, 'A/- Kết quả thực hiện năm 2006'),
      h(2, 'I/- Tình hình đơn vị'),
      p('Cơ quan có 16 cán bộ công chức, chia thành 4 bộ phận chuyên môn.'),
      b('Có 01 chi bộ cơ sở, cấp ủy 03 đ/c, 15 đảng viên.'),
      b('Công đoàn cơ sở có 16 đoàn viên, ban chấp hành 03 đ/c.'),
      h(2, 'II/- Vai trò lãnh đạo của cấp ủy và thủ trưởng'),
      p('Cấp ủy cùng thủ trưởng quán triệt các văn bản về quy chế dân chủ: tổ chức 01 cuộc có 15/16 đ/c dự (vắng 01 có lý do).'),
      h(2, 'III/- Kết quả thực hiện quy chế dân chủ'),
      h(3, '1/- Tổ chức và tuyên truyền'),
      p('Hội nghị cán bộ công chức đầu năm có 16/16 CBCC dự.'),
      h(3, '2/- Kết quả cụ thể'),
      h(3, '2.1/- Tuyên truyền'),
      p('Cán bộ, đảng viên hiểu rõ hơn quyền làm chủ của mình.'),
      h(3, '2.2/- Những việc công khai'),
      b('Triển khai nghị quyết được 02 cuộc có 32/32 CBCC dự.'),
      b('Các văn bản của cấp trên: tổng cộng 03 cuộc, có 45/48 lượt người dự.'),
      b('Tuyển dụng 01 đ/c, nâng lương 08 đ/c.'),
      h(3, '2.3/- Những việc cán bộ góp ý trước khi quyết định'),
      b('Cử đi học lý luận chính trị 02 đ/c.'),
      h(3, '2.4/- Những việc cán bộ giám sát, kiểm tra'),
      p('Công đoàn giám sát việc thực hiện nội quy cơ quan.'),
      h(3, '2.5/- Hội nghị cán bộ công chức'),
      p('Hội nghị bầu Ban thanh tra nhân dân nhiệm kỳ 2006-2008.'),
      h(3, '2.6/- Tiếp nhận góp ý, khiếu nại'),
      p('Không có khiếu nại, tố cáo trong năm.'),
      h(3, '2.7/- Niêm yết công khai'),
      p('Thủ tục liên hệ công tác được niêm yết tại công sở.'),
      h(3, '2.8/- Ban thanh tra nhân dân'),
      p('Ban thanh tra nhân dân có 3 đ/c, sơ kết 6 tháng và tổng kết năm.'),
      h(2, 'IV/- Nhận xét, đánh giá'),
      h(3, '1/- Ưu điểm'),
      p('Nội bộ đoàn kết, thống nhất. Ban thực hiện QCDC tự chấm 97 điểm.'),
      h(3, '2/- Hạn chế'),
      p('Chưa sơ kết 6 tháng đầu năm.'),
      h(3, '3/- Kiến nghị'),
      p('Đề nghị Ban chỉ đạo tỉnh mở lớp tập huấn.'),
      h(1, 'B/- Hướng hoạt động năm 2007'),
      p('1/- Tiếp tục quán triệt các văn bản về quy chế dân chủ.'),
      p('2/- Củng cố Ban thực hiện quy chế dân chủ.'),
      p('3/- Sơ kết 6 tháng, tổng kết năm, phát động thi đua.'),
    ],
    recipients: ['Ban chỉ đạo tỉnh (Ban Dân vận)', 'Ban chỉ đạo ĐUKCQ', 'Cấp ủy chi bộ', 'Lưu: VT'],
    signature: { mode: 'ON_BEHALF', onBehalfOf: 'Ban thực hiện QCDC', title: 'Trưởng ban', name: 'Trần Văn Đức' },
  };
}

/**
 * A province's consolidated report as the reports domain builds it (buildProvinceReportDocument), at its
 * longest: `units` units expected and none submitted yet, so section III lists every one of them.
 */
export function sampleConsolidatedReport(format: DocumentFormat, units: number): OfficialDocument {
  const notSubmitted = Array.from({ length: units }, (_, i) => ({
    unitId: `unit-${i + 1}`,
    code: `DV${String(i + 1).padStart(4, '0')}`,
    name: `Đơn vị số ${i + 1}`,
    blocName: `Khối ${(i % 5) + 1}`,
  }));
  const period = { kind: 'YEAR' as const, year: 2006, dueOn: '2006-12-15' };
  return buildProvinceReportDocument({
    period,
    figures: provinceReportFigures({
      unitsExpected: units,
      unitsSubmitted: 0,
      unitsOnTime: 0,
      unitsApproved: 0,
      averageScore: null,
      bandCounts: {},
      activityCounts: {},
      notSubmitted,
    }),
    prose: {
      I: 'Ban chỉ đạo tỉnh đã ban hành kế hoạch và hướng dẫn các đơn vị báo cáo đúng hạn.',
      IV: 'Các đơn vị cơ bản thực hiện tốt quy chế dân chủ ở cơ sở.',
      V: 'Tiếp tục đôn đốc các đơn vị chưa nộp báo cáo.',
    },
    header: { ...proposedProvinceReportHeader('Tỉnh Vĩnh Long', period), format },
  });
}

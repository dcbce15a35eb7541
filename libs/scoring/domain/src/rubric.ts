/** The content groups of the law (10/2022/QH15) plus leadership, the staff conference and results. */
export const CONTENT_GROUPS = [
  'LEADERSHIP', // lãnh đạo, tuyên truyền
  'DISCLOSURE', // công khai
  'DISCUSS_DECIDE', // bàn và quyết định
  'OPINIONS', // tham gia ý kiến
  'INSPECTION', // kiểm tra, giám sát
  'STAFF_CONFERENCE', // hội nghị cán bộ, công chức, viên chức
  'RESULTS', // kết quả
] as const;
export type ContentGroup = (typeof CONTENT_GROUPS)[number];

/** A province edits a DRAFT rubric; units score against a PUBLISHED one. */
export const RUBRIC_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type RubricStatus = (typeof RUBRIC_STATUSES)[number];

export interface CriterionDefinition {
  code: string;
  title: string;
  contentGroup: ContentGroup;
  maxPoints: number;
  evidenceHint: string;
  legalReference: string | null;
}

/**
 * The default 100-point rubric, weights from DOMAIN.md (15/20/10/15/15/15/10). No official national rubric
 * exists; a province adopts this one and edits it.
 */
export const DEFAULT_RUBRIC: readonly CriterionDefinition[] = [
  c('1.1', 'Xây dựng kế hoạch thực hiện dân chủ ở cơ sở trong năm', 'LEADERSHIP', 7, 'Kế hoạch năm', 'Điều 5 Luật 10/2022/QH15'),
  c('1.2', 'Quán triệt, tuyên truyền văn bản về dân chủ ở cơ sở cho cán bộ, công chức', 'LEADERSHIP', 8, 'Biên bản hội nghị quán triệt', null),
  c('2.1', 'Công khai kế hoạch công tác, dự toán và quyết toán ngân sách', 'DISCLOSURE', 10, 'Ảnh niêm yết, văn bản công khai', 'Điều 11 Luật 10/2022/QH15'),
  c('2.2', 'Công khai tuyển dụng, bổ nhiệm, nâng lương, khen thưởng, kỷ luật', 'DISCLOSURE', 10, 'Thông báo công khai', 'Điều 11 Luật 10/2022/QH15'),
  c('3.1', 'Cán bộ, công chức bàn và quyết định các nội dung theo quy định', 'DISCUSS_DECIDE', 10, 'Biên bản biểu quyết', 'Điều 13 Luật 10/2022/QH15'),
  c('4.1', 'Lấy ý kiến về kế hoạch công tác, quy chế chi tiêu nội bộ', 'OPINIONS', 8, 'Phiếu lấy ý kiến, tổng hợp ý kiến', 'Điều 15 Luật 10/2022/QH15'),
  c('4.2', 'Lấy ý kiến về công tác cán bộ, thi đua, thực hành tiết kiệm', 'OPINIONS', 7, 'Biên bản lấy ý kiến', null),
  c('5.1', 'Ban thanh tra nhân dân hoạt động theo chương trình', 'INSPECTION', 8, 'Chương trình, báo cáo của Ban TTND', 'Điều 17 Luật 10/2022/QH15'),
  c('5.2', 'Kiểm tra, giám sát việc thực hiện quy chế dân chủ', 'INSPECTION', 7, 'Biên bản kiểm tra', null),
  c('6.1', 'Tổ chức hội nghị cán bộ, công chức, viên chức đúng thời hạn', 'STAFF_CONFERENCE', 10, 'Biên bản hội nghị', 'Điều 53 Nghị định 59/2023/NĐ-CP'),
  c('6.2', 'Thực hiện nghị quyết hội nghị cán bộ, công chức', 'STAFF_CONFERENCE', 5, 'Báo cáo thực hiện nghị quyết', null),
  c('7.1', 'Sơ kết 6 tháng, tổng kết năm thực hiện dân chủ ở cơ sở', 'RESULTS', 5, 'Báo cáo sơ kết, tổng kết', null),
  c('7.2', 'Giải quyết khiếu nại, tố cáo, kiến nghị đúng hạn', 'RESULTS', 5, 'Sổ theo dõi đơn thư', null),
];

function c(
  code: string,
  title: string,
  contentGroup: ContentGroup,
  maxPoints: number,
  evidenceHint: string,
  legalReference: string | null,
): CriterionDefinition {
  return { code, title, contentGroup, maxPoints, evidenceHint, legalReference };
}

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

/**
 * The kinds of activity a unit records (docs/DOMAIN.md), as codes: a criterion names the kinds that
 * evidence it. Strings here, because scoring never imports the activities domain; tools/vocabulary/activity-kinds.spec.ts
 * keeps them equal to the activities registry.
 */
export const ACTIVITY_KIND_CODES = [
  'BRIEFING', // hội nghị quán triệt, tuyên truyền
  'DISCLOSURE', // công khai
  'CONSULTATION', // lấy ý kiến
  'STAFF_DECISION', // bàn và quyết định
  'INSPECTION', // kiểm tra, giám sát
  'STAFF_CONFERENCE', // hội nghị CBCCVC
  'COMPLAINT_CASE', // khiếu nại, tố cáo
  'TRAINING_PERSONNEL', // đào tạo, nâng lương, tuyển dụng
] as const;
export type ActivityKindCode = (typeof ACTIVITY_KIND_CODES)[number];

/**
 * The figures the records give for a unit and a period, which measurable criteria and veto rules read.
 * The scoring service counts them from the unit's activities in the period's data window.
 */
export const MEASURES = [
  'BRIEFING_PRESENT', // lượt người dự các hội nghị quán triệt
  'BRIEFING_ELIGIBLE', // lượt người được triệu tập
  'PLAN_BUDGET_DISCLOSURES', // lần công khai kế hoạch, dự toán, quyết toán
  'PERSONNEL_DISCLOSURES', // lần công khai tuyển dụng, bổ nhiệm, nâng lương, khen thưởng, kỷ luật
  'STAFF_DECISIONS_TAKEN', // nội dung cán bộ bàn và quyết định
  'CONSULTATIONS_HELD', // lần lấy ý kiến
  'PEOPLES_INSPECTION_SESSIONS', // kỳ hoạt động của Ban thanh tra nhân dân
  'INSPECTION_FINDINGS_OPEN', // kết luận kiểm tra chưa khắc phục
  'STAFF_CONFERENCES_HELD', // hội nghị CBCCVC đã tổ chức
  'SIX_MONTH_REVIEW_HELD', // sơ kết 6 tháng: 1 nếu đã tổ chức
  'COMPLAINTS_IN_JURISDICTION', // đơn khiếu nại, tố cáo thuộc thẩm quyền
  'COMPLAINTS_RESOLVED', // đơn đã giải quyết
  'SERIOUS_VIOLATIONS', // vi phạm nghiêm trọng do cấp trên kết luận
] as const;
export type Measure = (typeof MEASURES)[number];

/** A measure not counted is 0: nothing of it was recorded. */
export type Measures = Readonly<Partial<Record<Measure, number>>>;

export const SCORING_METHODS = ['MANUAL', 'YES_NO', 'RATIO', 'COUNT_AT_LEAST', 'DEDUCTION'] as const;
export type ScoringMethodKind = (typeof SCORING_METHODS)[number];

/**
 * How a criterion is scored, with its parameters. Every method but MANUAL suggests a score from the
 * measures (`suggestedScore`); the person scoring decides.
 */
export type ScoringMethod =
  /** Scored by hand only. */
  | { kind: 'MANUAL' }
  /** Full points when the measure is at least 1, else 0. */
  | { kind: 'YES_NO'; measure: Measure }
  /**
   * Points in proportion to part / whole, full from `fullAt` (0 to 1) up. `whenNone` says what a whole of 0
   * earns: FULL where having nothing is the good outcome (no complaints), ZERO where it is the failing.
   */
  | { kind: 'RATIO'; part: Measure; whole: Measure; fullAt: number; whenNone: 'FULL' | 'ZERO' }
  /** Full points from `atLeast` up, in proportion below it. */
  | { kind: 'COUNT_AT_LEAST'; measure: Measure; atLeast: number }
  /** Full points less `pointsEach` per occurrence of the measure, never below 0. */
  | { kind: 'DEDUCTION'; measure: Measure; pointsEach: number };

export interface CriterionDefinition {
  code: string;
  title: string;
  contentGroup: ContentGroup;
  /**
   * The criterion this one is a sub-criterion of, in the same content group, or null. A parent is scored
   * through its sub-criteria: its maximum is theirs added up and its method is MANUAL.
   */
  parentCode: string | null;
  maxPoints: number;
  method: ScoringMethod;
  /** The activity kinds that evidence this criterion; empty when no record does. */
  activityKinds: readonly ActivityKindCode[];
  evidenceHint: string;
  legalReference: string | null;
  /** The code of last year's criterion this one continues, so trends stay comparable; null for a new one. */
  previousCode: string | null;
}

const MANUAL: ScoringMethod = { kind: 'MANUAL' };

/**
 * The default 100-point rubric, weights from DOMAIN.md (15/20/10/15/15/15/10), flat (no sub-criteria). No
 * official national rubric exists; a province adopts this one and edits it. It continues no earlier rubric.
 */
export const DEFAULT_RUBRIC: readonly CriterionDefinition[] = [
  c('1.1', 'Xây dựng kế hoạch thực hiện dân chủ ở cơ sở trong năm', 'LEADERSHIP', 7, MANUAL, [], 'Kế hoạch năm', 'Điều 5 Luật 10/2022/QH15'),
  c(
    '1.2',
    'Quán triệt, tuyên truyền văn bản về dân chủ ở cơ sở cho cán bộ, công chức',
    'LEADERSHIP',
    8,
    { kind: 'RATIO', part: 'BRIEFING_PRESENT', whole: 'BRIEFING_ELIGIBLE', fullAt: 0.9, whenNone: 'ZERO' },
    ['BRIEFING'],
    'Biên bản hội nghị quán triệt',
    null,
  ),
  c(
    '2.1',
    'Công khai kế hoạch công tác, dự toán và quyết toán ngân sách',
    'DISCLOSURE',
    10,
    { kind: 'COUNT_AT_LEAST', measure: 'PLAN_BUDGET_DISCLOSURES', atLeast: 2 },
    ['DISCLOSURE'],
    'Ảnh niêm yết, văn bản công khai',
    'Điều 11 Luật 10/2022/QH15',
  ),
  c(
    '2.2',
    'Công khai tuyển dụng, bổ nhiệm, nâng lương, khen thưởng, kỷ luật',
    'DISCLOSURE',
    10,
    { kind: 'COUNT_AT_LEAST', measure: 'PERSONNEL_DISCLOSURES', atLeast: 1 },
    ['DISCLOSURE', 'TRAINING_PERSONNEL'],
    'Thông báo công khai',
    'Điều 11 Luật 10/2022/QH15',
  ),
  c(
    '3.1',
    'Cán bộ, công chức bàn và quyết định các nội dung theo quy định',
    'DISCUSS_DECIDE',
    10,
    { kind: 'COUNT_AT_LEAST', measure: 'STAFF_DECISIONS_TAKEN', atLeast: 1 },
    ['STAFF_DECISION'],
    'Biên bản biểu quyết',
    'Điều 13 Luật 10/2022/QH15',
  ),
  c(
    '4.1',
    'Lấy ý kiến về kế hoạch công tác, quy chế chi tiêu nội bộ',
    'OPINIONS',
    8,
    { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 },
    ['CONSULTATION'],
    'Phiếu lấy ý kiến, tổng hợp ý kiến',
    'Điều 15 Luật 10/2022/QH15',
  ),
  c('4.2', 'Lấy ý kiến về công tác cán bộ, thi đua, thực hành tiết kiệm', 'OPINIONS', 7, MANUAL, ['CONSULTATION'], 'Biên bản lấy ý kiến', null),
  c(
    '5.1',
    'Ban thanh tra nhân dân hoạt động theo chương trình',
    'INSPECTION',
    8,
    { kind: 'COUNT_AT_LEAST', measure: 'PEOPLES_INSPECTION_SESSIONS', atLeast: 2 },
    ['INSPECTION'],
    'Chương trình, báo cáo của Ban TTND',
    'Điều 17 Luật 10/2022/QH15',
  ),
  c(
    '5.2',
    'Kiểm tra, giám sát việc thực hiện quy chế dân chủ',
    'INSPECTION',
    7,
    { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 2 },
    ['INSPECTION'],
    'Biên bản kiểm tra',
    null,
  ),
  c(
    '6.1',
    'Tổ chức hội nghị cán bộ, công chức, viên chức đúng thời hạn',
    'STAFF_CONFERENCE',
    10,
    { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' },
    ['STAFF_CONFERENCE'],
    'Biên bản hội nghị',
    'Điều 53 Nghị định 59/2023/NĐ-CP',
  ),
  c('6.2', 'Thực hiện nghị quyết hội nghị cán bộ, công chức', 'STAFF_CONFERENCE', 5, MANUAL, ['STAFF_CONFERENCE'], 'Báo cáo thực hiện nghị quyết', null),
  c(
    '7.1',
    'Sơ kết 6 tháng, tổng kết năm thực hiện dân chủ ở cơ sở',
    'RESULTS',
    5,
    { kind: 'YES_NO', measure: 'SIX_MONTH_REVIEW_HELD' },
    [],
    'Báo cáo sơ kết, tổng kết',
    null,
  ),
  c(
    '7.2',
    'Giải quyết khiếu nại, tố cáo, kiến nghị đúng hạn',
    'RESULTS',
    5,
    { kind: 'RATIO', part: 'COMPLAINTS_RESOLVED', whole: 'COMPLAINTS_IN_JURISDICTION', fullAt: 1, whenNone: 'FULL' },
    ['COMPLAINT_CASE'],
    'Sổ theo dõi đơn thư',
    null,
  ),
];

function c(
  code: string,
  title: string,
  contentGroup: ContentGroup,
  maxPoints: number,
  method: ScoringMethod,
  activityKinds: readonly ActivityKindCode[],
  evidenceHint: string,
  legalReference: string | null,
): CriterionDefinition {
  return { code, title, contentGroup, parentCode: null, maxPoints, method, activityKinds, evidenceHint, legalReference, previousCode: null };
}

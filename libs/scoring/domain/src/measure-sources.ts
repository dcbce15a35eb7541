import { ActivityKindCode, CriterionDefinition, Measure, Measures } from './rubric';

/**
 * Where each measure comes from: the figure of an activity kind that it adds up over the unit's activities in
 * the period's data window (the figures' names are the contract with the activities service). The six-month
 * review is no activity: it is held when the unit's report of the year's SIX_MONTH period is frozen (submitted).
 */
export const MEASURE_SOURCES: Readonly<Record<Exclude<Measure, 'SIX_MONTH_REVIEW_HELD'>, { kind: ActivityKindCode; figure: string }>> = {
  BRIEFING_PRESENT: { kind: 'BRIEFING', figure: 'present' },
  BRIEFING_ELIGIBLE: { kind: 'BRIEFING', figure: 'eligible' },
  PLAN_BUDGET_DISCLOSURES: { kind: 'DISCLOSURE', figure: 'planBudget' },
  PERSONNEL_DISCLOSURES: { kind: 'DISCLOSURE', figure: 'personnel' },
  STAFF_DECISIONS_TAKEN: { kind: 'STAFF_DECISION', figure: 'passed' },
  CONSULTATIONS_HELD: { kind: 'CONSULTATION', figure: 'consultations' },
  PEOPLES_INSPECTION_SESSIONS: { kind: 'INSPECTION', figure: 'peoplesInspection' },
  INSPECTION_FINDINGS_OPEN: { kind: 'INSPECTION', figure: 'open' },
  STAFF_CONFERENCES_HELD: { kind: 'STAFF_CONFERENCE', figure: 'regular' },
  COMPLAINTS_IN_JURISDICTION: { kind: 'COMPLAINT_CASE', figure: 'inJurisdiction' },
  COMPLAINTS_RESOLVED: { kind: 'COMPLAINT_CASE', figure: 'resolvedInJurisdiction' },
  SERIOUS_VIOLATIONS: { kind: 'INSPECTION', figure: 'seriousViolations' },
};

/** The measures counted from activities, in MEASURES order. */
export const ACTIVITY_MEASURES = Object.keys(MEASURE_SOURCES) as (keyof typeof MEASURE_SOURCES)[];

const MEASURE_WORDS: Record<Measure, string> = {
  BRIEFING_PRESENT: 'lượt người dự',
  BRIEFING_ELIGIBLE: 'lượt người được triệu tập',
  PLAN_BUDGET_DISCLOSURES: 'lần công khai kế hoạch, ngân sách',
  PERSONNEL_DISCLOSURES: 'lần công khai công tác cán bộ',
  STAFF_DECISIONS_TAKEN: 'nội dung được bàn và quyết định',
  CONSULTATIONS_HELD: 'lần lấy ý kiến',
  PEOPLES_INSPECTION_SESSIONS: 'kỳ hoạt động của Ban TTND',
  INSPECTION_FINDINGS_OPEN: 'kết luận kiểm tra chưa khắc phục',
  STAFF_CONFERENCES_HELD: 'hội nghị CBCCVC',
  SIX_MONTH_REVIEW_HELD: 'sơ kết 6 tháng',
  COMPLAINTS_IN_JURISDICTION: 'đơn thuộc thẩm quyền',
  COMPLAINTS_RESOLVED: 'đơn đã giải quyết',
  SERIOUS_VIOLATIONS: 'vi phạm nghiêm trọng',
};

/**
 * The short Vietnamese line saying what a suggested score rests on, e.g. "Tỷ lệ dự 45/48 (94%)"; null for a
 * MANUAL criterion.
 */
export function suggestionBasis(criterion: Pick<CriterionDefinition, 'method'>, measures: Measures): string | null {
  const { method } = criterion;
  const count = (m: Measure) => measures[m] ?? 0;
  switch (method.kind) {
    case 'MANUAL':
      return null;
    case 'YES_NO':
      if (method.measure === 'SIX_MONTH_REVIEW_HELD') return count(method.measure) >= 1 ? 'Đã sơ kết 6 tháng' : 'Chưa sơ kết 6 tháng';
      if (method.measure === 'STAFF_CONFERENCES_HELD') {
        return count(method.measure) >= 1 ? 'Đã tổ chức hội nghị CBCCVC' : 'Chưa tổ chức hội nghị CBCCVC';
      }
      return `${MEASURE_WORDS[method.measure]}: ${count(method.measure)}`;
    case 'RATIO': {
      const part = count(method.part);
      const whole = count(method.whole);
      const label = method.part === 'BRIEFING_PRESENT' ? 'Tỷ lệ dự' : method.part === 'COMPLAINTS_RESOLVED' ? 'Đã giải quyết' : 'Tỷ lệ';
      if (whole === 0) return method.part === 'COMPLAINTS_RESOLVED' ? 'Không có đơn thuộc thẩm quyền' : `${label}: chưa có số liệu`;
      return `${label} ${part}/${whole} (${Math.round((part / whole) * 100)}%)`;
    }
    case 'COUNT_AT_LEAST':
      return `${count(method.measure)}/${method.atLeast} ${MEASURE_WORDS[method.measure]}`;
    case 'DEDUCTION':
      return `${count(method.measure)} ${MEASURE_WORDS[method.measure]}, trừ ${method.pointsEach} điểm mỗi lần`;
  }
}

import { ACTIVITY_MEASURES, MEASURE_SOURCES, suggestionBasis } from './measure-sources';
import { ACTIVITY_KIND_CODES, MEASURES, Measures, ScoringMethod } from './rubric';

describe('MEASURE_SOURCES', () => {
  it('sources every measure but the six-month review from an activity kind’s figure', () => {
    expect([...ACTIVITY_MEASURES, 'SIX_MONTH_REVIEW_HELD'].sort()).toEqual([...MEASURES].sort());
    for (const source of Object.values(MEASURE_SOURCES)) expect(ACTIVITY_KIND_CODES).toContain(source.kind);
  });

  it.each([
    ['BRIEFING_PRESENT', 'BRIEFING', 'present'],
    ['STAFF_CONFERENCES_HELD', 'STAFF_CONFERENCE', 'regular'],
    ['COMPLAINTS_RESOLVED', 'COMPLAINT_CASE', 'resolvedInJurisdiction'],
    ['SERIOUS_VIOLATIONS', 'INSPECTION', 'seriousViolations'],
  ] as const)('%s = %s.%s', (measure, kind, figure) => expect(MEASURE_SOURCES[measure]).toEqual({ kind, figure }));
});

const attendance: ScoringMethod = { kind: 'RATIO', part: 'BRIEFING_PRESENT', whole: 'BRIEFING_ELIGIBLE', fullAt: 0.9, whenNone: 'ZERO' };
const complaints: ScoringMethod = { kind: 'RATIO', part: 'COMPLAINTS_RESOLVED', whole: 'COMPLAINTS_IN_JURISDICTION', fullAt: 1, whenNone: 'FULL' };

describe('suggestionBasis', () => {
  it.each<[string, ScoringMethod, Measures, string | null]>([
    ['manual', { kind: 'MANUAL' }, {}, null],
    ['attendance', attendance, { BRIEFING_PRESENT: 45, BRIEFING_ELIGIBLE: 48 }, 'Tỷ lệ dự 45/48 (94%)'],
    ['no briefing', attendance, {}, 'Tỷ lệ dự: chưa có số liệu'],
    ['complaints resolved', complaints, { COMPLAINTS_RESOLVED: 2, COMPLAINTS_IN_JURISDICTION: 3 }, 'Đã giải quyết 2/3 (67%)'],
    ['no complaint', complaints, {}, 'Không có đơn thuộc thẩm quyền'],
    ['conference held', { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' }, { STAFF_CONFERENCES_HELD: 1 }, 'Đã tổ chức hội nghị CBCCVC'],
    ['conference not held', { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' }, {}, 'Chưa tổ chức hội nghị CBCCVC'],
    ['six-month review held', { kind: 'YES_NO', measure: 'SIX_MONTH_REVIEW_HELD' }, { SIX_MONTH_REVIEW_HELD: 1 }, 'Đã sơ kết 6 tháng'],
    ['six-month review not held', { kind: 'YES_NO', measure: 'SIX_MONTH_REVIEW_HELD' }, {}, 'Chưa sơ kết 6 tháng'],
    ['count', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 }, { CONSULTATIONS_HELD: 1 }, '1/2 lần lấy ý kiến'],
    ['deduction', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 2 }, { INSPECTION_FINDINGS_OPEN: 1 }, '1 kết luận kiểm tra chưa khắc phục, trừ 2 điểm mỗi lần'],
  ])('%s', (_name, method, measures, expected) => expect(suggestionBasis({ method }, measures)).toBe(expected));
});

import { DEFAULT_RUBRIC, Measures, ScoringMethod } from './rubric';
import { suggestedScore } from './suggested-score';

const attendance: ScoringMethod = { kind: 'RATIO', part: 'BRIEFING_PRESENT', whole: 'BRIEFING_ELIGIBLE', fullAt: 0.9, whenNone: 'ZERO' };
const complaints: ScoringMethod = { kind: 'RATIO', part: 'COMPLAINTS_RESOLVED', whole: 'COMPLAINTS_IN_JURISDICTION', fullAt: 1, whenNone: 'FULL' };

describe('suggestedScore', () => {
  it.each<[string, ScoringMethod, number, Measures, number | null]>([
    ['manual', { kind: 'MANUAL' }, 7, { BRIEFING_PRESENT: 10 }, null],
    ['yes-no, held', { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' }, 10, { STAFF_CONFERENCES_HELD: 1 }, 10],
    ['yes-no, held twice', { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' }, 10, { STAFF_CONFERENCES_HELD: 2 }, 10],
    ['yes-no, not held', { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' }, 10, { STAFF_CONFERENCES_HELD: 0 }, 0],
    ['yes-no, not counted', { kind: 'YES_NO', measure: 'SIX_MONTH_REVIEW_HELD' }, 5, {}, 0],
    ['ratio at the full mark', attendance, 8, { BRIEFING_PRESENT: 90, BRIEFING_ELIGIBLE: 100 }, 8],
    ['ratio above it (2006: 108/112)', attendance, 8, { BRIEFING_PRESENT: 108, BRIEFING_ELIGIBLE: 112 }, 8],
    ['ratio below it', attendance, 8, { BRIEFING_PRESENT: 45, BRIEFING_ELIGIBLE: 100 }, 4],
    ['ratio, nobody came', attendance, 8, { BRIEFING_PRESENT: 0, BRIEFING_ELIGIBLE: 30 }, 0],
    ['ratio, no briefing: zero', attendance, 8, {}, 0],
    ['ratio, no complaint: full', complaints, 5, { COMPLAINTS_IN_JURISDICTION: 0 }, 5],
    ['ratio, 2 of 3 resolved', complaints, 5, { COMPLAINTS_RESOLVED: 2, COMPLAINTS_IN_JURISDICTION: 3 }, 3.33],
    ['count reached', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 }, 8, { CONSULTATIONS_HELD: 2 }, 8],
    ['count passed', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 }, 8, { CONSULTATIONS_HELD: 5 }, 8],
    ['count half way', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 }, 8, { CONSULTATIONS_HELD: 1 }, 4],
    ['count none', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 }, 8, {}, 0],
    ['deduction, none', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 2 }, 7, {}, 7],
    ['deduction, two', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 2 }, 7, { INSPECTION_FINDINGS_OPEN: 2 }, 3],
    ['deduction floored at 0', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 2 }, 7, { INSPECTION_FINDINGS_OPEN: 4 }, 0],
    ['deduction of a fraction', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 0.1 }, 7, { INSPECTION_FINDINGS_OPEN: 3 }, 6.7],
  ])('%s', (_name, method, maxPoints, measures, expected) => expect(suggestedScore({ maxPoints, method }, measures)).toBe(expected));

  it('suggests for the default rubric the 2006 unit’s scores but on 7.1 (no six-month review)', () => {
    const measures: Measures = {
      BRIEFING_PRESENT: 108,
      BRIEFING_ELIGIBLE: 112,
      PLAN_BUDGET_DISCLOSURES: 2,
      PERSONNEL_DISCLOSURES: 1,
      STAFF_DECISIONS_TAKEN: 1,
      CONSULTATIONS_HELD: 2,
      PEOPLES_INSPECTION_SESSIONS: 2,
      STAFF_CONFERENCES_HELD: 1,
      COMPLAINTS_IN_JURISDICTION: 0,
    };
    const suggested = Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, suggestedScore(c, measures)]));
    expect(suggested).toEqual({
      '1.1': null,
      '1.2': 8,
      '2.1': 10,
      '2.2': 10,
      '3.1': 10,
      '4.1': 8,
      '4.2': null,
      '5.1': 8,
      '5.2': 7,
      '6.1': 10,
      '6.2': null,
      '7.1': 0,
      '7.2': 5,
    });
  });
});

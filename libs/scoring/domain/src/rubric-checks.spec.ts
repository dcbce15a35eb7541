import { CriterionDefinition, DEFAULT_RUBRIC, ScoringMethod } from './rubric';
import { RubricDraft, rubricProblems } from './rubric-checks';
import { DEFAULT_VETO_RULES, VetoRule } from './vetoes';

const base: RubricDraft = { criteria: DEFAULT_RUBRIC, vetoRules: DEFAULT_VETO_RULES, previousYearCodes: null };

/** The default rubric with criterion `code` changed. */
const withCriterion = (code: string, change: Partial<CriterionDefinition>): RubricDraft => ({
  ...base,
  criteria: DEFAULT_RUBRIC.map((c) => (c.code === code ? { ...c, ...change } : c)),
});
const withMethod = (code: string, method: unknown) => withCriterion(code, { method: method as ScoringMethod });

/** 6.1 (10 points) split into 6.1.a (6) and 6.1.b (4). */
const split = (a: Partial<CriterionDefinition> = {}, b: Partial<CriterionDefinition> = {}): RubricDraft => {
  const parent = DEFAULT_RUBRIC.find((c) => c.code === '6.1') as CriterionDefinition;
  const child = { ...parent, parentCode: '6.1', method: { kind: 'MANUAL' } as const };
  return {
    ...base,
    criteria: [
      ...DEFAULT_RUBRIC.map((c) => (c.code === '6.1' ? { ...c, method: { kind: 'MANUAL' } as const } : c)),
      { ...child, code: '6.1.a', maxPoints: 6, ...a },
      { ...child, code: '6.1.b', maxPoints: 4, ...b },
    ],
  };
};
const veto = (change: Partial<VetoRule>): RubricDraft => ({ ...base, vetoRules: [{ ...DEFAULT_VETO_RULES[0], ...change }] });

describe('rubricProblems', () => {
  it.each<[string, RubricDraft, [string, string | null][]]>([
    ['the default rubric', base, []],
    ['a criterion mapped to one of last year’s', { ...withCriterion('1.1', { previousCode: '1.1' }), previousYearCodes: ['1.1', '1.2'] }, []],
    ['a rubric split into sub-criteria', split(), []],
    ['a criterion worth 2 more', withCriterion('1.1', { maxPoints: 9 }), [['TOTAL_NOT_100', null]]],
    ['a criterion worth 0 and the total short', withCriterion('1.1', { maxPoints: 0 }), [['TOTAL_NOT_100', null], ['MAX_POINTS_INVALID', '1.1']]],
    ['a code used twice', withCriterion('1.2', { code: '1.1' }), [['DUPLICATE_CODE', '1.1']]],
    ['a parent that does not exist', withCriterion('7.2', { parentCode: '7.9' }), [['TOTAL_NOT_100', null], ['PARENT_MISSING', '7.2']]],
    ['sub-criteria that do not add up', split({ maxPoints: 5 }), [['PARENT_POINTS_MISMATCH', '6.1']]],
    ['a sub-criterion in another group', split({ contentGroup: 'RESULTS' }), [['PARENT_OTHER_GROUP', '6.1.a']]],
    ['a sub-criterion of a sub-criterion', split({}, { parentCode: '6.1.a' }), [['PARENT_POINTS_MISMATCH', '6.1'], ['PARENT_POINTS_MISMATCH', '6.1.a'], ['PARENT_NESTED', '6.1.b']]],
    ['a parent with its own method', { ...split(), criteria: split().criteria.map((c) => (c.code === '6.1' ? DEFAULT_RUBRIC[9] : c)) }, [['PARENT_NOT_MANUAL', '6.1']]],
    ['an unknown measure', withMethod('6.1', { kind: 'YES_NO', measure: 'PARTIES_HELD' }), [['METHOD_INVALID', '6.1']]],
    ['a ratio of a measure to itself', withMethod('1.2', { kind: 'RATIO', part: 'BRIEFING_PRESENT', whole: 'BRIEFING_PRESENT', fullAt: 1, whenNone: 'ZERO' }), [['METHOD_INVALID', '1.2']]],
    ['a ratio full at 0', withMethod('1.2', { kind: 'RATIO', part: 'BRIEFING_PRESENT', whole: 'BRIEFING_ELIGIBLE', fullAt: 0, whenNone: 'ZERO' }), [['METHOD_INVALID', '1.2']]],
    ['a ratio full at 1.5', withMethod('1.2', { kind: 'RATIO', part: 'BRIEFING_PRESENT', whole: 'BRIEFING_ELIGIBLE', fullAt: 1.5, whenNone: 'ZERO' }), [['METHOD_INVALID', '1.2']]],
    ['a count of at least 0', withMethod('4.1', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 0 }), [['METHOD_INVALID', '4.1']]],
    ['a count of at least 1.5', withMethod('4.1', { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 1.5 }), [['METHOD_INVALID', '4.1']]],
    ['a deduction of 0', withMethod('5.2', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 0 }), [['METHOD_INVALID', '5.2']]],
    ['a deduction above the maximum', withMethod('5.2', { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN', pointsEach: 8 }), [['METHOD_INVALID', '5.2']]],
    ['a method that does not exist', withMethod('1.1', { kind: 'GUESS' }), [['METHOD_INVALID', '1.1']]],
    ['an activity kind that does not exist', withCriterion('1.2', { activityKinds: ['PICNIC' as 'BRIEFING'] }), [['ACTIVITY_KIND_UNKNOWN', '1.2']]],
    ['a mapping to a code last year lacked', { ...withCriterion('1.1', { previousCode: '1.9' }), previousYearCodes: ['1.1', '1.2'] }, [['PREVIOUS_CODE_UNKNOWN', '1.1']]],
    ['a veto on an unknown measure', veto({ measure: 'PARTIES_HELD' as 'SERIOUS_VIOLATIONS' }), [['VETO_INVALID', 'NO_STAFF_CONFERENCE']]],
    ['a veto of count 0', veto({ count: 0 }), [['VETO_INVALID', 'NO_STAFF_CONFERENCE']]],
    ['a veto capping at no band', veto({ capsAt: 'XUAT_SAC' as 'TOT' }), [['VETO_INVALID', 'NO_STAFF_CONFERENCE']]],
    ['a veto with no condition', veto({ tripsWhen: 'ABOVE' as 'BELOW' }), [['VETO_INVALID', 'NO_STAFF_CONFERENCE']]],
    ['two vetoes with one code', { ...base, vetoRules: [DEFAULT_VETO_RULES[0], { ...DEFAULT_VETO_RULES[1], code: 'NO_STAFF_CONFERENCE' }] }, [['VETO_INVALID', 'NO_STAFF_CONFERENCE']]],
  ])('%s', (_name, draft, expected) => {
    expect(rubricProblems(draft).map((p) => [p.code, p.criterionCode])).toEqual(expected);
  });

  it('says every problem at once, in Vietnamese and in English', () => {
    const draft = { ...withCriterion('1.1', { maxPoints: 9, parentCode: '0' }), previousYearCodes: [] };
    expect(rubricProblems(draft)).toEqual([
      {
        code: 'TOTAL_NOT_100',
        criterionCode: null,
        vi: 'Tổng điểm tối đa của các tiêu chí là 93, phải bằng 100.',
        en: 'The criteria’s maximum points add up to 93; they must add up to 100.',
      },
      {
        code: 'PARENT_MISSING',
        criterionCode: '1.1',
        vi: 'Tiêu chí 1.1 thuộc tiêu chí 0, nhưng không có tiêu chí 0.',
        en: 'Criterion 1.1 belongs to 0, which does not exist.',
      },
    ]);
  });
});

import { FlagInput, ScoredWithEvidence, inconsistencyFlags } from './flags';
import { DEFAULT_RUBRIC } from './rubric';

const minutes = { kind: 'ACTIVITY', datedOn: '2006-03-10' } as const;

/** A year-end self-assessment with nothing to flag: 1.2, 6.1 and 7.2 scored, each with evidence. */
const clean: FlagInput = {
  criteria: DEFAULT_RUBRIC,
  scores: [
    { code: '1.2', points: 8, evidence: [minutes] },
    { code: '6.1', points: 10, evidence: [{ kind: 'FILE', datedOn: null }] },
    { code: '7.2', points: 5, evidence: [{ kind: 'FILE', datedOn: '2006-12-14' }] },
  ],
  activityCounts: { BRIEFING: 3, STAFF_CONFERENCE: 1 },
  measures: { SIX_MONTH_REVIEW_HELD: 1, STAFF_CONFERENCES_HELD: 1 },
  period: { kind: 'YEAR', windowStart: '2005-12-15', windowEnd: '2006-12-14' },
  total: 80,
  lastYear: { total: 70, activityCount: 5 },
  jumpPoints: 20,
};

const scoring = (score: ScoredWithEvidence): FlagInput => ({ ...clean, scores: [score] });

describe('inconsistencyFlags', () => {
  it.each<[string, FlagInput, [string, string | null][]]>([
    ['nothing to flag', clean, []],
    ['full marks without evidence', scoring({ code: '1.2', points: 8, evidence: [] }), [['FULL_MARKS_WITHOUT_EVIDENCE', '1.2']]],
    ['less than full marks without evidence', scoring({ code: '1.2', points: 7.5, evidence: [] }), []],
    ['0 of 0 points is not full marks', { ...scoring({ code: 'X', points: 0, evidence: [] }), criteria: [{ ...DEFAULT_RUBRIC[0], code: 'X', maxPoints: 0 }] }, []],
    ['scored with no activity of its kinds', { ...clean, activityCounts: { STAFF_CONFERENCE: 1 } }, [['SCORED_WITHOUT_ACTIVITY', '1.2']]],
    ['scored 0 with no activity of its kinds', { ...scoring({ code: '1.2', points: 0, evidence: [] }), activityCounts: {} }, []],
    ['2.2 evidenced by a personnel decision only', { ...scoring({ code: '2.2', points: 6, evidence: [minutes] }), activityCounts: { TRAINING_PERSONNEL: 1 } }, []],
    ['a criterion no activity evidences (1.1)', { ...scoring({ code: '1.1', points: 7, evidence: [minutes] }), activityCounts: {} }, []],
    ['7.2 full with no complaint case: none is the good outcome', { ...scoring({ code: '7.2', points: 5, evidence: [minutes] }), activityCounts: {} }, []],
    ['evidence dated before the window', scoring({ code: '6.1', points: 9, evidence: [{ kind: 'ACTIVITY', datedOn: '2005-12-14' }] }), [['EVIDENCE_OUTSIDE_WINDOW', '6.1']]],
    ['evidence dated after the window', scoring({ code: '6.1', points: 9, evidence: [minutes, { kind: 'FILE', datedOn: '2006-12-15' }] }), [['EVIDENCE_OUTSIDE_WINDOW', '6.1']]],
    ['evidence on the window’s first and last days', scoring({ code: '6.1', points: 9, evidence: [{ kind: 'FILE', datedOn: '2005-12-15' }, { kind: 'ACTIVITY', datedOn: '2006-12-14' }] }), []],
    ['a year without a six-month review', { ...clean, measures: { STAFF_CONFERENCES_HELD: 1 } }, [['NO_SIX_MONTH_REVIEW', '7.1']]],
    ['a six-month report before its own review', { ...clean, measures: {}, period: { ...clean.period, kind: 'SIX_MONTH' } }, []],
    ['no review, on a rubric that does not score it', { ...clean, criteria: DEFAULT_RUBRIC.filter((c) => c.code !== '7.1'), measures: {} }, [['NO_SIX_MONTH_REVIEW', null]]],
    ['21 points up on fewer activities', { ...clean, total: 91 }, [['JUMP_ON_FEWER_ACTIVITIES', null]]],
    ['20 points up on fewer activities', { ...clean, total: 90 }, []],
    ['21 points up on as many activities', { ...clean, total: 91, lastYear: { total: 70, activityCount: 4 } }, []],
    ['no last year to compare with', { ...clean, total: 99, lastYear: null }, []],
  ])('%s', (_name, input, expected) => {
    expect(inconsistencyFlags(input).map((f) => [f.code, f.criterionCode])).toEqual(expected);
  });

  it('says each flag in Vietnamese and in English', () => {
    const input: FlagInput = {
      ...clean,
      scores: [{ code: '6.1', points: 10, evidence: [{ kind: 'FILE', datedOn: '2007-01-05' }] }],
      measures: {},
      total: 95,
      lastYear: { total: 70, activityCount: 12 },
    };
    expect(inconsistencyFlags(input)).toEqual([
      {
        code: 'EVIDENCE_OUTSIDE_WINDOW',
        criterionCode: '6.1',
        vi: 'Tiêu chí 6.1 có minh chứng ngày 2007-01-05, ngoài khoảng số liệu 2005-12-15 đến 2006-12-14 của kỳ.',
        en: 'Criterion 6.1 has evidence dated 2007-01-05, outside the period’s data window 2005-12-15 to 2006-12-14.',
      },
      { code: 'NO_SIX_MONTH_REVIEW', criterionCode: '7.1', vi: 'Đơn vị chưa tổ chức sơ kết 6 tháng đầu năm.', en: 'The unit held no six-month review this year.' },
      {
        code: 'JUMP_ON_FEWER_ACTIVITIES',
        criterionCode: null,
        vi: 'Tổng điểm tăng từ 70 lên 95 so với năm trước, trong khi số hoạt động giảm từ 12 xuống 4.',
        en: 'The total rose from 70 to 95 over last year while the activities fell from 12 to 4.',
      },
    ]);
  });
});

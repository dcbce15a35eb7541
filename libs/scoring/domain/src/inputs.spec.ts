import { z } from 'zod';
import { inputVerdict, parseInput } from '@qcdc/shared/contracts';
import { createRubricDraftArgs, publishRubricArgs, rubricYearArgs, saveReviewInput, saveRubricDraftInput, saveSelfAssessmentInput, selfAssessmentArgs } from './inputs';

const verdict = inputVerdict;

const UUID = '2e6b1bf7-8010-4cfd-bf82-b8925025df74';
const score = { criterionId: UUID, points: 7, comment: null };
const save = (scores: unknown[]) => ({ unitId: UUID, periodId: UUID, scores, expectedVersion: 0 });
const criterion = { code: '1.1', title: 'Kế hoạch', contentGroup: 'LEADERSHIP', maxPoints: 100, method: 'MANUAL' };
const draft = (over: Record<string, unknown>) => ({
  id: UUID,
  expectedVersion: 1,
  name: 'Bộ tiêu chí',
  criteria: [criterion],
  bands: [{ band: 'TOT', minTotal: 90 }],
  vetoes: [],
  ...over,
});

describe('scoring input schemas', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a self-assessment', saveSelfAssessmentInput, save([score, { ...score, points: 0.25, comment: 'Đạt\nđủ hồ sơ' }]), 'ok'],
    ['no scores yet', saveSelfAssessmentInput, save([]), 'ok'],
    ['a period that is not an id', saveSelfAssessmentInput, { ...save([]), periodId: '1' }, 'NOT_FOUND periodId'],
    ['a criterion that is not an id', saveSelfAssessmentInput, save([{ ...score, criterionId: '1.1' }]), 'NOT_FOUND criterionId'],
    ['negative points', saveSelfAssessmentInput, save([{ ...score, points: -0.5 }]), 'BAD_USER_INPUT points'],
    ['10^300 points', saveSelfAssessmentInput, save([{ ...score, points: 1e300 }]), 'BAD_USER_INPUT points'],
    ['a NUL in a comment', saveSelfAssessmentInput, save([{ ...score, comment: 'Đạt\u0000' }]), 'BAD_USER_INPUT comment'],
    ['a 100,000-character comment', saveSelfAssessmentInput, save([{ ...score, comment: 'x'.repeat(100_000) }]), 'BAD_USER_INPUT comment'],
    ['501 scores', saveSelfAssessmentInput, save(Array.from({ length: 501 }, () => score)), 'BAD_USER_INPUT scores'],
    ['no expected version', saveSelfAssessmentInput, { ...save([]), expectedVersion: undefined }, 'BAD_USER_INPUT expectedVersion'],
    ['a negative expected version', saveSelfAssessmentInput, { ...save([]), expectedVersion: -1 }, 'BAD_USER_INPUT expectedVersion'],
    ['evidence: an activity', saveSelfAssessmentInput, save([{ ...score, evidence: [{ activityId: UUID }] }]), 'ok'],
    ['evidence: a file', saveSelfAssessmentInput, save([{ ...score, evidence: [{ evidenceFileId: UUID, activityId: null }] }]), 'ok'],
    ['evidence: both', saveSelfAssessmentInput, save([{ ...score, evidence: [{ activityId: UUID, evidenceFileId: UUID }] }]), 'BAD_USER_INPUT evidence'],
    ['evidence: neither', saveSelfAssessmentInput, save([{ ...score, evidence: [{}] }]), 'BAD_USER_INPUT evidence'],
    ['evidence: an activity that is not an id', saveSelfAssessmentInput, save([{ ...score, evidence: [{ activityId: 'x' }] }]), 'NOT_FOUND activityId'],
    ['a review', saveReviewInput, { unitId: UUID, periodId: UUID, expectedVersion: 0, scores: [{ criterionId: UUID, points: 3 }] }, 'ok'],
    ['a review with negative points', saveReviewInput, { unitId: UUID, periodId: UUID, expectedVersion: 0, scores: [{ criterionId: UUID, points: -3 }] }, 'BAD_USER_INPUT points'],
    ['a draft', saveRubricDraftInput, draft({}), 'ok'],
    ['a draft with a blank title', saveRubricDraftInput, draft({ criteria: [{ ...criterion, title: ' ' }] }), 'BAD_USER_INPUT title'],
    ['a draft with an unknown method', saveRubricDraftInput, draft({ criteria: [{ ...criterion, method: 'GUESS' }] }), 'BAD_USER_INPUT method'],
    ['a draft with method params', saveRubricDraftInput, draft({ criteria: [{ ...criterion, method: 'YES_NO', methodParams: { measure: 'X' } }] }), 'ok'],
    ['a draft with a veto rule of another condition', saveRubricDraftInput, draft({ vetoes: [{ code: 'V', measure: 'M', tripsWhen: 'ABOVE', count: 1, capsAt: 'YEU', description: 'd' }] }), 'BAD_USER_INPUT tripsWhen'],
    ['a draft from last year', createRubricDraftArgs, { year: 2026, copyFromYear: 2025 }, 'ok'],
    ['a draft from the default', createRubricDraftArgs, { year: 2026 }, 'ok'],
    ['publishing', publishRubricArgs, { id: UUID, expectedVersion: 3 }, 'ok'],
    ['publishing a rubric that is not an id', publishRubricArgs, { id: '2026', expectedVersion: 3 }, 'NOT_FOUND id'],
    ['a year', rubricYearArgs, { year: 2026 }, 'ok'],
    ['the year 0', rubricYearArgs, { year: 0 }, 'BAD_USER_INPUT year'],
    ['a unit and a period', selfAssessmentArgs, { unitId: UUID, periodId: UUID }, 'ok'],
    ['a unit that is not an id', selfAssessmentArgs, { unitId: 'x', periodId: UUID }, 'NOT_FOUND unitId'],
  ])('%s: %#', (_name, schema, value, expected) => expect(verdict(schema, value)).toBe(expected));

  it('hands the service trimmed comments, null for blank ones', () =>
    expect(parseInput(saveSelfAssessmentInput, save([{ ...score, comment: '  ' }, { ...score, comment: ' Tốt ' }])).scores).toEqual([
      { ...score, comment: null, evidence: [] },
      { ...score, comment: 'Tốt', evidence: [] },
    ]));
});

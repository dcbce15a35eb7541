import { z } from 'zod';
import { inputVerdict, parseInput } from '@qcdc/shared/contracts';
import { rubricYearArgs, saveSelfAssessmentInput, selfAssessmentArgs } from './inputs';

const verdict = inputVerdict;

const UUID = '2e6b1bf7-8010-4cfd-bf82-b8925025df74';
const score = { criterionId: UUID, points: 7, comment: null };
const save = (scores: unknown[]) => ({ unitId: UUID, periodId: UUID, scores });

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
    ['a year', rubricYearArgs, { year: 2026 }, 'ok'],
    ['the year 0', rubricYearArgs, { year: 0 }, 'BAD_USER_INPUT year'],
    ['a unit and a period', selfAssessmentArgs, { unitId: UUID, periodId: UUID }, 'ok'],
    ['a unit that is not an id', selfAssessmentArgs, { unitId: 'x', periodId: UUID }, 'NOT_FOUND unitId'],
  ])('%s: %#', (_name, schema, value, expected) => expect(verdict(schema, value)).toBe(expected));

  it('hands the service trimmed comments, null for blank ones', () =>
    expect(parseInput(saveSelfAssessmentInput, save([{ ...score, comment: '  ' }, { ...score, comment: ' Tốt ' }])).scores).toEqual([
      { ...score, comment: null },
      { ...score, comment: 'Tốt' },
    ]));
});

import { z } from 'zod';
import { field } from '@qcdc/shared/contracts';

/**
 * One schema per input of the scoring API, checked before any resolver work (and reusable by the web app).
 * Each score against its criterion's maximum is checked by `scoreSelfAssessment`, which knows the rubric.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });
const periodId = field.id({ vi: 'kỳ báo cáo', en: 'reporting period' });

/** No criterion is worth more than the whole 100-point rubric; a province's own rubric stays far below this. */
const POINTS_MAX = 1000;
/** The default rubric has 13 criteria; a province's own may have more, never hundreds. */
const CRITERIA_MAX = 500;

export const criterionScoreInput = z.object({
  criterionId: field.id({ vi: 'tiêu chí', en: 'criterion' }),
  points: field.number({ vi: 'điểm', en: 'the points' }, { min: 0, max: POINTS_MAX }),
  comment: field.optionalText({ vi: 'ghi chú', en: 'the comment' }, { max: 2000, multiline: true }),
});

export const saveSelfAssessmentInput = z.object({
  unitId,
  periodId,
  scores: field.list({ vi: 'bảng điểm', en: 'the score sheet' }, criterionScoreInput, { max: CRITERIA_MAX }),
});
export type SaveSelfAssessment = z.output<typeof saveSelfAssessmentInput>;

/** rubric(year), adoptDefaultRubric(year) */
export const rubricYearArgs = z.object({ year: field.year() });

/** selfAssessment(unitId, periodId) */
export const selfAssessmentArgs = z.object({ unitId, periodId });

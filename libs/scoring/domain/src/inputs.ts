import { z } from 'zod';
import { BANDS, field } from '@qcdc/shared/contracts';
import { CONTENT_GROUPS, SCORING_METHODS } from './rubric';

/**
 * One schema per input of the scoring API, checked before any resolver work (and reusable by the web app).
 * Each score against its criterion's maximum is checked by `scoreSelfAssessment`, which knows the rubric;
 * a draft rubric's coherence by `rubricProblems`, when it is published.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });
const periodId = field.id({ vi: 'kỳ báo cáo', en: 'reporting period' });
const criterionId = field.id({ vi: 'tiêu chí', en: 'criterion' });

/** No criterion is worth more than the whole 100-point rubric; a province's own rubric stays far below this. */
const POINTS_MAX = 1000;
/** The default rubric has 13 criteria; a province's own may have more, never hundreds. */
const CRITERIA_MAX = 500;
/** Links of one criterion to what it rests on. */
const EVIDENCE_MAX = 50;
/** Versions count saves; far below this. */
const VERSION_MAX = 1_000_000;

const expectedVersion = (label: { vi: string; en: string }) => field.int(label, { min: 0, max: VERSION_MAX });

/** What a criterion's self-score rests on: an activity or an evidence file, exactly one of them. */
export const evidenceLinkInput = z
  .object({
    activityId: field.id({ vi: 'hoạt động', en: 'activity' }).nullish().transform((v) => v ?? null),
    evidenceFileId: field.id({ vi: 'tệp minh chứng', en: 'evidence file' }).nullish().transform((v) => v ?? null),
  })
  .superRefine((link, ctx) => {
    if ((link.activityId === null) === (link.evidenceFileId === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'Mỗi minh chứng chỉ trỏ tới một hoạt động hoặc một tệp minh chứng.',
        params: { en: 'Each evidence link names either an activity or an evidence file, not both nor neither.', field: 'evidence', reason: 'EVIDENCE_LINK_TARGET' },
      });
    }
  });
export type EvidenceLinkEntry = z.output<typeof evidenceLinkInput>;

export const criterionScoreInput = z.object({
  criterionId,
  points: field.number({ vi: 'điểm', en: 'the points' }, { min: 0, max: POINTS_MAX }),
  comment: field.optionalText({ vi: 'ghi chú', en: 'the comment' }, { max: 2000, multiline: true }),
  evidence: field
    .list({ vi: 'minh chứng', en: 'the evidence' }, evidenceLinkInput, { max: EVIDENCE_MAX })
    .nullish()
    .transform((v) => v ?? []),
});

export const saveSelfAssessmentInput = z.object({
  unitId,
  periodId,
  scores: field.list({ vi: 'bảng điểm', en: 'the score sheet' }, criterionScoreInput, { max: CRITERIA_MAX }),
  expectedVersion: expectedVersion({ vi: 'phiên bản bảng điểm', en: 'the score sheet’s version' }),
});
export type SaveSelfAssessment = z.output<typeof saveSelfAssessmentInput>;

export const reviewScoreInput = z.object({
  criterionId,
  points: field.number({ vi: 'điểm thẩm định', en: 'the reviewer’s points' }, { min: 0, max: POINTS_MAX }),
  comment: field.optionalText({ vi: 'nhận xét', en: 'the remark' }, { max: 2000, multiline: true }),
});

export const saveReviewInput = z.object({
  unitId,
  periodId,
  expectedVersion: expectedVersion({ vi: 'phiên bản thẩm định', en: 'the review’s version' }),
  scores: field.list({ vi: 'điểm thẩm định', en: 'the review' }, reviewScoreInput, { max: CRITERIA_MAX }),
});
export type SaveReview = z.output<typeof saveReviewInput>;

/** rubric(year), adoptDefaultRubric(year) */
export const rubricYearArgs = z.object({ year: field.year() });

/** createRubricDraft(year, copyFromYear) */
export const createRubricDraftArgs = z.object({
  year: field.year(),
  copyFromYear: field.year().nullish().transform((v) => v ?? null),
});

/** publishRubric(id, expectedVersion) */
export const publishRubricArgs = z.object({
  id: field.id({ vi: 'bộ tiêu chí', en: 'rubric' }),
  expectedVersion: expectedVersion({ vi: 'phiên bản bộ tiêu chí', en: 'the rubric’s version' }),
});

/** selfAssessment(unitId, periodId), scoringSheet(unitId, periodId) */
export const selfAssessmentArgs = z.object({ unitId, periodId });

const code = (label: { vi: string; en: string }) => field.text(label, { max: 20 });
const optionalCode = (label: { vi: string; en: string }) => field.optionalText(label, { max: 20 });
/** A name of the vocabulary (a measure, an activity kind): checked against its list by `rubricProblems`. */
const vocabulary = (label: { vi: string; en: string }) => field.text(label, { max: 40 });

/** A method's parameters beside its kind: measures (names) and numbers; `methodOf` keeps those its kind reads. */
const methodParams = z
  .record(z.string().max(20), z.union([z.string().max(40), z.number()]), {
    error: 'Tham số cách tính điểm không hợp lệ.',
  })
  .refine((params) => Object.keys(params).length <= 8, { message: 'Tham số cách tính điểm không hợp lệ.' })
  .nullish()
  .transform((v) => v ?? {});

export const criterionInput = z.object({
  code: code({ vi: 'mã tiêu chí', en: 'the criterion code' }),
  title: field.text({ vi: 'tên tiêu chí', en: 'the criterion’s title' }, { max: 500 }),
  contentGroup: field.oneOf({ vi: 'nhóm nội dung', en: 'the content group' }, CONTENT_GROUPS),
  parentCode: optionalCode({ vi: 'mã tiêu chí cha', en: 'the parent criterion code' }),
  maxPoints: field.number({ vi: 'điểm tối đa', en: 'the maximum points' }, { min: 0.01, max: POINTS_MAX }),
  method: field.oneOf({ vi: 'cách tính điểm', en: 'the scoring method' }, SCORING_METHODS),
  methodParams,
  activityKinds: field.list({ vi: 'loại hoạt động', en: 'the activity kinds' }, vocabulary({ vi: 'loại hoạt động', en: 'an activity kind' }), { max: 8 })
    .nullish()
    .transform((v) => v ?? []),
  evidenceHint: field.optionalText({ vi: 'gợi ý minh chứng', en: 'the evidence hint' }, { max: 500 }),
  legalReference: field.optionalText({ vi: 'căn cứ pháp lý', en: 'the legal reference' }, { max: 500 }),
  previousCode: optionalCode({ vi: 'mã tiêu chí năm trước', en: 'last year’s criterion code' }),
});
export type CriterionEntry = z.output<typeof criterionInput>;

export const bandThresholdInput = z.object({
  band: field.oneOf({ vi: 'xếp loại', en: 'the band' }, BANDS),
  minTotal: field.number({ vi: 'điểm tối thiểu', en: 'the lowest total' }, { min: 0, max: 100 }),
});

export const vetoRuleInput = z.object({
  code: code({ vi: 'mã điểm liệt', en: 'the veto rule’s code' }),
  measure: vocabulary({ vi: 'số liệu', en: 'the measure' }),
  tripsWhen: field.oneOf({ vi: 'điều kiện', en: 'the condition' }, ['BELOW', 'AT_LEAST'] as const),
  count: field.int({ vi: 'số lần', en: 'the count' }, { min: 0, max: 1000 }),
  capsAt: field.oneOf({ vi: 'xếp loại tối đa', en: 'the band it caps at' }, BANDS),
  description: field.text({ vi: 'mô tả điểm liệt', en: 'the veto rule’s description' }, { max: 500 }),
});

export const saveRubricDraftInput = z.object({
  id: field.id({ vi: 'bộ tiêu chí', en: 'rubric' }),
  expectedVersion: expectedVersion({ vi: 'phiên bản bộ tiêu chí', en: 'the rubric’s version' }),
  name: field.text({ vi: 'tên bộ tiêu chí', en: 'the rubric’s name' }, { max: 300 }),
  criteria: field.list({ vi: 'các tiêu chí', en: 'the criteria' }, criterionInput, { max: CRITERIA_MAX }),
  bands: field.list({ vi: 'ngưỡng xếp loại', en: 'the band thresholds' }, bandThresholdInput, { max: BANDS.length }),
  vetoes: field.list({ vi: 'điểm liệt', en: 'the veto rules' }, vetoRuleInput, { max: 20 }),
});
export type SaveRubricDraft = z.output<typeof saveRubricDraftInput>;

import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import { enumObject } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  BANDS,
  Band,
  CONTENT_GROUPS,
  ContentGroup,
  RUBRIC_STATUSES,
  RubricStatus,
  SCORING_METHODS,
  ScoringMethodKind,
  bandThresholdInput,
  createRubricDraftArgs,
  criterionInput,
  criterionScoreInput,
  evidenceLinkInput,
  publishRubricArgs,
  reviewScoreInput,
  rubricYearArgs,
  saveReviewInput,
  saveRubricDraftInput,
  saveSelfAssessmentInput,
  selfAssessmentArgs,
  vetoRuleInput,
} from '@qcdc/scoring/domain';

export const BandEnum = enumObject(BANDS);
export const ContentGroupEnum = enumObject(CONTENT_GROUPS);
export const ScoringMethodEnum = enumObject(SCORING_METHODS);
export const RubricStatusEnum = enumObject(RUBRIC_STATUSES);
registerEnumType(ContentGroupEnum, {
  name: 'ContentGroup',
  description: 'Content groups of Law 10/2022/QH15 plus leadership, the staff conference and results',
});
registerEnumType(BandEnum, { name: 'Band', description: 'Xếp loại: Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Yếu < 50 (by default)' });
registerEnumType(ScoringMethodEnum, { name: 'ScoringMethod', description: 'How a criterion is scored; every method but MANUAL suggests a score from the records' });
registerEnumType(RubricStatusEnum, { name: 'RubricStatus', description: 'A province edits a DRAFT rubric; units score against a PUBLISHED one, which never changes' });

/** A criterion of the rubric (tiêu chí). */
@ObjectType()
export class Criterion {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => ContentGroupEnum) contentGroup: ContentGroup;
  @Field(() => Float) maxPoints: number;
  @Field(() => String, { nullable: true }) evidenceHint: string | null;
  @Field(() => String, { nullable: true }) legalReference: string | null;
  @Field(() => String, { nullable: true, description: 'The criterion this one is a sub-criterion of' }) parentCode: string | null;
  @Field(() => ScoringMethodEnum) method: ScoringMethodKind;
  @Field(() => GraphQLJSONObject, { description: "The method's parameters beside its kind, e.g. { measure, atLeast }" })
  methodParams: Record<string, unknown>;
  @Field(() => [String], { description: 'The activity kinds that evidence this criterion' }) activityKinds: string[];
  @Field(() => String, { nullable: true, description: "The code of last year's criterion this one continues" }) previousCode: string | null;
}

@ObjectType()
export class BandThreshold {
  @Field(() => BandEnum) band: Band;
  @Field(() => Float) minTotal: number;
}

/** Điểm liệt: caps the band whatever the total. */
@ObjectType()
export class VetoRule {
  @Field() code: string;
  @Field() measure: string;
  @Field({ description: 'BELOW or AT_LEAST' }) tripsWhen: string;
  @Field(() => Int) count: number;
  @Field(() => BandEnum) capsAt: Band;
  @Field() description: string;
}

/** Something that keeps a draft rubric from being published. */
@ObjectType()
export class RubricProblem {
  @Field() code: string;
  @Field(() => String, { nullable: true }) criterionCode: string | null;
  @Field() message: string;
}

/** The province's rubric for one year (bộ tiêu chí chấm điểm). */
@ObjectType()
export class Rubric {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field() name: string;
  @Field(() => Float) maxTotal: number;
  @Field(() => [Criterion]) criteria: Criterion[];
  @Field(() => RubricStatusEnum) status: RubricStatus;
  @Field(() => Int, { description: 'Counts the saves; send it back as expectedVersion' }) version: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) publishedAt: Date | null;
  @Field(() => [BandThreshold]) bands: BandThreshold[];
  @Field(() => [VetoRule]) vetoes: VetoRule[];
  @Field(() => [RubricProblem], { description: 'What keeps a draft from being published; empty once it may be (and once published)' })
  problems: RubricProblem[];
}

@ObjectType()
export class EvidenceLink {
  @Field(() => ID, { nullable: true }) activityId: string | null;
  @Field(() => ID, { nullable: true }) evidenceFileId: string | null;
}

@ObjectType()
export class CriterionScore {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) points: number;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => [EvidenceLink]) evidence: EvidenceLink[];
  @Field(() => Float, { nullable: true, description: "The reviewer's points, beside the self-score" }) reviewerPoints: number | null;
  @Field(() => String, { nullable: true }) reviewerComment: string | null;
}

/** A unit's self-assessment for a reporting period (tự chấm điểm). */
@ObjectType()
export class SelfAssessment {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Float) total: number;
  @Field(() => BandEnum) band: Band;
  @Field(() => Int, { description: 'Counts the saves; send it back as expectedVersion' }) version: number;
  @Field(() => [CriterionScore]) scores: CriterionScore[];
  @Field(() => GraphQLISODateTime) updatedAt: Date;
  @Field(() => [VetoRule], { description: 'The veto rules that capped the band when it was saved' }) vetoes: VetoRule[];
  @Field({ description: "Whether the unit's report of the period is submitted (or further on): the self-score cannot change" })
  frozen: boolean;
  @Field(() => Int, { description: "Counts the reviews' saves; send it back as the review's expectedVersion" }) reviewVersion: number;
}

@ObjectType()
export class AssessmentFlag {
  @Field() code: string;
  @Field(() => String, { nullable: true }) criterionCode: string | null;
  @Field() message: string;
  @Field() messageEn: string;
}

@ObjectType()
export class SuggestedScore {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) points: number;
  @Field({ description: 'What the suggestion rests on, e.g. "Tỷ lệ dự 45/48 (94%)"' }) basis: string;
}

/** What the scoring screen shows for a unit and a period. */
@ObjectType()
export class ScoringSheet {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Rubric) rubric: Rubric;
  @Field(() => SelfAssessment, { nullable: true }) assessment: SelfAssessment | null;
  @Field(() => [SuggestedScore]) suggestions: SuggestedScore[];
  @Field(() => [AssessmentFlag]) flags: AssessmentFlag[];
  @Field(() => GraphQLJSONObject, { description: 'The measures of the records in the period, by name' }) measures: Record<string, number>;
  @Field() frozen: boolean;
  @Field(() => Float, { nullable: true }) lastYearTotal: number | null;
}

// Each input class is checked by its schema from @qcdc/scoring/domain before the resolver runs (InputPipe).

@InputType()
@InputSchema(evidenceLinkInput)
export class EvidenceLinkInput {
  @Field(() => ID, { nullable: true }) activityId: string | null;
  @Field(() => ID, { nullable: true }) evidenceFileId: string | null;
}

@InputType()
@InputSchema(criterionScoreInput)
export class CriterionScoreInput {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) points: number;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => [EvidenceLinkInput], { nullable: true, defaultValue: [] }) evidence: EvidenceLinkInput[] | null;
}

@InputType()
@InputSchema(saveSelfAssessmentInput)
export class SaveSelfAssessmentInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => [CriterionScoreInput]) scores: CriterionScoreInput[];
  @Field(() => Int, { description: 'The version the scores were edited from; 0 when none was saved yet' }) expectedVersion: number;
}

@InputType()
@InputSchema(reviewScoreInput)
export class ReviewScoreInput {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) points: number;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@InputType()
@InputSchema(saveReviewInput)
export class SaveReviewInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Int, { description: "The assessment's reviewVersion the review was edited from" }) expectedVersion: number;
  @Field(() => [ReviewScoreInput]) scores: ReviewScoreInput[];
}

@InputType()
@InputSchema(criterionInput)
export class CriterionInput {
  @Field() code: string;
  @Field() title: string;
  @Field(() => ContentGroupEnum) contentGroup: ContentGroup;
  @Field(() => String, { nullable: true }) parentCode: string | null;
  @Field(() => Float) maxPoints: number;
  @Field(() => ScoringMethodEnum) method: ScoringMethodKind;
  @Field(() => GraphQLJSONObject, { nullable: true }) methodParams: Record<string, unknown> | null;
  @Field(() => [String], { nullable: true }) activityKinds: string[] | null;
  @Field(() => String, { nullable: true }) evidenceHint: string | null;
  @Field(() => String, { nullable: true }) legalReference: string | null;
  @Field(() => String, { nullable: true }) previousCode: string | null;
}

@InputType()
@InputSchema(bandThresholdInput)
export class BandThresholdInput {
  @Field(() => BandEnum) band: Band;
  @Field(() => Float) minTotal: number;
}

@InputType()
@InputSchema(vetoRuleInput)
export class VetoRuleInput {
  @Field() code: string;
  @Field() measure: string;
  @Field() tripsWhen: string;
  @Field(() => Int) count: number;
  @Field(() => BandEnum) capsAt: Band;
  @Field() description: string;
}

@InputType()
@InputSchema(saveRubricDraftInput)
export class SaveRubricDraftInput {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field() name: string;
  @Field(() => [CriterionInput]) criteria: CriterionInput[];
  @Field(() => [BandThresholdInput]) bands: BandThresholdInput[];
  @Field(() => [VetoRuleInput]) vetoes: VetoRuleInput[];
}

@ArgsType()
@InputSchema(rubricYearArgs)
export class RubricYearArgs {
  @Field(() => Int) year: number;
}

@ArgsType()
@InputSchema(createRubricDraftArgs)
export class CreateRubricDraftArgs {
  @Field(() => Int) year: number;
  @Field(() => Int, { nullable: true }) copyFromYear: number | null;
}

@ArgsType()
@InputSchema(publishRubricArgs)
export class PublishRubricArgs {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
}

@ArgsType()
@InputSchema(selfAssessmentArgs)
export class SelfAssessmentArgs {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
}

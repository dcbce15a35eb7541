import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  BANDS,
  Band,
  CONTENT_GROUPS,
  ContentGroup,
  criterionScoreInput,
  rubricYearArgs,
  saveSelfAssessmentInput,
  selfAssessmentArgs,
} from '@qcdc/scoring/domain';

export const BandEnum = enumObject(BANDS);
export const ContentGroupEnum = enumObject(CONTENT_GROUPS);
registerEnumType(ContentGroupEnum, {
  name: 'ContentGroup',
  description: 'Content groups of Law 10/2022/QH15 plus leadership, the staff conference and results',
});
registerEnumType(BandEnum, { name: 'Band', description: 'Xếp loại: Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Yếu < 50' });

/** A criterion of the 100-point rubric (tiêu chí). */
@ObjectType()
export class Criterion {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() title: string;
  @Field(() => ContentGroupEnum) contentGroup: ContentGroup;
  @Field(() => Float) maxPoints: number;
  @Field(() => String, { nullable: true }) evidenceHint: string | null;
  @Field(() => String, { nullable: true }) legalReference: string | null;
}

/** The province's rubric for one year (bộ tiêu chí chấm điểm). */
@ObjectType()
export class Rubric {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field() name: string;
  @Field(() => Float) maxTotal: number;
  @Field(() => [Criterion]) criteria: Criterion[];
}

@ObjectType()
export class CriterionScore {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) points: number;
  @Field(() => String, { nullable: true }) comment: string | null;
}

/** A unit's self-assessment for a reporting period (tự chấm điểm). */
@ObjectType()
export class SelfAssessment {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Float) total: number;
  @Field(() => BandEnum) band: Band;
  @Field(() => Int) version: number;
  @Field(() => [CriterionScore]) scores: CriterionScore[];
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}

// Each input class is checked by its schema from @qcdc/scoring/domain before the resolver runs (InputPipe).

@InputType()
@InputSchema(criterionScoreInput)
export class CriterionScoreInput {
  @Field(() => ID) criterionId: string;
  @Field(() => Float) points: number;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@InputType()
@InputSchema(saveSelfAssessmentInput)
export class SaveSelfAssessmentInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => [CriterionScoreInput]) scores: CriterionScoreInput[];
}

@ArgsType()
@InputSchema(rubricYearArgs)
export class RubricYearArgs {
  @Field(() => Int) year: number;
}

@ArgsType()
@InputSchema(selfAssessmentArgs)
export class SelfAssessmentArgs {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { SaveReview, SaveSelfAssessment } from '@qcdc/scoring/domain';
import { SaveReviewInput, SaveSelfAssessmentInput, SelfAssessment, SelfAssessmentArgs } from '../graphql-types';
import { toSelfAssessment } from '../to-graphql';
import { SelfAssessmentService } from './self-assessment.service';

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  constructor(private readonly service: SelfAssessmentService) {}

  @Query(() => SelfAssessment, { nullable: true, description: "A unit's self-assessment for a period" })
  async selfAssessment(
    @CurrentCaller() caller: Caller,
    @Args() { unitId, periodId }: SelfAssessmentArgs,
  ): Promise<SelfAssessment | null> {
    const assessment = await this.service.find(caller, unitId, periodId);
    return assessment && toSelfAssessment(assessment);
  }

  @Mutation(() => SelfAssessment, { description: 'Unit reporter or head: saves the self-score and evidence of every criterion, from expectedVersion' })
  async saveSelfAssessment(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SaveSelfAssessmentInput,
  ): Promise<SelfAssessment> {
    return toSelfAssessment(await this.service.save(caller, input as unknown as SaveSelfAssessment));
  }

  @Mutation(() => SelfAssessment, { description: "Bloc reviewer or committee: the reviewer's points per criterion, beside the self-score, once the report is submitted" })
  async saveReview(@CurrentCaller() caller: Caller, @Args('input') input: SaveReviewInput): Promise<SelfAssessment> {
    return toSelfAssessment(await this.service.saveReview(caller, input as unknown as SaveReview));
  }
}

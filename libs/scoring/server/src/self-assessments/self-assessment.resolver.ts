import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { SaveSelfAssessmentInput, SelfAssessment, SelfAssessmentArgs } from '../graphql-types';
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

  @Mutation(() => SelfAssessment, { description: 'Unit reporter or head: saves the self-score of every criterion' })
  async saveSelfAssessment(
    @CurrentCaller() caller: Caller,
    @Args('input') input: SaveSelfAssessmentInput,
  ): Promise<SelfAssessment> {
    return toSelfAssessment(await this.service.save(caller, input));
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { ScoringSheet, SelfAssessmentArgs } from '../graphql-types';
import { toScoringSheet } from '../to-graphql';
import { ScoringSheetService } from './scoring-sheet.service';

@Resolver(() => ScoringSheet)
export class ScoringSheetResolver {
  constructor(private readonly service: ScoringSheetService) {}

  @Query(() => ScoringSheet, { description: "A unit's scoring sheet for a period: rubric, self-assessment, suggested scores, flags and measures" })
  async scoringSheet(@CurrentCaller() caller: Caller, @Args() { unitId, periodId }: SelfAssessmentArgs): Promise<ScoringSheet> {
    return toScoringSheet(await this.service.sheet(caller, unitId, periodId));
  }
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { Rubric, RubricYearArgs } from '../graphql-types';
import { toRubric } from '../to-graphql';
import { RubricService } from './rubric.service';

@Resolver(() => Rubric)
export class RubricResolver {
  constructor(private readonly service: RubricService) {}

  @Query(() => Rubric, { nullable: true, description: "The province's rubric of a year, null if none yet" })
  async rubric(@Args() { year }: RubricYearArgs): Promise<Rubric | null> {
    const rubric = await this.service.byYear(year);
    return rubric && toRubric(rubric);
  }

  @Mutation(() => Rubric, { description: 'Province admin: adopt the default 100-point rubric for a year' })
  async adoptDefaultRubric(@CurrentCaller() caller: Caller, @Args() { year }: RubricYearArgs): Promise<Rubric> {
    return toRubric(await this.service.adoptDefault(caller, year));
  }
}

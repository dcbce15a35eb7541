import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { Rubric, RubricYearArgs } from '../graphql-types';
import { RubricService } from './rubric.service';

@Resolver(() => Rubric)
export class RubricResolver {
  constructor(private readonly service: RubricService) {}

  @Query(() => Rubric, { nullable: true, description: "The province's rubric of a year, null if none yet" })
  rubric(@Args() { year }: RubricYearArgs): Promise<Rubric | null> {
    return this.service.byYear(year);
  }

  @Mutation(() => Rubric, { description: 'Province admin: adopt the default 100-point rubric for a year' })
  adoptDefaultRubric(@CurrentCaller() caller: Caller, @Args() { year }: RubricYearArgs): Promise<Rubric> {
    return this.service.adoptDefault(caller, year);
  }
}

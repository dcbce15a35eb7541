import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { CreateRubricDraftArgs, PublishRubricArgs, Rubric, RubricYearArgs, SaveRubricDraftInput } from '../graphql-types';
import { toRubric } from '../to-graphql';
import { RubricService } from './rubric.service';
import { SaveRubricDraft } from '@qcdc/scoring/domain';

@Resolver(() => Rubric)
export class RubricResolver {
  constructor(private readonly service: RubricService) {}

  @Query(() => Rubric, { nullable: true, description: "The province's rubric of a year, draft or published; null if none yet" })
  async rubric(@Args() { year }: RubricYearArgs): Promise<Rubric | null> {
    const rubric = await this.service.byYear(year);
    return rubric && toRubric(rubric);
  }

  @Mutation(() => Rubric, { description: 'Province admin: adopt the default 100-point rubric for a year, published as it stands' })
  async adoptDefaultRubric(@CurrentCaller() caller: Caller, @Args() { year }: RubricYearArgs): Promise<Rubric> {
    return toRubric(await this.service.adoptDefault(caller, year));
  }

  @Mutation(() => Rubric, { description: "Province admin: a draft rubric for a year, copied from copyFromYear's (criteria continuing themselves) or the default" })
  async createRubricDraft(@CurrentCaller() caller: Caller, @Args() { year, copyFromYear }: CreateRubricDraftArgs): Promise<Rubric> {
    return toRubric(await this.service.createDraft(caller, year, copyFromYear));
  }

  @Mutation(() => Rubric, { description: "Province admin: replaces a draft's name, criteria, bands and veto rules" })
  async saveRubricDraft(@CurrentCaller() caller: Caller, @Args('input') input: SaveRubricDraftInput): Promise<Rubric> {
    return toRubric(await this.service.saveDraft(caller, input as unknown as SaveRubricDraft));
  }

  @Mutation(() => Rubric, { description: 'Province admin: publishes a draft without problems; it never changes afterwards' })
  async publishRubric(@CurrentCaller() caller: Caller, @Args() { id, expectedVersion }: PublishRubricArgs): Promise<Rubric> {
    return toRubric(await this.service.publish(caller, id, expectedVersion));
  }
}

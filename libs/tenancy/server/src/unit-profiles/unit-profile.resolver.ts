import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { UnitProfile } from '../graphql-types';
import { SaveUnitProfileInput, UnitProfileArgs } from '../inputs';
import { toUnitProfile } from '../to-graphql';
import { UnitProfileService } from './unit-profile.service';

@Resolver(() => UnitProfile)
export class UnitProfileResolver {
  constructor(private readonly service: UnitProfileService) {}

  @Query(() => UnitProfile, {
    description: "A unit's profile for a period; before the first save, its latest earlier profile as the starting point (version 0)",
  })
  async unitProfile(@CurrentCaller() caller: Caller, @Args() { unitId, periodId }: UnitProfileArgs): Promise<UnitProfile> {
    return toUnitProfile(await this.service.find(caller, unitId, periodId));
  }

  @Mutation(() => UnitProfile, {
    description: "The unit's reporter or head: saves the whole profile over the version it was edited from (another is CONFLICT)",
  })
  async saveUnitProfile(@CurrentCaller() caller: Caller, @Args('input') input: SaveUnitProfileInput): Promise<UnitProfile> {
    return toUnitProfile(await this.service.save(caller, input));
  }
}

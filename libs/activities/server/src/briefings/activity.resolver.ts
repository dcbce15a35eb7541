import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { ActivitiesArgs, Activity, RecordBriefingInput } from './activity.types';
import { ActivityService } from './activity.service';
import { toActivity } from './to-graphql';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Mutation(() => Activity, { description: 'Unit reporter or head: records a briefing with its attendance' })
  async recordBriefing(@CurrentCaller() caller: Caller, @Args('input') input: RecordBriefingInput): Promise<Activity> {
    return toActivity(await this.service.recordBriefing(caller, input));
  }

  @Query(() => [Activity], { description: "A unit's activities of a calendar year, in date order" })
  async activities(@CurrentCaller() caller: Caller, @Args() { unitId, year }: ActivitiesArgs): Promise<Activity[]> {
    return (await this.service.list(caller, unitId, year)).map(toActivity);
  }
}

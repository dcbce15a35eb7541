import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { ActivitiesArgs, Activity, CorrectActivityInput, DeleteActivityInput, RecordActivityInput } from './activity.types';
import { ActivityService } from './activity.service';
import { toActivity } from './to-graphql';

@Resolver(() => Activity)
export class ActivityResolver {
  constructor(private readonly service: ActivityService) {}

  @Mutation(() => Activity, { description: 'Unit reporter or head: records an activity of any kind, its facts checked by the kind' })
  async recordActivity(@CurrentCaller() caller: Caller, @Args('input') input: RecordActivityInput): Promise<Activity> {
    return toActivity(await this.service.record(caller, input));
  }

  @Mutation(() => Activity, { description: 'Unit reporter or head: corrects an activity from the version read (CONFLICT VERSION_MISMATCH if stale)' })
  async correctActivity(@CurrentCaller() caller: Caller, @Args('input') input: CorrectActivityInput): Promise<Activity> {
    return toActivity(await this.service.correct(caller, input));
  }

  @Mutation(() => Activity, { description: 'Unit reporter or head: deletes an activity, with a reason (kept, listed with includeDeleted)' })
  async deleteActivity(@CurrentCaller() caller: Caller, @Args('input') input: DeleteActivityInput): Promise<Activity> {
    return toActivity(await this.service.delete(caller, input));
  }

  @Query(() => [Activity], { description: "A unit's activities dated inside a period's data window, in date order" })
  async activities(@CurrentCaller() caller: Caller, @Args() args: ActivitiesArgs): Promise<Activity[]> {
    return (await this.service.list(caller, args)).map(toActivity);
  }
}

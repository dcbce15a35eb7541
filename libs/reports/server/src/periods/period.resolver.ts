import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { OpenReportingPeriodInput, ReportingPeriod, ReportingPeriodsArgs } from '../graphql-types';
import { toReportingPeriod } from '../to-graphql';
import { PeriodService } from './period.service';

@Resolver(() => ReportingPeriod)
export class PeriodResolver {
  constructor(private readonly service: PeriodService) {}

  @Query(() => [ReportingPeriod], { description: "The province's reporting periods of a year" })
  async reportingPeriods(@Args() { year }: ReportingPeriodsArgs): Promise<ReportingPeriod[]> {
    return (await this.service.list(year)).map(toReportingPeriod);
  }

  @Mutation(() => ReportingPeriod, { description: 'Province admin: opens a 6-month or yearly period' })
  async openReportingPeriod(
    @CurrentCaller() caller: Caller,
    @Args('input') input: OpenReportingPeriodInput,
  ): Promise<ReportingPeriod> {
    return toReportingPeriod(await this.service.open(caller, input));
  }
}

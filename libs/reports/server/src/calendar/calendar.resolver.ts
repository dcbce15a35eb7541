import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { ReportingPeriod } from '../graphql-types';
import { toReportingPeriod } from '../to-graphql';
import { GenerateReportingPeriodsArgs, ReportingCalendar, ReportingPeriodIdArgs, SaveReportingCalendarInput } from './calendar.graphql-types';
import { CalendarService } from './calendar.service';

@Resolver(() => ReportingCalendar)
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Query(() => ReportingCalendar, { description: "The province's reporting calendar (the customary windows when never saved)" })
  reportingCalendar(): Promise<ReportingCalendar> {
    return this.service.find();
  }

  @Mutation(() => ReportingCalendar, { description: "Province admin: saves the province's reporting calendar" })
  saveReportingCalendar(@CurrentCaller() caller: Caller, @Args('input') input: SaveReportingCalendarInput): Promise<ReportingCalendar> {
    return this.service.save(caller, input);
  }

  @Mutation(() => [ReportingPeriod], { description: "Province admin: creates the year's missing periods from the calendar; answers all the year's periods (idempotent)" })
  async generateReportingPeriods(@CurrentCaller() caller: Caller, @Args() { year }: GenerateReportingPeriodsArgs): Promise<ReportingPeriod[]> {
    return (await this.service.generate(caller, year)).map(toReportingPeriod);
  }

  @Mutation(() => ReportingPeriod, { description: 'Province admin: closes a period; a closed period takes no new data nor reports' })
  async closeReportingPeriod(@CurrentCaller() caller: Caller, @Args() { periodId }: ReportingPeriodIdArgs): Promise<ReportingPeriod> {
    return toReportingPeriod(await this.service.close(caller, periodId));
  }

  @Mutation(() => ReportingPeriod, { description: 'Province admin: reopens a closed period' })
  async reopenReportingPeriod(@CurrentCaller() caller: Caller, @Args() { periodId }: ReportingPeriodIdArgs): Promise<ReportingPeriod> {
    return toReportingPeriod(await this.service.reopen(caller, periodId));
  }
}

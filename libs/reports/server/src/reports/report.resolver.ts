import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { Report, ReportArgs, SubmitReportInput } from '../graphql-types';
import { toReport } from '../to-graphql';
import { ReportService } from './report.service';

@Resolver(() => Report)
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => Report, { nullable: true, description: "A unit's report for a period; null if not started" })
  async report(@CurrentCaller() caller: Caller, @Args() { unitId, periodId }: ReportArgs): Promise<Report | null> {
    const report = await this.service.find(caller, unitId, periodId);
    return report && toReport(report);
  }

  @Mutation(() => Report, { description: 'Unit reporter or head: submits the report with the current self-score' })
  async submitReport(@CurrentCaller() caller: Caller, @Args('input') input: SubmitReportInput): Promise<Report> {
    return toReport(await this.service.submit(caller, input));
  }
}

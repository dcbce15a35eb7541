import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { RenderJob, toRenderJob } from '../rendering/rendering.graphql-types';
import { ProvinceReport, ProvinceReportArgs, SaveProvinceReportInput, toProvinceReport } from './province-report.graphql-types';
import { ProvinceReportService } from './province-report.service';

@Resolver(() => ProvinceReport)
export class ProvinceReportResolver {
  constructor(private readonly service: ProvinceReportService) {}

  @Query(() => ProvinceReport, { description: "The province's consolidated report of a period: committee, province admin, bloc reviewers" })
  async provinceReport(@CurrentCaller() caller: Caller, @Args() { periodId }: ProvinceReportArgs): Promise<ProvinceReport> {
    return toProvinceReport(await this.service.find(caller, periodId));
  }

  @Mutation(() => ProvinceReport, { description: 'Committee: saves the prose and header from the version read (CONFLICT VERSION_MISMATCH if stale)' })
  async saveProvinceReport(@CurrentCaller() caller: Caller, @Args('input') input: SaveProvinceReportInput): Promise<ProvinceReport> {
    return toProvinceReport(await this.service.save(caller, input));
  }

  @Mutation(() => RenderJob, { description: 'Committee or province admin: renders the consolidated report as it is now to DOCX and PDF' })
  async requestProvinceReportRender(@CurrentCaller() caller: Caller, @Args() { periodId }: ProvinceReportArgs): Promise<RenderJob> {
    return toRenderJob(await this.service.requestRender(caller, periodId));
  }
}

import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { RenderJob, RenderJobArgs, ReportFile, toRenderJob, toReportFile } from './rendering.graphql-types';
import { RenderingService } from './rendering.service';

@Resolver(() => RenderJob)
export class RenderJobResolver {
  constructor(private readonly rendering: RenderingService) {}

  @Query(() => RenderJob, {
    nullable: true,
    description: 'A render job and its files: whoever may read the report (the province report: committee, admin, bloc reviewers)',
  })
  async renderJob(@CurrentCaller() caller: Caller, @Args() { id }: RenderJobArgs): Promise<RenderJob> {
    return toRenderJob(await this.rendering.job(caller, id));
  }

  @ResolveField(() => [ReportFile], { description: 'The DOCX and the PDF once DONE (DOCX first); none before' })
  async files(@Parent() job: RenderJob): Promise<ReportFile[]> {
    return (await this.rendering.filesOf(job.id)).map(toReportFile);
  }
}

import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import {
  Report,
  ReportArgs,
  ReportDiff,
  ReportDiffArgs,
  ReportPreview,
  ReportPreviewArgs,
  ReportSnapshotSummary,
  ReportTemplate,
  ReportTransition,
  ReportTransitionInput,
  RequestReportRenderInput,
  ReturnReportInput,
  ReviewQueueArgs,
  ReviewQueueItem,
  SaveReportDraftInput,
  SubmitReportInput,
} from '../graphql-types';
import { toReport, toReportTemplate, toSubmissionProblem } from '../to-graphql';
import { RenderJob, toRenderJob } from '../rendering/rendering.graphql-types';
import { ReportService } from './report.service';

@Resolver(() => Report)
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => Report, { nullable: true, description: "A unit's report for a period; null if never saved" })
  async report(@CurrentCaller() caller: Caller, @Args() { unitId, periodId }: ReportArgs): Promise<Report | null> {
    const found = await this.service.find(caller, unitId, periodId);
    return found && toReport(found.report, found.roles);
  }

  @Query(() => [ReportTemplate], { description: 'The report structures a draft can follow' })
  async reportTemplates(): Promise<ReportTemplate[]> {
    return (await this.service.templates()).map(toReportTemplate);
  }

  @Query(() => ReportPreview, { description: 'The document as it would compile now, with unsaved edits applied; a submitted report shows its frozen version' })
  async reportPreview(@CurrentCaller() caller: Caller, @Args() { unitId, periodId, draft }: ReportPreviewArgs): Promise<ReportPreview> {
    const preview = await this.service.preview(caller, unitId, periodId, draft ?? null);
    return {
      report: preview.report && toReport(preview.report, preview.roles),
      templateCode: preview.draft.templateCode,
      template: toReportTemplate(preview.draft.templateCode),
      header: preview.draft.header,
      document: preview.content.document as unknown as Record<string, unknown>,
      problems: preview.problems.map(toSubmissionProblem),
      contentHash: preview.contentHash,
    };
  }

  @Query(() => ReportDiff, { description: 'Two submitted versions of a report side by side' })
  async reportDiff(@CurrentCaller() caller: Caller, @Args() { reportId, from, to }: ReportDiffArgs): Promise<ReportDiff> {
    return { reportId, from, to, lines: await this.service.diff(caller, reportId, from, to) };
  }

  @Query(() => [ReviewQueueItem], { description: "Bloc reviewer: its units' reports; committee: the province's" })
  async reviewQueue(@CurrentCaller() caller: Caller, @Args() { periodId, statuses }: ReviewQueueArgs): Promise<ReviewQueueItem[]> {
    const rows = await this.service.queue(caller, periodId, statuses ?? null);
    return rows.map((row) => ({ report: toReport(row, row.roles), unitCode: row.unitCode, unitName: row.unitName, blocName: row.blocName, dueOn: row.dueOn }));
  }

  @ResolveField(() => [ReportTransition], { description: 'The workflow so far, oldest first' })
  history(@CurrentCaller() caller: Caller, @Parent() report: Report): Promise<ReportTransition[]> {
    return this.service.history(caller, report).then((rows) => rows.map((h) => ({ ...h, byUserId: h.byUser })));
  }

  @ResolveField(() => RenderJob, { nullable: true, description: 'The last rendering asked for: a compile of the draft, or the submitted version' })
  async latestRenderJob(@CurrentCaller() caller: Caller, @Parent() report: Report): Promise<RenderJob | null> {
    const job = await this.service.latestRenderJob(caller, report);
    return job && toRenderJob(job);
  }

  @ResolveField(() => [ReportSnapshotSummary], { description: 'The submitted versions, newest first' })
  snapshots(@CurrentCaller() caller: Caller, @Parent() report: Report): Promise<ReportSnapshotSummary[]> {
    return this.service.snapshots(caller, report);
  }

  @Mutation(() => Report, { description: 'Unit reporter or head: saves the draft (expectedVersion: the version read, 0 at first)' })
  async saveReportDraft(@CurrentCaller() caller: Caller, @Args('input') input: SaveReportDraftInput): Promise<Report> {
    const saved = await this.service.saveDraft(caller, input);
    return toReport(saved.report, saved.roles);
  }

  @Mutation(() => Report, { description: 'Unit head: signs and submits (or resubmits after a return); idempotent' })
  async submitReport(@CurrentCaller() caller: Caller, @Args('input') input: SubmitReportInput): Promise<Report> {
    const done = await this.service.submit(caller, input);
    return toReport(done.report, done.roles);
  }

  @Mutation(() => RenderJob, { description: 'Renders the draft as it stands to DOCX and PDF in the worker (a submitted report: its frozen version)' })
  async requestReportRender(@CurrentCaller() caller: Caller, @Args('input') { unitId, periodId }: RequestReportRenderInput): Promise<RenderJob> {
    return toRenderJob(await this.service.requestRender(caller, unitId, periodId));
  }

  @Mutation(() => Report, { description: 'Bloc reviewer: marks a submitted report reviewed (thẩm định)' })
  async reviewReport(@CurrentCaller() caller: Caller, @Args('input') { reportId }: ReportTransitionInput): Promise<Report> {
    const done = await this.service.review(caller, reportId);
    return toReport(done.report, done.roles);
  }

  @Mutation(() => Report, { description: 'Bloc reviewer (after review) or committee: approves; the report can no longer change' })
  async approveReport(@CurrentCaller() caller: Caller, @Args('input') { reportId }: ReportTransitionInput): Promise<Report> {
    const done = await this.service.approve(caller, reportId);
    return toReport(done.report, done.roles);
  }

  @Mutation(() => Report, { description: 'Bloc reviewer or committee: returns the report to its unit with the reason' })
  async returnReport(@CurrentCaller() caller: Caller, @Args('input') { reportId, reason }: ReturnReportInput): Promise<Report> {
    const done = await this.service.return(caller, reportId, reason);
    return toReport(done.report, done.roles);
  }
}

import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import { renderJobArgs } from '@qcdc/reports/domain';
import { RENDER_JOB_STATUSES, REPORT_FILE_MEDIA, RenderJobStatus, ReportFileMedia } from '@qcdc/reports/domain';
import { RenderJobRow, ReportFileRow } from './render-job.repository';

export const RenderJobStatusEnum = enumObject(RENDER_JOB_STATUSES);
registerEnumType(RenderJobStatusEnum, { name: 'RenderJobStatus', description: 'QUEUED → RUNNING → DONE, or FAILED with the reason' });
export const ReportFileMediaEnum = enumObject(REPORT_FILE_MEDIA);
registerEnumType(ReportFileMediaEnum, { name: 'ReportFileMedia' });

/** A rendered file of a report (DOCX or PDF). */
@ObjectType()
export class ReportFile {
  @Field(() => ID) id: string;
  @Field(() => ReportFileMediaEnum) media: ReportFileMedia;
  @Field() fileName: string;
  @Field(() => Int) sizeBytes: number;
  @Field({ description: 'GET it through the gateway with the bearer token: /report-files/<id>' }) url: string;
}

/** A document asked to be rendered to DOCX and PDF, and how far the worker has got. */
@ObjectType()
export class RenderJob {
  @Field(() => ID) id: string;
  @Field(() => RenderJobStatusEnum) status: RenderJobStatus;
  @Field(() => Int, { description: '0 to 100' }) progress: number;
  @Field(() => String, { nullable: true, description: 'What the worker is doing, in Vietnamese ("Đang chuyển sang PDF")' }) stage: string | null;
  @Field(() => String, { nullable: true, description: 'Why it FAILED, in Vietnamese (English after " / ")' }) error: string | null;
  @Field(() => GraphQLISODateTime) requestedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  // files: RenderJobResolver.files
}

@ArgsType()
@InputSchema(renderJobArgs)
export class RenderJobArgs {
  @Field(() => ID) id: string;
}

export const toRenderJob = (j: RenderJobRow): RenderJob => ({
  id: j.id,
  status: j.status,
  progress: j.progress,
  stage: j.stage,
  error: j.error,
  requestedAt: j.requestedAt,
  finishedAt: j.finishedAt,
});

export const reportFileUrl = (id: string) => `/report-files/${id}`;

export const toReportFile = (f: ReportFileRow): ReportFile => ({
  id: f.id,
  media: f.media,
  fileName: f.fileName,
  sizeBytes: f.sizeBytes,
  url: reportFileUrl(f.id),
});

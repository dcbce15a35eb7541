import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import { InputSchema } from '@qcdc/shared/subgraph';
import { PROVINCE_REPORT_TEMPLATE, periodArgs, saveProvinceReportInput } from '@qcdc/reports/domain';
import { BandCount, ReportHeader, ReportHeaderInput, ReportTemplateSection } from '../graphql-types';
import { RenderJob, toRenderJob } from '../rendering/rendering.graphql-types';
import type { ProvinceReportView } from './province-report.service';

/** A unit expected to report for the period that has not submitted. */
@ObjectType()
export class NotSubmittedUnit {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) blocName: string | null;
}

/** The figures of the consolidated report; each percentage is of the units expected (null when none is). */
@ObjectType()
export class ProvinceReportFigures {
  @Field(() => Int) unitsExpected: number;
  @Field(() => Int) unitsSubmitted: number;
  @Field(() => Int) unitsOnTime: number;
  @Field(() => Int) unitsApproved: number;
  @Field(() => Float, { nullable: true }) submittedPercent: number | null;
  @Field(() => Float, { nullable: true }) onTimePercent: number | null;
  @Field(() => Float, { nullable: true }) approvedPercent: number | null;
  @Field(() => Float, { nullable: true, description: 'Of the submitted self-scores' }) averageScore: number | null;
  @Field(() => [BandCount]) bands: BandCount[];
  @Field(() => GraphQLJSONObject, { description: 'Activity kind → number of records of the submitted units in the data window' })
  activityCounts: Record<string, number>;
  @Field(() => [NotSubmittedUnit]) notSubmitted: NotSubmittedUnit[];
}

/** The consolidated report's own template: five sections, prose keyed by their numbers. */
@ObjectType()
export class ProvinceReportTemplate {
  @Field() name: string;
  @Field(() => [ReportTemplateSection]) sections: ReportTemplateSection[];
}

/** The province's consolidated report of a period (báo cáo tổng hợp): saved or proposed, with its document now. */
@ObjectType()
export class ProvinceReport {
  @Field(() => ID) periodId: string;
  @Field(() => GraphQLJSONObject, { description: 'Section key → text' }) prose: Record<string, string>;
  @Field(() => ReportHeader, { description: 'Saved, or proposed from the province when never saved' }) header: ReportHeader;
  @Field(() => Int, { description: 'For saveProvinceReport.expectedVersion: 0 when never saved' }) version: number;
  @Field(() => ProvinceReportFigures) figures: ProvinceReportFigures;
  @Field(() => ProvinceReportTemplate) template: ProvinceReportTemplate;
  @Field(() => GraphQLJSONObject, { description: 'The OfficialDocument as it would render now' }) document: object;
  @Field(() => RenderJob, { nullable: true }) latestRenderJob: RenderJob | null;
}

@InputType()
@InputSchema(saveProvinceReportInput)
export class SaveProvinceReportInput {
  @Field(() => ID) periodId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Section key (I … V) → text; null or blank clears it; absent keys stay' })
  prose?: Record<string, string | null> | null;
  @Field(() => ReportHeaderInput, { nullable: true }) header?: ReportHeaderInput | null;
}

@ArgsType()
@InputSchema(periodArgs)
export class ProvinceReportArgs {
  @Field(() => ID) periodId: string;
}

export const PROVINCE_REPORT_TEMPLATE_VIEW: ProvinceReportTemplate = {
  name: PROVINCE_REPORT_TEMPLATE.name,
  sections: PROVINCE_REPORT_TEMPLATE.sections.map((s) => ({ key: s.key, number: s.number, title: s.title, depth: 0, parentKey: null, proseRequired: s.proseRequired })),
};

export const toProvinceReport = (v: ProvinceReportView): ProvinceReport => ({
  periodId: v.periodId,
  prose: v.prose,
  header: { ...v.header, signature: { ...v.header.signature } },
  version: v.version,
  figures: { ...v.figures, notSubmitted: [...v.figures.notSubmitted] },
  template: PROVINCE_REPORT_TEMPLATE_VIEW,
  document: v.document,
  latestRenderJob: v.latestRenderJob && toRenderJob(v.latestRenderJob),
});

import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BANDS, Band, PERIOD_KINDS, PERIOD_STATUSES, PeriodKind, PeriodStatus, enumObject } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import { GraphQLJSONObject } from 'graphql-type-json';
import {
  DOCUMENT_FORMATS,
  DocumentFormat,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  REPORT_TEMPLATE_CODES,
  ReportAction,
  ReportStatus,
  ReportTemplateCode,
  SIGNING_MODES,
  SigningMode,
  reportDiffArgs,
  reportPreviewArgs,
  reportTransitionInput,
  requestReportRenderInput,
  returnReportInput,
  reviewQueueArgs,
  saveReportDraftInput,
  openReportingPeriodInput,
  periodArgs,
  reportArgs,
  reportingPeriodsArgs,
  submitReportInput,
  RANKING_SORTS,
  ROLLUP_DIMENSIONS,
  RankingSort,
  RollupDimension,
  completenessArgs,
  rollupCellsArgs,
  unitRankingInput,
  unitStandingArgs,
} from '@qcdc/reports/domain';

export const PeriodKindEnum = enumObject(PERIOD_KINDS);
export const ReportStatusEnum = enumObject(REPORT_STATUSES);
registerEnumType(PeriodKindEnum, { name: 'PeriodKind', description: 'Sơ kết 6 tháng or tổng kết năm' });
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });
export const ReportActionEnum = enumObject(REPORT_ACTIONS);
registerEnumType(ReportActionEnum, { name: 'ReportAction', description: 'Gửi, thẩm định, duyệt, trả lại, gửi lại' });
export const ReportTemplateCodeEnum = enumObject(REPORT_TEMPLATE_CODES);
registerEnumType(ReportTemplateCodeEnum, { name: 'ReportTemplateCode', description: 'The 2006 structure (Decree 71) or the current law (Law 10/2022)' });
export const DocumentFormatEnum = enumObject(DOCUMENT_FORMATS);
registerEnumType(DocumentFormatEnum, { name: 'DocumentFormat', description: 'PARTY: Hướng dẫn 36-HD/VPTW; STATE: Nghị định 30/2020/NĐ-CP' });
export const SigningModeEnum = enumObject(SIGNING_MODES);
registerEnumType(SigningModeEnum, { name: 'SigningMode', description: 'T/M (ON_BEHALF), K/T (DEPUTY), T/L (BY_ORDER), or own name' });
export const SubmissionProblemSeverityEnum = enumObject(['BLOCKING', 'WARNING'] as const);
registerEnumType(SubmissionProblemSeverityEnum, { name: 'SubmissionProblemSeverity' });
export const PeriodStatusEnum = enumObject(PERIOD_STATUSES);
registerEnumType(PeriodStatusEnum, { name: 'PeriodStatus', description: 'A closed period takes no new data' });
/** Same enum as the scoring subgraph's Band (federation merges value types of equal definition). */
export const BandEnum = enumObject(BANDS);
registerEnumType(BandEnum, { name: 'Band', description: 'Xếp loại: Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Yếu < 50' });

/** A reporting period (kỳ báo cáo) with its data window and due date. */
@ObjectType()
export class ReportingPeriod {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => PeriodKindEnum) kind: PeriodKind;
  @Field() windowStart: string;
  @Field() windowEnd: string;
  @Field() dueOn: string;
  @Field(() => Int) graceDays: number;
  @Field(() => PeriodStatusEnum) status: PeriodStatus;
}

// Each input class is checked by its schema from @qcdc/reports/domain before the resolver runs (InputPipe).

@InputType()
@InputSchema(openReportingPeriodInput)
export class OpenReportingPeriodInput {
  @Field(() => Int) year: number;
  @Field(() => PeriodKindEnum) kind: PeriodKind;
  @Field({ description: 'YYYY-MM-DD' }) windowStart: string;
  @Field({ description: 'YYYY-MM-DD' }) windowEnd: string;
  @Field({ description: 'YYYY-MM-DD' }) dueOn: string;
  @Field(() => Int, { nullable: true }) graceDays: number | null;
}

/** Header, number, place and date, subject, recipients and signature of an official document. */
@ObjectType()
export class ReportSignature {
  @Field(() => SigningModeEnum) mode: SigningMode;
  @Field(() => String, { nullable: true, description: 'T/M, K/T …: the body signed for' }) onBehalfOf: string | null;
  @Field() title: string;
  @Field() name: string;
}

@ObjectType()
export class ReportHeader {
  @Field(() => DocumentFormatEnum) format: DocumentFormat;
  @Field(() => String, { nullable: true }) issuerParent: string | null;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() place: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn: string;
  @Field() subject: string;
  @Field(() => [String], { description: 'Nơi nhận' }) recipients: readonly string[];
  @Field(() => ReportSignature) signature: ReportSignature;
}

@InputType()
export class ReportSignatureInput {
  @Field(() => SigningModeEnum) mode: SigningMode;
  @Field(() => String, { nullable: true }) onBehalfOf: string | null;
  @Field() title: string;
  @Field() name: string;
}

@InputType()
export class ReportHeaderInput {
  @Field(() => DocumentFormatEnum) format: DocumentFormat;
  @Field(() => String, { nullable: true }) issuerParent: string | null;
  @Field() issuer: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field() place: string;
  @Field({ description: 'YYYY-MM-DD' }) issuedOn: string;
  @Field() subject: string;
  @Field(() => [String]) recipients: string[];
  @Field(() => ReportSignatureInput) signature: ReportSignatureInput;
}

/** A template section, flattened in reading order (depth 0 is the top). */
@ObjectType()
export class ReportTemplateSection {
  @Field() key: string;
  @Field() number: string;
  @Field() title: string;
  @Field(() => Int) depth: number;
  @Field(() => String, { nullable: true }) parentKey: string | null;
  @Field() proseRequired: boolean;
}

@ObjectType()
export class ReportTemplate {
  @Field(() => ReportTemplateCodeEnum) code: ReportTemplateCode;
  @Field() name: string;
  @Field(() => [ReportTemplateSection]) sections: ReportTemplateSection[];
}

/** What stands before a submission: BLOCKING stops it, WARNING asks to confirm. */
@ObjectType()
export class SubmissionProblem {
  @Field(() => SubmissionProblemSeverityEnum) severity: 'BLOCKING' | 'WARNING';
  @Field({ description: 'CRITERION_BLANK, SECTION_EMPTY, HEADER_INCOMPLETE, FLAGGED' }) reason: string;
  @Field({ description: "The criterion's code, the section's key, or the flag's code" }) ref: string;
  @Field() message: string;
  @Field() messageEn: string;
}

/** One step of the workflow. */
@ObjectType()
export class ReportTransition {
  @Field(() => ReportActionEnum) action: ReportAction;
  @Field(() => ReportStatusEnum) fromStatus: ReportStatus;
  @Field(() => ReportStatusEnum) toStatus: ReportStatus;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID) byUserId: string;
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => Int, { nullable: true }) snapshotNumber: number | null;
}

/** A submitted version, frozen. */
@ObjectType()
export class ReportSnapshotSummary {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field({ description: 'SHA-256 of the frozen content' }) contentHash: string;
  @Field(() => GraphQLISODateTime) submittedAt: Date;
  @Field() late: boolean;
  @Field(() => Float) scoreTotal: number;
  @Field(() => BandEnum) band: string;
}

/** A unit's report for a period: its draft, where it is in the workflow, and its submitted versions. */
@ObjectType()
export class Report {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => ReportStatusEnum) status: ReportStatus;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The last submission' }) submittedAt: Date | null;
  @Field(() => Boolean, { nullable: true }) late: boolean | null;
  @Field(() => Float, { nullable: true }) scoreTotal: number | null;
  @Field(() => BandEnum, { nullable: true }) band: string | null;
  @Field(() => ReportTemplateCodeEnum) templateCode: ReportTemplateCode;
  @Field(() => GraphQLJSONObject, { description: 'Section key → text' }) prose: Record<string, string>;
  @Field(() => GraphQLJSONObject, { description: 'Record id → section key' }) placements: Record<string, string>;
  @Field(() => ReportHeader, { nullable: true, description: 'Null until saved (reportPreview proposes one)' }) header: ReportHeader | null;
  @Field(() => Int, { description: 'The draft version saveReportDraft expects' }) version: number;
  @Field(() => String, { nullable: true }) returnReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) approvedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) returnedAt: Date | null;
  @Field(() => [ReportActionEnum], { description: 'What the caller may do to it now' }) allowedActions: ReportAction[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Figures a legacy import read, as read' }) imported: Record<string, unknown> | null;
}

/** The document as it would compile now: what the live preview shows and the submit button checks. */
@ObjectType()
export class ReportPreview {
  @Field(() => Report, { nullable: true }) report: Report | null;
  @Field(() => ReportTemplateCodeEnum) templateCode: ReportTemplateCode;
  @Field(() => ReportTemplate) template: ReportTemplate;
  @Field(() => ReportHeader) header: ReportHeader;
  @Field(() => GraphQLJSONObject, { description: 'The OfficialDocument' }) document: Record<string, unknown>;
  @Field(() => [SubmissionProblem]) problems: SubmissionProblem[];
  @Field() contentHash: string;
}

@ObjectType()
export class ReportDiffLine {
  @Field() section: string;
  @Field({ description: 'SAME, ADDED, REMOVED or CHANGED' }) change: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType()
export class ReportDiff {
  @Field(() => ID) reportId: string;
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
  @Field(() => [ReportDiffLine]) lines: ReportDiffLine[];
}

@ObjectType()
export class ReviewQueueItem {
  @Field(() => Report) report: Report;
  @Field() unitCode: string;
  @Field() unitName: string;
  @Field(() => String, { nullable: true }) blocName: string | null;
  @Field() dueOn: string;
}

@InputType()
export class ReportDraftInput {
  @Field(() => ReportTemplateCodeEnum, { nullable: true }) templateCode?: ReportTemplateCode | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) prose?: Record<string, string | null> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) placements?: Record<string, string> | null;
  @Field(() => ReportHeaderInput, { nullable: true }) header?: ReportHeaderInput | null;
}

@InputType()
@InputSchema(saveReportDraftInput)
export class SaveReportDraftInput extends ReportDraftInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => Int, { description: 'The version read; 0 before the first save' }) expectedVersion: number;
}

@ArgsType()
@InputSchema(reportPreviewArgs)
export class ReportPreviewArgs {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => ReportDraftInput, { nullable: true, description: 'Unsaved edits to apply' }) draft?: ReportDraftInput | null;
}

@InputType()
@InputSchema(reportTransitionInput)
export class ReportTransitionInput {
  @Field(() => ID) reportId: string;
}

@InputType()
@InputSchema(returnReportInput)
export class ReturnReportInput {
  @Field(() => ID) reportId: string;
  @Field(() => String, { nullable: true, description: 'Required: what the unit must correct' }) reason: string | null;
}

@ArgsType()
@InputSchema(reportDiffArgs)
export class ReportDiffArgs {
  @Field(() => ID) reportId: string;
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
}

@ArgsType()
@InputSchema(reviewQueueArgs)
export class ReviewQueueArgs {
  @Field(() => ID) periodId: string;
  @Field(() => [ReportStatusEnum], { nullable: true, description: 'Default: SUBMITTED and REVIEWED' }) statuses?: ReportStatus[] | null;
}

@InputType()
@InputSchema(requestReportRenderInput)
export class RequestReportRenderInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
}

@InputType()
@InputSchema(submitReportInput)
export class SubmitReportInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
}

@ObjectType()
export class BandCount {
  @Field(() => BandEnum) band: string;
  @Field(() => Int) count: number;
}

/** The province's roll-up for a period, kept by the worker from the submissions. */
@ObjectType()
export class ProvinceRollup {
  @Field(() => ID) periodId: string;
  @Field(() => Int) unitsExpected: number;
  @Field(() => Int) unitsSubmitted: number;
  @Field(() => Int) unitsOnTime: number;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => [BandCount]) bands: BandCount[];
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
}

/** One line of the committee's comparison of units. */
@ObjectType()
export class UnitComparisonRow {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) blocName: string | null;
  @Field() submitted: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt: Date | null;
  @Field(() => Boolean, { nullable: true }) late: boolean | null;
  @Field(() => Float, { nullable: true }) scoreTotal: number | null;
  @Field(() => BandEnum, { nullable: true }) band: string | null;
}

@ArgsType()
@InputSchema(reportingPeriodsArgs)
export class ReportingPeriodsArgs {
  @Field(() => Int) year: number;
}

@ArgsType()
@InputSchema(reportArgs)
export class ReportArgs {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
}

@ArgsType()
@InputSchema(periodArgs)
export class PeriodArgs {
  @Field(() => ID) periodId: string;
}

// ---- The committee's dashboards (issue 11), read from the roll-ups

export const RollupDimensionEnum = enumObject(ROLLUP_DIMENSIONS);
registerEnumType(RollupDimensionEnum, { name: 'RollupDimension', description: 'The whole province, a bloc, or a unit type' });
export const RankingSortEnum = enumObject(RANKING_SORTS);
registerEnumType(RankingSortEnum, { name: 'RankingSort', description: 'Best score first by default; ties and units without a score by code' });

@ObjectType()
export class KindCount {
  @Field() kind: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType()
export class CriterionAverage {
  @Field() code: string;
  @Field() title: string;
  @Field(() => Float) maxPoints: number;
  @Field(() => Float, { nullable: true }) average: number | null;
}

/** The figures of one cell of a period: the province, a bloc or a unit type. */
@ObjectType()
export class RollupCell {
  @Field(() => ID) periodId: string;
  @Field(() => RollupDimensionEnum) dimension: RollupDimension;
  @Field({ description: 'The bloc’s id, the unit type’s code, or "" for the province' }) value: string;
  @Field({ description: '"Toàn tỉnh", the bloc’s name, the unit type’s Vietnamese name' }) label: string;
  @Field(() => Int) unitsExpected: number;
  @Field(() => Int) unitsSubmitted: number;
  @Field(() => Int) unitsNotSubmitted: number;
  @Field(() => Int) unitsOnTime: number;
  @Field(() => Int) unitsLate: number;
  @Field(() => Int) unitsApproved: number;
  @Field(() => Int) unitsReturned: number;
  @Field(() => Float, { nullable: true, description: 'Percent of the units expected; null when none expected' }) submissionRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Percent of the units that submitted' }) onTimeRate: number | null;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => Float, { nullable: true }) medianScore: number | null;
  @Field(() => [Int], { description: 'Units by score: [0,10), [10,20) … [90,100]' }) scoreHistogram: number[];
  @Field(() => [BandCount], { description: 'Every band, best first' }) bandCounts: BandCount[];
  @Field(() => [CriterionAverage], { description: 'The period’s published rubric’s criteria, in rubric order' }) criterionAverages: CriterionAverage[];
  @Field(() => Float, { nullable: true }) staffConferenceRate: number | null;
  @Field(() => Int) inspectionBoards: number;
  @Field(() => Int) inspectionSessions: number;
  @Field(() => Int) disclosures: number;
  @Field(() => Int) consultations: number;
  @Field(() => Int) complaintsReceived: number;
  @Field(() => Int) complaintsResolved: number;
  @Field(() => [KindCount]) activityCounts: KindCount[];
  @Field(() => GraphQLISODateTime, { nullable: true }) refreshedAt: Date | null;
}

/** A unit of the period and where its report is. */
@ObjectType()
export class UnitCompleteness {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) blocId: string | null;
  @Field(() => String, { nullable: true }) blocName: string | null;
  @Field() unitType: string;
  @Field(() => ReportStatusEnum, { nullable: true, description: 'Null: nothing submitted' }) status: ReportStatus | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt: Date | null;
  @Field(() => Boolean, { nullable: true }) late: boolean | null;
  @Field(() => ID, { nullable: true }) reportId: string | null;
  @Field(() => Int, { nullable: true, description: 'Not submitted and past due: whole days since the due day' }) daysOverdue: number | null;
  @Field(() => String, { nullable: true, description: 'The last reminder about the unit in the period: "T-7", "T+3"; null: none yet' })
  lastReminder: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last reminder went' }) lastRemindedAt: Date | null;
}

@InputType()
@InputSchema(unitRankingInput)
export class UnitRankingInput {
  @Field(() => ID) periodId: string;
  @Field(() => ID, { nullable: true }) blocId: string | null;
  @Field(() => String, { nullable: true }) unitType: string | null;
  @Field(() => BandEnum, { nullable: true }) band: Band | null;
  @Field(() => String, { nullable: true, description: 'Code or name, accent-insensitive' }) search: string | null;
  @Field(() => RankingSortEnum, { nullable: true, defaultValue: 'SCORE_DESC' }) sort: RankingSort;
  @Field(() => Int, { nullable: true, defaultValue: 0 }) offset: number;
  @Field(() => Int, { nullable: true, defaultValue: 50, description: '1 to 500' }) limit: number;
}

@ObjectType()
export class RankedUnit {
  @Field(() => Int, { nullable: true, description: 'Competition ranking (1, 2, 2, 4) by score among the filtered units with a score' })
  rank: number | null;
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) blocId: string | null;
  @Field(() => String, { nullable: true }) blocName: string | null;
  @Field() unitType: string;
  @Field(() => ReportStatusEnum, { nullable: true }) status: ReportStatus | null;
  @Field(() => Float, { nullable: true }) scoreTotal: number | null;
  @Field(() => BandEnum, { nullable: true }) band: Band | null;
  @Field(() => Boolean, { nullable: true }) late: boolean | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt: Date | null;
  @Field(() => ID, { nullable: true }) reportId: string | null;
  @Field(() => Float, { nullable: true, description: 'Same unit, same period kind, previous year' }) lastYearScore: number | null;
}

@ObjectType()
export class UnitRankingPage {
  @Field(() => Int) total: number;
  @Field(() => [RankedUnit]) rows: RankedUnit[];
  @Field(() => [BandCount], { description: 'The filtered units per band (the band filter aside)' }) bandCounts: BandCount[];
}

@ObjectType()
export class HeatmapCriterion {
  @Field() code: string;
  @Field() title: string;
  @Field(() => Float) maxPoints: number;
}

@ObjectType()
export class HeatmapRow {
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => Float, { nullable: true }) scoreTotal: number | null;
  @Field(() => [Float], { nullable: 'items', description: 'Aligned with the criteria; null: no score' }) scores: (number | null)[];
}

@ObjectType()
export class CriterionHeatmap {
  @Field(() => Int) total: number;
  @Field(() => [HeatmapCriterion]) criteria: HeatmapCriterion[];
  @Field(() => [HeatmapRow]) rows: HeatmapRow[];
}

@ObjectType()
export class YearOverYearRow {
  @Field(() => RollupDimensionEnum) dimension: RollupDimension;
  @Field() value: string;
  @Field() label: string;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => Float, { nullable: true }) lastYearAverageScore: number | null;
  @Field(() => Float, { nullable: true }) submissionRate: number | null;
  @Field(() => Float, { nullable: true }) lastYearSubmissionRate: number | null;
  @Field(() => [BandCount]) bandCounts: BandCount[];
  @Field(() => [BandCount]) lastYearBandCounts: BandCount[];
}

@ObjectType()
export class StandingCriterion {
  @Field() code: string;
  @Field() title: string;
  @Field(() => Float) maxPoints: number;
  @Field(() => Float, { nullable: true }) points: number | null;
  @Field(() => Float, { nullable: true }) blocMedian: number | null;
  @Field(() => Float, { nullable: true }) lastYear: number | null;
}

/** Why a unit ranks where it does: its score per criterion against its bloc's median and its own last year. */
@ObjectType()
export class UnitStanding {
  @Field(() => ID) periodId: string;
  @Field(() => ID) unitId: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) blocId: string | null;
  @Field(() => String, { nullable: true }) blocName: string | null;
  @Field() unitType: string;
  @Field(() => Int, { nullable: true, description: 'Rank in the province among the units with a score' }) rank: number | null;
  @Field(() => Int) rankedUnits: number;
  @Field(() => Int, { nullable: true }) blocRank: number | null;
  @Field(() => Int) blocRankedUnits: number;
  @Field(() => Float, { nullable: true }) scoreTotal: number | null;
  @Field(() => BandEnum, { nullable: true }) band: Band | null;
  @Field(() => Float, { nullable: true }) lastYearScore: number | null;
  @Field(() => ReportStatusEnum, { nullable: true }) status: ReportStatus | null;
  @Field(() => ID, { nullable: true }) reportId: string | null;
  @Field(() => [StandingCriterion]) criteria: StandingCriterion[];
}

@ArgsType()
@InputSchema(rollupCellsArgs)
export class RollupCellsArgs {
  @Field(() => ID) periodId: string;
  @Field(() => RollupDimensionEnum) dimension: RollupDimension;
}

@ArgsType()
@InputSchema(completenessArgs)
export class CompletenessArgs {
  @Field(() => ID) periodId: string;
  @Field(() => ID, { nullable: true }) blocId: string | null;
}

@ArgsType()
@InputSchema(unitStandingArgs)
export class UnitStandingArgs {
  @Field(() => ID) periodId: string;
  @Field(() => ID) unitId: string;
}

import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BANDS, PERIOD_KINDS, PERIOD_STATUSES, PeriodKind, PeriodStatus, enumObject } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  REPORT_STATUSES,
  ReportStatus,
  openReportingPeriodInput,
  periodArgs,
  reportArgs,
  reportingPeriodsArgs,
  submitReportInput,
} from '@qcdc/reports/domain';

export const PeriodKindEnum = enumObject(PERIOD_KINDS);
export const ReportStatusEnum = enumObject(REPORT_STATUSES);
registerEnumType(PeriodKindEnum, { name: 'PeriodKind', description: 'Sơ kết 6 tháng or tổng kết năm' });
registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });
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

/** A unit's report for a period; a submitted report is frozen with its score. */
@ObjectType()
export class Report {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => ReportStatusEnum) status: ReportStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) submittedAt: Date | null;
  @Field(() => Boolean, { nullable: true }) late: boolean | null;
  @Field(() => Float, { nullable: true }) scoreTotal: number | null;
  @Field(() => BandEnum, { nullable: true }) band: string | null;
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

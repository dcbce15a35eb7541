import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PeriodKind } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import { generateReportingPeriodsArgs, reportingPeriodIdArgs, saveReportingCalendarInput } from '@qcdc/reports/domain';
import { PeriodKindEnum } from '../graphql-types';

/** How the province's calendar sets one kind of period: days of the year as "MM-DD". */
@ObjectType()
export class CalendarRule {
  @Field(() => PeriodKindEnum) kind: PeriodKind;
  @Field({ description: '"MM-DD" of the year before (e.g. "12-15") when windowStartPreviousYear, else of the year' }) windowStart: string;
  @Field() windowStartPreviousYear: boolean;
  @Field({ description: '"MM-DD"' }) windowEnd: string;
  @Field({ description: '"MM-DD"' }) due: string;
  @Field(() => Int) graceDays: number;
}

@ObjectType({ description: "The province's reporting calendar (lịch báo cáo): the customary windows until the admin saves one" })
export class ReportingCalendar {
  @Field(() => [CalendarRule]) rules: CalendarRule[];
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
}

@InputType()
export class CalendarRuleInput {
  @Field(() => PeriodKindEnum) kind: PeriodKind;
  @Field() windowStart: string;
  @Field() windowStartPreviousYear: boolean;
  @Field() windowEnd: string;
  @Field() due: string;
  @Field(() => Int) graceDays: number;
}

@InputType()
@InputSchema(saveReportingCalendarInput)
export class SaveReportingCalendarInput {
  @Field(() => [CalendarRuleInput]) rules: CalendarRuleInput[];
}

@ArgsType()
@InputSchema(generateReportingPeriodsArgs)
export class GenerateReportingPeriodsArgs {
  @Field(() => Int) year: number;
}

@ArgsType()
@InputSchema(reportingPeriodIdArgs)
export class ReportingPeriodIdArgs {
  @Field(() => ID) periodId: string;
}

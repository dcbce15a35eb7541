import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import { InputSchema } from '@qcdc/shared/subgraph';
import { ReportHeaderInput, importLegacyReportInput, parseLegacyReportArgs } from '@qcdc/reports/domain';

/** A past report as read, for a person to check before confirming: the parser's draft, as JSON. */
@ObjectType()
export class LegacyReportParse {
  @Field(() => GraphQLJSONObject, { description: 'sections, profile, meetings, documents, personnel, boards, selfScore, recipients, signer, warnings' })
  draft: Record<string, unknown>;
  @Field(() => [String], { description: 'What the parser could not read, for the person to fill in' })
  warnings: string[];
}

@ArgsType()
@InputSchema(parseLegacyReportArgs)
export class ParseLegacyReportArgs {
  @Field() text: string;
}

@InputType()
@InputSchema(importLegacyReportInput)
export class ImportLegacyReportInput {
  @Field(() => ID) unitId: string;
  @Field(() => ID) periodId: string;
  @Field(() => GraphQLJSONObject, { description: 'DECREE_71_2006 section key → text' }) prose: Record<string, string>;
  // The ReportHeaderInput of the contract, as JSON until the reports' header type lands; checked all the same
  // (reportHeaderInput) before the resolver runs.
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'A ReportHeaderInput; null: proposed from the unit later' })
  header?: ReportHeaderInput | null;
  @Field(() => GraphQLJSONObject, { description: 'The figures as read and confirmed' }) imported: Record<string, unknown>;
}

import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import { InputSchema } from '@qcdc/shared/subgraph';
import { importLegacyReportInput, parseLegacyReportArgs } from '@qcdc/reports/domain';
import { ReportHeaderInput } from '../graphql-types';

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
  @Field(() => ReportHeaderInput, { nullable: true, description: 'Null: proposed from the unit, as for any draft never saved' })
  header?: ReportHeaderInput | null;
  @Field(() => GraphQLJSONObject, { description: 'The figures as read and confirmed' }) imported: Record<string, unknown>;
}

import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { Report } from '../graphql-types';
import { toReport } from '../to-graphql';
import { ImportLegacyReportInput, LegacyReportParse, ParseLegacyReportArgs } from './legacy.graphql-types';
import { LegacyImportService } from './legacy.service';

@Resolver(() => LegacyReportParse)
export class LegacyImportResolver {
  constructor(private readonly service: LegacyImportService) {}

  @Query(() => LegacyReportParse, { description: 'Reads a past report (the 2006 structure) pasted as text; writes nothing' })
  async parseLegacyReport(@CurrentCaller() caller: Caller, @Args() { text }: ParseLegacyReportArgs): Promise<LegacyReportParse> {
    const { draft, warnings } = await this.service.parseText(caller, text);
    return { draft: draft as unknown as Record<string, unknown>, warnings };
  }

  @Mutation(() => Report, { description: "Reporter or head: the unit's draft for the period from a past report the person checked" })
  async importLegacyReport(@CurrentCaller() caller: Caller, @Args('input') input: ImportLegacyReportInput): Promise<Report> {
    const { report, roles } = await this.service.import(caller, input);
    return toReport(report, roles);
  }
}

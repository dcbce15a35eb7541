import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { PeriodArgs, ProvinceRollup, UnitComparisonRow } from '../graphql-types';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => ProvinceRollup, { description: 'Committee: the province figures of a period' })
  provinceRollup(@CurrentCaller() caller: Caller, @Args() { periodId }: PeriodArgs): Promise<ProvinceRollup> {
    return this.service.rollup(caller, periodId);
  }

  @Query(() => [UnitComparisonRow], { description: 'Committee or bloc reviewer: units side by side for a period' })
  unitComparison(@CurrentCaller() caller: Caller, @Args() { periodId }: PeriodArgs): Promise<UnitComparisonRow[]> {
    return this.service.comparison(caller, periodId);
  }
}

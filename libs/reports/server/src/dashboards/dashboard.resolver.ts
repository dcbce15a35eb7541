import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { PeriodArgs, ProvinceRollup, UnitComparisonRow } from '../graphql-types';
import { toProvinceRollup, toUnitComparisonRow } from '../to-graphql';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @Query(() => ProvinceRollup, { description: 'Committee: the province figures of a period' })
  async provinceRollup(@CurrentCaller() caller: Caller, @Args() { periodId }: PeriodArgs): Promise<ProvinceRollup> {
    return toProvinceRollup(await this.service.rollup(caller, periodId));
  }

  @Query(() => [UnitComparisonRow], { description: 'Committee or bloc reviewer: units side by side for a period' })
  async unitComparison(@CurrentCaller() caller: Caller, @Args() { periodId }: PeriodArgs): Promise<UnitComparisonRow[]> {
    return (await this.service.comparison(caller, periodId)).map(toUnitComparisonRow);
  }
}

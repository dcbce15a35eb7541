import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import {
  CompletenessArgs,
  CriterionHeatmap,
  PeriodArgs,
  ProvinceRollup,
  RollupCell,
  RollupCellsArgs,
  UnitComparisonRow,
  UnitCompleteness,
  UnitRankingInput,
  UnitRankingPage,
  UnitStanding,
  UnitStandingArgs,
  YearOverYearRow,
} from '../graphql-types';
import {
  toCriterionHeatmap,
  toProvinceRollup,
  toRollupCell,
  toUnitComparisonRow,
  toUnitCompleteness,
  toUnitRankingPage,
  toUnitStanding,
  toYearOverYearRow,
} from '../to-graphql';
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

  @Query(() => [RollupCell], { description: 'Committee: the roll-up cells of a period by province, bloc or unit type; a bloc reviewer: its blocs’ cells' })
  async rollupCells(@CurrentCaller() caller: Caller, @Args() { periodId, dimension }: RollupCellsArgs): Promise<RollupCell[]> {
    return (await this.service.rollupCells(caller, periodId, dimension)).map(toRollupCell);
  }

  @Query(() => [UnitCompleteness], { description: 'Who has submitted, who has not and for how long; a bloc reviewer: its blocs' })
  async completeness(@CurrentCaller() caller: Caller, @Args() { periodId, blocId }: CompletenessArgs): Promise<UnitCompleteness[]> {
    return (await this.service.completeness(caller, periodId, blocId)).map(toUnitCompleteness);
  }

  @Query(() => UnitRankingPage, { description: 'The units ranked by score, filtered, sorted and paged' })
  async unitRanking(@CurrentCaller() caller: Caller, @Args('input') input: UnitRankingInput): Promise<UnitRankingPage> {
    return toUnitRankingPage(await this.service.unitRanking(caller, input));
  }

  @Query(() => CriterionHeatmap, { description: 'The page of units of a ranking × the rubric’s criteria' })
  async criterionHeatmap(@CurrentCaller() caller: Caller, @Args('input') input: UnitRankingInput): Promise<CriterionHeatmap> {
    return toCriterionHeatmap(await this.service.unitRanking(caller, input));
  }

  @Query(() => [YearOverYearRow], { description: 'Each cell of a period beside the same cell of the same period kind a year before' })
  async yearOverYear(@CurrentCaller() caller: Caller, @Args() { periodId, dimension }: RollupCellsArgs): Promise<YearOverYearRow[]> {
    return (await this.service.yearOverYear(caller, periodId, dimension)).map(toYearOverYearRow);
  }

  @Query(() => UnitStanding, { description: 'Why a unit ranks where it does: its points per criterion, its bloc’s median, its last year' })
  async unitStanding(@CurrentCaller() caller: Caller, @Args() { periodId, unitId }: UnitStandingArgs): Promise<UnitStanding> {
    return toUnitStanding(await this.service.unitStanding(caller, periodId, unitId));
  }
}

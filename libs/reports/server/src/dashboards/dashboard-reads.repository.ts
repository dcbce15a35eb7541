import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Band } from '@qcdc/shared/contracts';
import { firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import {
  RankingSort,
  ReportStatus,
  RollupDimension,
  SEARCH_FOLD_FROM,
  SEARCH_FOLD_TO,
  UnitRankingQuery,
  foldForSearch,
} from '@qcdc/reports/domain';

/** A period as the dashboards need it: its kind and year, its due day, today by the app clock, last year's twin. */
export interface DashboardPeriod {
  id: string;
  year: number;
  kind: string;
  dueOn: string;
  today: string;
  /** The period of the same kind in the year before, if the province had one. */
  lastYearPeriodId: string | null;
}

/** A criterion of the period's published rubric that units score directly, in rubric order. */
export interface RubricCriterion {
  code: string;
  title: string;
  maxPoints: number;
  /** The code last year's rubric had for it. */
  lastYearCode: string;
}

/** One roll-up cell as the worker keeps it (rollups.cell_view). */
export interface CellRow {
  periodId: string;
  dimension: RollupDimension;
  value: string;
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  unitsLate: number;
  unitsApproved: number;
  unitsReturned: number;
  scoreCount: number;
  scoreSum: number;
  scoreHistogram: number[];
  bandCounts: Record<string, number>;
  criterionSums: Record<string, number>;
  criterionCounts: Record<string, number>;
  activityCounts: Record<string, number>;
  figureSums: Record<string, number>;
  unitsWithKind: Record<string, number>;
  refreshedAt: Date | null;
}

/** One unit of a period (rollups.unit_standing_view). */
export interface StandingRow {
  unitId: string;
  code: string;
  name: string;
  blocId: string | null;
  blocName: string | null;
  unitType: string;
  expected: boolean;
  status: ReportStatus | null;
  reportId: string | null;
  submittedAt: Date | null;
  late: boolean | null;
  scoreTotal: number | null;
  band: Band | null;
  criteria: Record<string, number>;
}

/** The last reminder about a unit in a period: "T-7", "T+3", and when it went. */
export interface LastReminder {
  milestone: string;
  at: Date;
}

export interface RankedRow extends StandingRow {
  rank: number | null;
  lastYearScore: number | null;
}

/** Which units a ranking looks at: the query's filters, and the blocs the caller may see (null: all). */
export interface RankingFilter extends UnitRankingQuery {
  blocIds: string[] | null;
}

const numberOrNull = (value: string | number | null | undefined) => (value === null || value === undefined ? null : Number(value));
const counts = (value: unknown): Record<string, number> => (value ?? {}) as Record<string, number>;

/** The key a unit falls under in a dimension, as the cells' `value` writes it. */
const dimensionKey = (dimension: RollupDimension) =>
  dimension === 'PROVINCE' ? sql<string>`''` : dimension === 'BLOC' ? sql<string>`s.bloc_id::text` : sql<string>`s.unit_type`;

const SORTS: Record<RankingSort, ReturnType<typeof sql>> = {
  SCORE_DESC: sql`s.score_total DESC NULLS LAST, s.code`,
  SCORE_ASC: sql`s.score_total ASC NULLS LAST, s.code`,
  CODE: sql`s.code`,
  NAME: sql`s.name, s.code`,
  SUBMITTED_AT: sql`s.submitted_at ASC NULLS LAST, s.code`,
};

/**
 * The dashboards' reads: the roll-up cells and the units' standings the worker keeps (rollups.cell_view,
 * rollups.unit_standing_view), the period's published rubric (scoring.rubric_criterion_directory) and the
 * names of blocs and unit types. Medians and ranks are taken here, at read time.
 */
@Injectable()
export class DashboardReadsRepository {
  async period(em: EntityManager, periodId: string): Promise<DashboardPeriod | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('reports.reporting_periods as p')
        .select((eb) => [
          'p.id',
          'p.year',
          'p.kind',
          'p.due_on as dueOn',
          sql<string>`qcdc.today()::text`.as('today'),
          eb
            .selectFrom('reports.reporting_periods as l')
            .select('l.id')
            .whereRef('l.kind', '=', 'p.kind')
            .where('l.year', '=', sql<number>`p.year - 1`)
            .as('lastYearPeriodId'),
        ])
        .where('p.id', '=', periodId),
    );
    return row && { ...row, dueOn: String(row.dueOn), lastYearPeriodId: row.lastYearPeriodId ?? null };
  }

  async criteria(em: EntityManager, year: number): Promise<RubricCriterion[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('scoring.rubric_criterion_directory')
        .select(['code', 'title', 'max_points as maxPoints', 'previous_code as previousCode'])
        .where('year', '=', year)
        .where('leaf', '=', true)
        .orderBy('sort_order'),
    );
    return rows.map((r) => ({
      code: r.code ?? '',
      title: r.title ?? '',
      maxPoints: Number(r.maxPoints),
      lastYearCode: r.previousCode ?? r.code ?? '',
    }));
  }

  /** The period's cells of a dimension; `values` keeps only those (null: all). */
  async cells(em: EntityManager, periodId: string, dimension: RollupDimension, values: string[] | null): Promise<CellRow[]> {
    if (values !== null && values.length === 0) return [];
    let query = qb.selectFrom('rollups.cell_view').selectAll().where('period_id', '=', periodId).where('dimension', '=', dimension);
    if (values !== null) query = query.where('value', 'in', values);
    const rows = await rowsOf(em, query);
    return rows.map((r) => ({
      periodId: r.period_id ?? periodId,
      dimension,
      value: r.value ?? '',
      unitsExpected: Number(r.units_expected ?? 0),
      unitsSubmitted: Number(r.units_submitted ?? 0),
      unitsOnTime: Number(r.units_on_time ?? 0),
      unitsLate: Number(r.units_late ?? 0),
      unitsApproved: Number(r.units_approved ?? 0),
      unitsReturned: Number(r.units_returned ?? 0),
      scoreCount: Number(r.score_count ?? 0),
      scoreSum: Number(r.score_sum ?? 0),
      scoreHistogram: (r.score_histogram ?? []).map(Number),
      bandCounts: counts(r.band_counts),
      criterionSums: counts(r.criterion_sums),
      criterionCounts: counts(r.criterion_counts),
      activityCounts: counts(r.activity_counts),
      figureSums: counts(r.figure_sums),
      unitsWithKind: counts(r.units_with_kind),
      refreshedAt: r.refreshed_at,
    }));
  }

  /** The median score of each cell of a dimension, over the units with a score. */
  async medians(em: EntityManager, periodId: string, dimension: RollupDimension): Promise<Map<string, number>> {
    const key = dimensionKey(dimension);
    const query = qb
      .selectFrom('rollups.unit_standing_view as s')
      .select([key.as('value'), sql<number | null>`percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score_total)`.as('median')])
      .where('s.period_id', '=', periodId)
      .where('s.score_total', 'is not', null);
    // The province is one group: the whole period (no GROUP BY a constant).
    const rows = await rowsOf(em, dimension === 'PROVINCE' ? query : query.groupBy(key));
    return new Map(rows.filter((r) => r.median !== null).map((r) => [r.value ?? '', Number(r.median)]));
  }

  /** Bloc names by id, and their codes for the order of the rows. */
  async blocs(em: EntityManager, ids: string[]): Promise<Map<string, { code: string; name: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await rowsOf(
      em,
      qb.selectFrom('rollups.unit_directory_view').select(['unit_id', 'code', 'name']).where('unit_id', 'in', ids),
    );
    return new Map(rows.map((r) => [r.unit_id ?? '', { code: r.code ?? '', name: r.name ?? '' }]));
  }

  /** Whether the id is a bloc of the province (the roll-ups' directory of org units). */
  async blocExists(em: EntityManager, blocId: string): Promise<boolean> {
    const row = await firstOf(
      em,
      qb.selectFrom('rollups.unit_directory_view').select('unit_id').where('unit_id', '=', blocId).where('kind', '=', 'BLOC'),
    );
    return row !== null;
  }

  /** The province's unit types with their Vietnamese names, in their order. */
  async unitTypes(em: EntityManager): Promise<Map<string, { name: string; position: number }>> {
    const rows = await rowsOf(em, qb.selectFrom('tenancy.unit_type_directory').select(['code', 'name', 'position']));
    return new Map(rows.map((r) => [r.code ?? '', { name: r.name ?? '', position: Number(r.position) }]));
  }

  /** The period's units, in the given blocs (null: all), by code. */
  async standings(em: EntityManager, periodId: string, blocIds: string[] | null): Promise<StandingRow[]> {
    if (blocIds !== null && blocIds.length === 0) return [];
    let query = qb.selectFrom('rollups.unit_standing_view as s').selectAll('s').where('s.period_id', '=', periodId);
    if (blocIds !== null) query = query.where('s.bloc_id', 'in', blocIds);
    return (await rowsOf(em, query.orderBy('s.code'))).map(toStanding);
  }

  /** The last reminder about each of `unitIds` in the period (the reminders' sent-log): its milestone and when. */
  async lastReminders(em: EntityManager, periodId: string, unitIds: string[]): Promise<Map<string, LastReminder>> {
    if (unitIds.length === 0) return new Map();
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('reminders.unit_reminder_directory as r')
        .select(['r.unit_id', 'r.milestone', 'r.sent_at'])
        .where('r.period_id', '=', periodId)
        .where('r.unit_id', 'in', unitIds),
    );
    return new Map(rows.map((r) => [r.unit_id as string, { milestone: r.milestone as string, at: new Date(r.sent_at as string | Date) }]));
  }

  async standing(em: EntityManager, periodId: string, unitId: string): Promise<StandingRow | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('rollups.unit_standing_view as s').selectAll('s').where('s.period_id', '=', periodId).where('s.unit_id', '=', unitId),
    );
    return row && toStanding(row);
  }

  /**
   * A page of the ranking: the filtered units in the asked order, each with its competition rank among the
   * filtered units with a score (1, 2, 2, 4) and its score of the same period last year.
   */
  async ranking(em: EntityManager, periodId: string, filter: RankingFilter, lastYearPeriodId: string | null): Promise<RankedRow[]> {
    if (filter.blocIds !== null && filter.blocIds.length === 0) return [];
    const ranked = this.filtered(periodId, filter, true).select(
      sql<string | null>`CASE WHEN s.score_total IS NOT NULL THEN rank() OVER (PARTITION BY s.score_total IS NULL ORDER BY s.score_total DESC) END`.as(
        'rank',
      ),
    );
    const rows = await rowsOf(
      em,
      qb
        .selectFrom(ranked.selectAll('s').as('s'))
        .leftJoin('rollups.unit_standing_view as l', (j) =>
          j.onRef('l.unit_id', '=', 's.unit_id').on('l.period_id', '=', lastYearPeriodId ?? '00000000-0000-0000-0000-000000000000'),
        )
        .selectAll('s')
        .select('l.score_total as last_year_score')
        .orderBy(SORTS[filter.sort])
        .offset(filter.offset)
        .limit(filter.limit),
    );
    return rows.map((r) => ({ ...toStanding(r), rank: numberOrNull(r.rank), lastYearScore: numberOrNull(r.last_year_score) }));
  }

  /** How many units the filters keep, and their counts per band without the band filter. */
  async rankingTotals(em: EntityManager, periodId: string, filter: RankingFilter): Promise<{ total: number; bandCounts: Record<string, number> }> {
    if (filter.blocIds !== null && filter.blocIds.length === 0) return { total: 0, bandCounts: {} };
    const rows = await rowsOf(
      em,
      this.filtered(periodId, filter, false)
        .select((eb) => [
          's.band',
          eb.fn.countAll<string>().as('n'),
          sql<string>`count(*) FILTER (WHERE ${filter.band === null ? sql`true` : sql`s.band = ${filter.band}`})`.as('kept'),
        ])
        .groupBy('s.band'),
    );
    return {
      total: rows.reduce((sum, r) => sum + Number(r.kept), 0),
      bandCounts: Object.fromEntries(rows.filter((r) => r.band !== null).map((r) => [r.band as string, Number(r.n)])),
    };
  }

  /** The standings of the period under the filters; the band filter only when `withBand`. */
  private filtered(periodId: string, filter: RankingFilter, withBand: boolean) {
    let query = qb.selectFrom('rollups.unit_standing_view as s').where('s.period_id', '=', periodId);
    if (filter.blocIds !== null) query = query.where('s.bloc_id', 'in', filter.blocIds);
    if (filter.blocId !== null) query = query.where('s.bloc_id', '=', filter.blocId);
    if (filter.unitType !== null) query = query.where('s.unit_type', '=', filter.unitType);
    if (withBand && filter.band !== null) query = query.where('s.band', '=', filter.band);
    if (filter.search !== null) {
      const folded = foldForSearch(filter.search);
      query = query.where(
        sql<boolean>`strpos(translate(s.code || ' ' || s.name, ${SEARCH_FOLD_FROM}, ${SEARCH_FOLD_TO}), ${folded}) > 0`,
      );
    }
    return query;
  }

  /** The unit's rank in the province and in its bloc among the units with a score (1 + those scoring more). */
  async ranks(
    em: EntityManager,
    periodId: string,
    unit: { blocId: string | null; scoreTotal: number | null },
  ): Promise<{ rank: number | null; rankedUnits: number; blocRank: number | null; blocRankedUnits: number }> {
    const inBloc = unit.blocId === null ? sql<boolean>`s.bloc_id IS NULL` : sql<boolean>`s.bloc_id = ${unit.blocId}`;
    const above = unit.scoreTotal === null ? sql<boolean>`false` : sql<boolean>`s.score_total > ${unit.scoreTotal}`;
    const row = await firstOf(
      em,
      qb
        .selectFrom('rollups.unit_standing_view as s')
        .select([
          sql<string>`count(*)`.as('ranked'),
          sql<string>`count(*) FILTER (WHERE ${inBloc})`.as('blocRanked'),
          sql<string>`count(*) FILTER (WHERE ${above})`.as('above'),
          sql<string>`count(*) FILTER (WHERE ${above} AND ${inBloc})`.as('blocAbove'),
        ])
        .where('s.period_id', '=', periodId)
        .where('s.score_total', 'is not', null),
    );
    const scored = unit.scoreTotal !== null;
    return {
      rank: scored ? Number(row?.above ?? 0) + 1 : null,
      rankedUnits: Number(row?.ranked ?? 0),
      blocRank: scored ? Number(row?.blocAbove ?? 0) + 1 : null,
      blocRankedUnits: Number(row?.blocRanked ?? 0),
    };
  }

  /** The median points per criterion code among the units of a bloc with a score. */
  async blocCriterionMedians(em: EntityManager, periodId: string, blocId: string | null): Promise<Map<string, number>> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('rollups.unit_standing_view as s')
        .innerJoin(sql<{ key: string; value: string }>`jsonb_each_text(s.criteria)`.as('c'), (j) => j.onTrue())
        .select(['c.key', sql<number>`percentile_cont(0.5) WITHIN GROUP (ORDER BY c.value::numeric)`.as('median')])
        .where('s.period_id', '=', periodId)
        .where('s.score_total', 'is not', null)
        .where(blocId === null ? sql<boolean>`s.bloc_id IS NULL` : sql<boolean>`s.bloc_id = ${blocId}`)
        .groupBy('c.key'),
    );
    return new Map(rows.map((r) => [r.key, Number(r.median)]));
  }
}

type StandingDbRow = {
  unit_id: string | null;
  code: string | null;
  name: string | null;
  bloc_id: string | null;
  bloc_name: string | null;
  unit_type: string | null;
  expected: boolean | null;
  status: string | null;
  report_id: string | null;
  submitted_at: Date | null;
  late: boolean | null;
  score_total: string | null;
  band: string | null;
  criteria: unknown;
};

function toStanding(r: StandingDbRow): StandingRow {
  return {
    unitId: r.unit_id ?? '',
    code: r.code ?? '',
    name: r.name ?? '',
    blocId: r.bloc_id,
    blocName: r.bloc_name,
    unitType: r.unit_type ?? '',
    expected: Boolean(r.expected),
    status: r.status as ReportStatus | null,
    reportId: r.report_id,
    submittedAt: r.submitted_at,
    late: r.late,
    scoreTotal: numberOrNull(r.score_total),
    band: r.band as Band | null,
    criteria: Object.fromEntries(Object.entries(counts(r.criteria)).map(([k, v]) => [k, Number(v)])),
  };
}

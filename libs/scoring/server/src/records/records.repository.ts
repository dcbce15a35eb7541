import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ACTIVITY_KIND_CODES, ACTIVITY_MEASURES, ActivityKindCode, MEASURE_SOURCES, Measures } from '@qcdc/scoring/domain';
import { firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

/** What a unit's records give for a period: the measures and the activities counted by kind. */
export interface PeriodRecords {
  measures: Measures;
  activityCounts: Partial<Record<ActivityKindCode, number>>;
}

/**
 * The unit's records as the activities service publishes them (`activities.activity_directory`, deleted
 * activities left out) and the reports' status (`reports.report_directory`), counted over a period's window.
 */
@Injectable()
export class RecordsRepository {
  /**
   * Every measure and the activities by kind of the unit in the period's data window, in one statement: each
   * measure sums its figure (MEASURE_SOURCES) over the activities of its kind; the six-month review is held when
   * the unit's report of the year's SIX_MONTH period is frozen. Null when the period does not exist.
   */
  async periodRecords(em: EntityManager, unitId: string, periodId: string): Promise<PeriodRecords | null> {
    const measureColumns = ACTIVITY_MEASURES.map((measure) => {
      const { kind, figure } = MEASURE_SOURCES[measure];
      return sql<string>`coalesce(sum((a.figures->>${figure})::numeric) FILTER (WHERE a.kind = ${kind}), 0)`.as(measure);
    });
    const countColumns = ACTIVITY_KIND_CODES.map((kind) => sql<string>`count(a.id) FILTER (WHERE a.kind = ${kind})`.as(`count_${kind}`));
    const sixMonthReview = sql<boolean>`EXISTS (
      SELECT 1 FROM reports.report_directory r JOIN reports.period_directory s ON s.id = r.period_id
       WHERE r.unit_id = ${unitId} AND r.frozen AND s.kind = 'SIX_MONTH' AND s.year = p.year)`.as('SIX_MONTH_REVIEW_HELD');
    const row = await firstOf(
      em,
      qb
        .selectFrom('reports.period_directory as p')
        .leftJoin('activities.activity_directory as a', (join) =>
          join.on('a.unit_id', '=', unitId).onRef('a.occurred_on', '>=', 'p.window_start').onRef('a.occurred_on', '<=', 'p.window_end'),
        )
        .select([...measureColumns, ...countColumns, sixMonthReview])
        .where('p.id', '=', periodId)
        .groupBy(['p.id', 'p.year']),
    );
    if (!row) return null;
    const values = row as Record<string, string | boolean>;
    const measures: Record<string, number> = Object.fromEntries(ACTIVITY_MEASURES.map((m) => [m, Number(values[m])]));
    measures['SIX_MONTH_REVIEW_HELD'] = values['SIX_MONTH_REVIEW_HELD'] === true ? 1 : 0;
    const activityCounts = Object.fromEntries(ACTIVITY_KIND_CODES.map((kind) => [kind, Number(values[`count_${kind}`])]));
    return { measures: measures as Measures, activityCounts };
  }

  /** The unit's own activities (not deleted) among `ids`, with their dates. */
  async activityDates(em: EntityManager, unitId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('activities.activity_directory')
        .select(['id', 'occurred_on as occurredOn'])
        .where('unit_id', '=', unitId)
        .where('id', '=', sql<string>`ANY(${[...ids]}::uuid[])`),
    );
    return new Map(rows.map((r) => [r.id as string, r.occurredOn as string]));
  }

  /**
   * Last year's period of the same kind for the unit: the total it scored itself and how many activities it
   * recorded in that period's window; null when it has no assessment there.
   */
  async lastYear(em: EntityManager, unitId: string, period: { year: number; kind: string }): Promise<{ total: number; activityCount: number } | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('reports.period_directory as p')
        .innerJoin('scoring.self_assessments as s', (join) => join.onRef('s.period_id', '=', 'p.id').on('s.unit_id', '=', unitId))
        .select([
          's.total',
          sql<string>`(SELECT count(*) FROM activities.activity_directory a
              WHERE a.unit_id = ${unitId} AND a.occurred_on BETWEEN p.window_start AND p.window_end)`.as('activityCount'),
        ])
        .where('p.year', '=', period.year - 1)
        .where('p.kind', '=', period.kind),
    );
    return row && { total: Number(row.total), activityCount: Number(row.activityCount) };
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Band } from '@qcdc/shared/contracts';
import { RawBuilder } from 'kysely';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import { EventPayload } from '@qcdc/shared/events';
import { ActivityState, CellChange, Contribution, PeriodWindow, Standing, StandingStatus } from '@qcdc/rollups/domain';

/** A period the roll-ups know, with its window and whether the reports service closed it. */
export interface RollupPeriod extends PeriodWindow {
  periodId: string;
}

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

const STANDING_COLUMNS = [
  'expected',
  'bloc_id as blocId',
  'unit_type as unitType',
  'placed_at as placedAt',
  'status',
  'status_at as statusAt',
  'report_id as reportId',
  'submitted_at as submittedAt',
  'late',
  'score_total as scoreTotal',
  'band',
  'score_at as scoreAt',
  'criteria',
  'criteria_at as criteriaAt',
  'activity_counts as activityCounts',
  'figure_sums as figureSums',
] as const;

type StandingRow = {
  expected: boolean;
  blocId: string | null;
  unitType: string | null;
  placedAt: Date | string | null;
  status: string | null;
  statusAt: Date | string | null;
  reportId: string | null;
  submittedAt: Date | string | null;
  late: boolean | null;
  scoreTotal: string | null;
  band: string | null;
  scoreAt: Date | string | null;
  criteria: unknown;
  criteriaAt: Date | string | null;
  activityCounts: unknown;
  figureSums: unknown;
};

const asStanding = (r: StandingRow): Standing => ({
  expected: r.expected,
  blocId: r.blocId,
  unitType: r.unitType,
  placedAt: iso(r.placedAt),
  status: r.status as StandingStatus | null,
  statusAt: iso(r.statusAt),
  reportId: r.reportId,
  submittedAt: iso(r.submittedAt),
  late: r.late,
  scoreTotal: r.scoreTotal,
  band: r.band as Band | null,
  scoreAt: iso(r.scoreAt),
  criteria: r.criteria as Record<string, number>,
  criteriaAt: iso(r.criteriaAt),
  activityCounts: r.activityCounts as Record<string, number>,
  figureSums: r.figureSums as Record<string, number>,
});

const json = (value: unknown) => sql<unknown>`${JSON.stringify(value)}::jsonb`;
/** A raw statement, compiled like the query builder's. */
const raw = <O>(query: RawBuilder<O>) => ({ compile: () => query.compile(qb) });
/** A map as a cell adds it: negated when taken back, never holding a zero. */
const signedMap = (value: Record<string, unknown>, sign: 1 | -1) =>
  sign === 1 ? sql<unknown>`rollups.jsonb_add(${json(value)}, '{}')` : sql<unknown>`rollups.jsonb_neg(${json(value)})`;

/** The roll-up tables of the current tenant (schema rollups, owned by the worker's roll-up processor). */
@Injectable()
export class RollupRepository {
  /** Records the event as applied by the roll-ups; false if they applied it before (a job delivered twice). */
  async markProcessed(em: EntityManager, eventId: string): Promise<boolean> {
    const marked = await rowsOf(
      em,
      qb
        .insertInto('rollups.processed_events')
        .values({ tenant_id: currentTenant(), event_id: eventId })
        .onConflict((oc) => oc.doNothing())
        .returning('event_id'),
    );
    return marked.length === 1;
  }

  /** The tree as the roll-ups know it now: the later change (by when it happened) wins. */
  async upsertUnit(em: EntityManager, e: EventPayload<'org-unit.upserted'>, occurredAt: string): Promise<void> {
    await execute(
      em,
      qb
        .insertInto('rollups.units')
        .values({
          tenant_id: currentTenant(),
          unit_id: e.unitId,
          code: e.code,
          name: e.name,
          kind: e.kind,
          unit_type: e.unitType,
          bloc_id: e.blocId,
          bloc_name: e.blocName,
          expected_from: e.expectedFrom,
          closed_on: e.closedOn,
          changed_at: occurredAt,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'unit_id'])
            .doUpdateSet((eb) => ({
              code: eb.ref('excluded.code'),
              name: eb.ref('excluded.name'),
              kind: eb.ref('excluded.kind'),
              unit_type: eb.ref('excluded.unit_type'),
              bloc_id: eb.ref('excluded.bloc_id'),
              bloc_name: eb.ref('excluded.bloc_name'),
              expected_from: eb.ref('excluded.expected_from'),
              closed_on: eb.ref('excluded.closed_on'),
              changed_at: eb.ref('excluded.changed_at'),
            }))
            .where(sql<boolean>`rollups.units.changed_at IS NULL OR rollups.units.changed_at <= excluded.changed_at`),
        ),
    );
  }

  /**
   * Transaction-scoped advisory locks. `periods` guards the set of periods (a freeze takes it exclusively, so an
   * activity or tree event in flight is not missed by the freeze nor misses the new period); `period` guards
   * one period's cells (the full recompute takes it exclusively, each event shares it).
   */
  async lock(em: EntityManager, what: 'periods' | { period: string }, mode: 'shared' | 'exclusive'): Promise<void> {
    const key = what === 'periods' ? 'rollups:periods' : `rollups:period:${what.period}`;
    const fn = mode === 'shared' ? sql.raw('pg_advisory_xact_lock_shared') : sql.raw('pg_advisory_xact_lock');
    await execute(em, qb.selectNoFrom(sql<void>`${fn}(hashtextextended(qcdc.current_tenant()::text || ${key}, 0))`.as('locked')));
  }

  /** Every period the roll-ups know, by id, with whether the reports service closed it. */
  async periods(em: EntityManager): Promise<RollupPeriod[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('rollups.periods as p')
        .leftJoin('reports.period_directory as d', 'd.id', 'p.period_id')
        .select(['p.period_id as periodId', 'p.window_start as windowStart', 'p.window_end as windowEnd', sql<boolean>`d.status = 'CLOSED'`.as('closed')])
        .orderBy('p.period_id'),
    );
    return rows.map((r) => ({ ...r, closed: r.closed === true }));
  }

  async findPeriod(em: EntityManager, periodId: string): Promise<RollupPeriod | null> {
    return (await this.periods(em)).find((p) => p.periodId === periodId) ?? null;
  }

  /** The period's window as the reports service has it; null for a period it does not have. */
  async periodWindow(em: EntityManager, periodId: string): Promise<{ windowStart: string; windowEnd: string } | null> {
    return firstOf(
      em,
      qb.selectFrom('reports.period_directory').select(['window_start as windowStart', 'window_end as windowEnd']).where('id', '=', periodId),
    ) as Promise<{ windowStart: string; windowEnd: string } | null>;
  }

  /** Adds the period; false when it was there already (frozen before). */
  async insertPeriod(em: EntityManager, periodId: string, window: { windowStart: string; windowEnd: string }): Promise<boolean> {
    const rows = await rowsOf(
      em,
      qb
        .insertInto('rollups.periods')
        .values({ tenant_id: currentTenant(), period_id: periodId, window_start: window.windowStart, window_end: window.windowEnd, frozen_at: appNow() })
        .onConflict((oc) => oc.doNothing())
        .returning('period_id'),
    );
    return rows.length === 1;
  }

  /**
   * Freezes the period's expected set: the units the tree expects for its window, with their bloc and type. The
   * other units are placed too (not expected), so one that submits anyway counts where it stood then.
   */
  async freezeExpected(em: EntityManager, periodId: string): Promise<void> {
    await execute(
      em,
      raw(sql`INSERT INTO rollups.unit_standings (tenant_id, period_id, unit_id, expected, bloc_id, unit_type, placed_at)
          SELECT u.tenant_id, p.period_id, u.unit_id,
                 rollups.expected_for(u.expected_from, u.closed_on, p.window_start, p.window_end),
                 u.bloc_id, u.unit_type, u.changed_at
            FROM rollups.periods p JOIN rollups.units u ON u.tenant_id = p.tenant_id
           WHERE p.period_id = ${periodId} AND u.kind = 'UNIT'
          ON CONFLICT (tenant_id, period_id, unit_id) DO NOTHING`),
    );
  }

  /**
   * The unit's standing in the period, locked until the transaction ends. A unit not there yet gets its row,
   * placed as the tree has it now; `created` says so (its contribution is not in the cells yet).
   */
  async lockStanding(em: EntityManager, periodId: string, unitId: string): Promise<{ standing: Standing; created: boolean }> {
    const inserted = await rowsOf(
      em,
      raw(sql<{ unit_id: string }>`
        INSERT INTO rollups.unit_standings (tenant_id, period_id, unit_id, expected, bloc_id, unit_type, placed_at)
        SELECT qcdc.current_tenant(), p.period_id, ${unitId}::uuid,
               coalesce(u.kind = 'UNIT' AND rollups.expected_for(u.expected_from, u.closed_on, p.window_start, p.window_end), false),
               u.bloc_id, u.unit_type, u.changed_at
          FROM rollups.periods p LEFT JOIN rollups.units u ON u.unit_id = ${unitId}::uuid
         WHERE p.period_id = ${periodId}
        ON CONFLICT (tenant_id, period_id, unit_id) DO NOTHING
        RETURNING unit_id`),
    );
    const row = await firstOf(
      em,
      qb.selectFrom('rollups.unit_standings').select(STANDING_COLUMNS).where('period_id', '=', periodId).where('unit_id', '=', unitId).forUpdate(),
    );
    if (!row) throw new Error(`roll-ups: period ${periodId} is unknown`);
    return { standing: asStanding(row as StandingRow), created: inserted.length === 1 };
  }

  async saveStanding(em: EntityManager, periodId: string, unitId: string, s: Standing): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('rollups.unit_standings')
        .set({
          expected: s.expected,
          bloc_id: s.blocId,
          unit_type: s.unitType,
          placed_at: s.placedAt,
          status: s.status,
          status_at: s.statusAt,
          report_id: s.reportId,
          submitted_at: s.submittedAt,
          late: s.late,
          score_total: s.scoreTotal === null ? null : String(s.scoreTotal),
          band: s.band,
          score_at: s.scoreAt,
          criteria: JSON.stringify(s.criteria),
          criteria_at: s.criteriaAt,
          updated_at: appNow(),
        })
        .where('period_id', '=', periodId)
        .where('unit_id', '=', unitId),
    );
  }

  /** Adds an activity's effect to a (locked) standing and takes another back; answers the standing after. */
  async addActivities(
    em: EntityManager,
    periodId: string,
    unitId: string,
    plus: { counts: Record<string, number>; figures: Record<string, number> }[],
    minus: { counts: Record<string, number>; figures: Record<string, number> }[],
  ): Promise<Standing> {
    let counts = sql<unknown>`activity_counts`;
    let figures = sql<unknown>`figure_sums`;
    for (const e of plus) {
      counts = sql`rollups.jsonb_add(${counts}, ${json(e.counts)})`;
      figures = sql`rollups.jsonb_add(${figures}, ${json(e.figures)})`;
    }
    for (const e of minus) {
      counts = sql`rollups.jsonb_add(${counts}, rollups.jsonb_neg(${json(e.counts)}))`;
      figures = sql`rollups.jsonb_add(${figures}, rollups.jsonb_neg(${json(e.figures)}))`;
    }
    const row = await firstOf(
      em,
      qb
        .updateTable('rollups.unit_standings')
        .set({ activity_counts: counts as RawBuilder<string>, figure_sums: figures as RawBuilder<string>, updated_at: appNow() })
        .where('period_id', '=', periodId)
        .where('unit_id', '=', unitId)
        .returning(STANDING_COLUMNS),
    );
    return asStanding(row as StandingRow);
  }

  /** The activity as last heard of, locked (two events of one activity go one after the other). */
  async lockActivity(em: EntityManager, activityId: string): Promise<ActivityState | null> {
    await execute(em, qb.selectNoFrom(sql<void>`pg_advisory_xact_lock(hashtextextended(qcdc.current_tenant()::text || ${`rollups:activity:${activityId}`}, 0))`.as('locked')));
    const row = await firstOf(
      em,
      qb
        .selectFrom('rollups.activities')
        .select(['unit_id as unitId', 'kind', 'occurred_on as occurredOn', 'figures', 'deleted', 'changed_at as changedAt'])
        .where('activity_id', '=', activityId),
    );
    return row && { ...row, figures: row.figures as Record<string, number>, changedAt: iso(row.changedAt) as string };
  }

  async saveActivity(em: EntityManager, activityId: string, a: ActivityState): Promise<void> {
    const values = {
      unit_id: a.unitId,
      kind: a.kind,
      occurred_on: a.occurredOn,
      figures: JSON.stringify(a.figures),
      deleted: a.deleted,
      changed_at: a.changedAt,
    };
    await execute(
      em,
      qb
        .insertInto('rollups.activities')
        .values({ tenant_id: currentTenant(), activity_id: activityId, ...values })
        .onConflict((oc) => oc.columns(['tenant_id', 'activity_id']).doUpdateSet(values)),
    );
  }

  /**
   * Adds the contributions to one cell and takes the others back, in one row (created if missing, removed
   * when no unit is left in it). The numbers are summed by PostgreSQL (numeric), exactly.
   */
  async applyCellChange(em: EntityManager, change: CellChange): Promise<void> {
    const { periodId, dimension, value } = change.key;
    const signed = [...change.plus.map((c) => [c, 1] as const), ...change.minus.map((c) => [c, -1] as const)];
    for (const [c, sign] of signed) await this.addToCell(em, periodId, dimension, value, c, sign);
    // Only a cell that lost a unit and gained none can be left empty.
    if (change.plus.length > 0 || change.minus.length === 0) return;
    await execute(
      em,
      qb.deleteFrom('rollups.cells').where('period_id', '=', periodId).where('dimension', '=', dimension).where('value', '=', value).where('units', '=', 0),
    );
  }

  private async addToCell(em: EntityManager, periodId: string, dimension: string, value: string, c: Contribution, sign: 1 | -1): Promise<void> {
    const n = (x: number) => x * sign;
    await execute(
      em,
      raw(sql`INSERT INTO rollups.cells AS c (tenant_id, period_id, dimension, value, units, units_expected, units_submitted,
            units_on_time, units_late, units_approved, units_returned, score_count, score_sum, score_histogram, band_counts,
            criterion_sums, criterion_counts, activity_counts, figure_sums, units_with_kind, refreshed_at)
          VALUES (qcdc.current_tenant(), ${periodId}, ${dimension}, ${value}, ${n(c.units)}, ${n(c.unitsExpected)},
            ${n(c.unitsSubmitted)}, ${n(c.unitsOnTime)}, ${n(c.unitsLate)}, ${n(c.unitsApproved)}, ${n(c.unitsReturned)},
            ${n(c.scoreCount)}, ${sign} * ${String(c.scoreSum)}::numeric, ${c.scoreHistogram.map(n)}::int[],
            ${signedMap(c.bandCounts, sign)}, ${signedMap(c.criterionSums, sign)}, ${signedMap(c.criterionCounts, sign)},
            ${signedMap(c.activityCounts, sign)}, ${signedMap(c.figureSums, sign)}, ${signedMap(c.unitsWithKind, sign)}, qcdc.now())
          ON CONFLICT (tenant_id, period_id, dimension, value) DO UPDATE SET
            units = c.units + excluded.units,
            units_expected = c.units_expected + excluded.units_expected,
            units_submitted = c.units_submitted + excluded.units_submitted,
            units_on_time = c.units_on_time + excluded.units_on_time,
            units_late = c.units_late + excluded.units_late,
            units_approved = c.units_approved + excluded.units_approved,
            units_returned = c.units_returned + excluded.units_returned,
            score_count = c.score_count + excluded.score_count,
            score_sum = c.score_sum + excluded.score_sum,
            score_histogram = rollups.int_array_add(c.score_histogram, excluded.score_histogram),
            band_counts = rollups.jsonb_add(c.band_counts, excluded.band_counts),
            criterion_sums = rollups.jsonb_add(c.criterion_sums, excluded.criterion_sums),
            criterion_counts = rollups.jsonb_add(c.criterion_counts, excluded.criterion_counts),
            activity_counts = rollups.jsonb_add(c.activity_counts, excluded.activity_counts),
            figure_sums = rollups.jsonb_add(c.figure_sums, excluded.figure_sums),
            units_with_kind = rollups.jsonb_add(c.units_with_kind, excluded.units_with_kind),
            refreshed_at = excluded.refreshed_at`),
    );
  }

  /**
   * The full recompute of one period, set-based: each standing's activity counts and figures again from the
   * activities in the window, then every cell of the period from the standings, grouped by the three
   * dimensions (the maps summed key by key, zeros left out). Takes the period's lock exclusively: no event
   * changes the period meanwhile.
   */
  async recomputePeriod(em: EntityManager, periodId: string): Promise<void> {
    await this.lock(em, { period: periodId }, 'exclusive');
    // Only the standings with activities are touched: first every map emptied, then the ones with activities set.
    await execute(
      em,
      qb
        .updateTable('rollups.unit_standings')
        .set({ activity_counts: '{}', figure_sums: '{}' })
        .where('period_id', '=', periodId)
        .where(sql<boolean>`(activity_counts <> '{}' OR figure_sums <> '{}')`),
    );
    await execute(
      em,
      raw(sql`WITH a AS (
            SELECT a.* FROM rollups.periods p
              JOIN rollups.activities a ON NOT a.deleted AND a.occurred_on BETWEEN p.window_start AND p.window_end
             WHERE p.period_id = ${periodId}
          ), counts AS (
            SELECT unit_id, jsonb_object_agg(kind, n) AS counts FROM (SELECT unit_id, kind, count(*) AS n FROM a GROUP BY 1, 2) k GROUP BY 1
          ), figures AS (
            SELECT unit_id, jsonb_object_agg(name, v) AS figures
              FROM (SELECT a.unit_id, a.kind || '.' || f.key AS name, sum(f.value::numeric) AS v
                      FROM a, jsonb_each_text(a.figures) f GROUP BY 1, 2 HAVING sum(f.value::numeric) <> 0) f
             GROUP BY 1
          )
          UPDATE rollups.unit_standings s SET activity_counts = c.counts, figure_sums = coalesce(f.figures, '{}')
            FROM counts c LEFT JOIN figures f ON f.unit_id = c.unit_id
           WHERE s.period_id = ${periodId} AND s.unit_id = c.unit_id`),
    );
    await execute(em, qb.deleteFrom('rollups.cells').where('period_id', '=', periodId));
    const submitted = sql`s.status IN ('SUBMITTED', 'REVIEWED', 'APPROVED')`;
    const histogram = sql.join(
      Array.from({ length: 10 }, (_, i) => sql`count(*) FILTER (WHERE s.score_total IS NOT NULL AND least(greatest(floor(s.score_total / 10)::int, 0), 9) = ${sql.lit(i)})::int`),
    );
    const map = (name: string) => sql`coalesce(jsonb_object_agg(key, n) FILTER (WHERE map = ${sql.lit(name)}), '{}')`;
    await execute(
      em,
      raw(sql`WITH s AS (
            SELECT d.dimension, d.cell, s.*
              FROM rollups.unit_standings s
             CROSS JOIN LATERAL (VALUES ('PROVINCE', ''), ('BLOC', s.bloc_id::text), ('UNIT_TYPE', s.unit_type)) d (dimension, cell)
             WHERE s.period_id = ${periodId} AND (s.expected OR s.status IS NOT NULL) AND d.cell IS NOT NULL
          ), entries AS (
            SELECT dimension, cell, 'band_counts' AS map, band AS key, 1::numeric AS n FROM s WHERE band IS NOT NULL
            UNION ALL SELECT dimension, cell, 'criterion_sums', e.key, e.value::numeric FROM s, jsonb_each_text(s.criteria) e
            UNION ALL SELECT dimension, cell, 'criterion_counts', e.key, 1 FROM s, jsonb_each_text(s.criteria) e
            UNION ALL SELECT dimension, cell, 'activity_counts', e.key, e.value::numeric FROM s, jsonb_each_text(s.activity_counts) e
            UNION ALL SELECT dimension, cell, 'units_with_kind', e.key, 1 FROM s, jsonb_each_text(s.activity_counts) e
            UNION ALL SELECT dimension, cell, 'units_with_kind', e.key, 1 FROM s, jsonb_each_text(s.figure_sums) e WHERE e.value::numeric <> 0
            UNION ALL SELECT dimension, cell, 'figure_sums', e.key, e.value::numeric FROM s, jsonb_each_text(s.figure_sums) e
          ), maps AS (
            SELECT dimension, cell, ${map('band_counts')} AS band_counts, ${map('criterion_sums')} AS criterion_sums,
                   ${map('criterion_counts')} AS criterion_counts, ${map('activity_counts')} AS activity_counts,
                   ${map('figure_sums')} AS figure_sums, ${map('units_with_kind')} AS units_with_kind
              FROM (SELECT dimension, cell, map, key, sum(n) AS n FROM entries GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0) e
             GROUP BY 1, 2
          ), counts AS (
            SELECT s.dimension, s.cell, count(*) AS units, count(*) FILTER (WHERE s.expected) AS units_expected,
                   count(*) FILTER (WHERE ${submitted}) AS units_submitted,
                   count(*) FILTER (WHERE ${submitted} AND s.late IS FALSE) AS units_on_time,
                   count(*) FILTER (WHERE ${submitted} AND s.late IS TRUE) AS units_late,
                   count(*) FILTER (WHERE s.status = 'APPROVED') AS units_approved,
                   count(*) FILTER (WHERE s.status = 'RETURNED') AS units_returned,
                   count(s.score_total) AS score_count, coalesce(sum(s.score_total), 0) AS score_sum,
                   ARRAY[${histogram}] AS score_histogram
              FROM s GROUP BY 1, 2
          )
          INSERT INTO rollups.cells (tenant_id, period_id, dimension, value, units, units_expected, units_submitted,
            units_on_time, units_late, units_approved, units_returned, score_count, score_sum, score_histogram, band_counts,
            criterion_sums, criterion_counts, activity_counts, figure_sums, units_with_kind, refreshed_at)
          SELECT qcdc.current_tenant(), ${periodId}, c.dimension, c.cell, c.units, c.units_expected, c.units_submitted,
                 c.units_on_time, c.units_late, c.units_approved, c.units_returned, c.score_count, c.score_sum, c.score_histogram,
                 coalesce(m.band_counts, '{}'), coalesce(m.criterion_sums, '{}'), coalesce(m.criterion_counts, '{}'),
                 coalesce(m.activity_counts, '{}'), coalesce(m.figure_sums, '{}'), coalesce(m.units_with_kind, '{}'), qcdc.now()
            FROM counts c LEFT JOIN maps m ON m.dimension = c.dimension AND m.cell = c.cell`),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BANDS } from '@qcdc/shared/contracts';
import { appNow, currentTenant, execute, qb, rowsOf, sql } from '@qcdc/shared/db';
import { EventPayload } from '@qcdc/shared/events';

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

  async upsertUnit(em: EntityManager, e: EventPayload<'org-unit.upserted'>): Promise<void> {
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
        })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'unit_id']).doUpdateSet((eb) => ({
            code: eb.ref('excluded.code'),
            name: eb.ref('excluded.name'),
            kind: eb.ref('excluded.kind'),
            unit_type: eb.ref('excluded.unit_type'),
            bloc_id: eb.ref('excluded.bloc_id'),
            bloc_name: eb.ref('excluded.bloc_name'),
            expected_from: eb.ref('excluded.expected_from'),
            closed_on: eb.ref('excluded.closed_on'),
          })),
        ),
    );
  }

  /** The latest submission wins, whatever order the events arrive in. */
  async upsertSubmission(em: EntityManager, e: EventPayload<'report.submitted'>): Promise<void> {
    await execute(
      em,
      qb
        .insertInto('rollups.unit_period_status')
        .values({
          tenant_id: currentTenant(),
          period_id: e.periodId,
          unit_id: e.unitId,
          report_id: e.reportId,
          submitted_at: e.submittedAt,
          late: e.late,
          score_total: e.scoreTotal,
          band: e.band,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'period_id', 'unit_id'])
            .doUpdateSet((eb) => ({
              report_id: eb.ref('excluded.report_id'),
              submitted_at: eb.ref('excluded.submitted_at'),
              late: eb.ref('excluded.late'),
              score_total: eb.ref('excluded.score_total'),
              band: eb.ref('excluded.band'),
            }))
            .where(sql<boolean>`rollups.unit_period_status.submitted_at <= excluded.submitted_at`),
        ),
    );
  }

  periodsWithRollups(em: EntityManager): Promise<{ periodId: string }[]> {
    return rowsOf(em, qb.selectFrom('rollups.province_rollups').select('period_id as periodId'));
  }

  /**
   * Recomputes the province's figures for one period with one set-based statement. Serialised per tenant and
   * period by a transaction-scoped advisory lock, taken after this transaction's own writes, so two jobs
   * racing for one period cannot each miss the other's submission.
   */
  async recomputeProvince(em: EntityManager, periodId: string): Promise<void> {
    await execute(
      em,
      qb.selectNoFrom(sql<void>`pg_advisory_xact_lock(hashtextextended(qcdc.current_tenant()::text || ${periodId}, 0))`.as('locked')),
    );
    const bandCounts = sql.join(BANDS.map((band) => sql`${sql.lit(band)}, count(*) FILTER (WHERE s.band = ${sql.lit(band)})`));
    await execute(
      em,
      qb
        .insertInto('rollups.province_rollups')
        .columns(['tenant_id', 'period_id', 'units_expected', 'units_submitted', 'units_on_time', 'average_score', 'band_counts', 'refreshed_at'])
        .expression(
          qb
            .selectFrom('rollups.unit_period_status as s')
            .select([
              currentTenant().as('tenant_id'),
              sql<string>`${periodId}::uuid`.as('period_id'),
              // The units expected for the period by their dates (rollups.expected_for), not every unit there is.
              sql<number>`(SELECT count(*) FROM rollups.units u, reports.period_directory p
                            WHERE p.id = ${periodId}::uuid AND u.kind = 'UNIT'
                              AND rollups.expected_for(u.expected_from, u.closed_on, p.window_start, p.window_end))`.as('units_expected'),
              sql<number>`count(*)`.as('units_submitted'),
              sql<number>`count(*) FILTER (WHERE NOT s.late)`.as('units_on_time'),
              sql<string>`round(avg(s.score_total), 2)`.as('average_score'),
              sql<unknown>`jsonb_build_object(${bandCounts})`.as('band_counts'),
              appNow().as('refreshed_at'),
            ])
            .where('s.period_id', '=', periodId),
        )
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'period_id']).doUpdateSet((eb) => ({
            units_expected: eb.ref('excluded.units_expected'),
            units_submitted: eb.ref('excluded.units_submitted'),
            units_on_time: eb.ref('excluded.units_on_time'),
            average_score: eb.ref('excluded.average_score'),
            band_counts: eb.ref('excluded.band_counts'),
            refreshed_at: eb.ref('excluded.refreshed_at'),
          })),
        ),
    );
  }
}

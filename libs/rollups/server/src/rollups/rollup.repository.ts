import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventPayload } from '@qcdc/shared/events';

/** The roll-up tables of the current tenant (schema rollups, owned by the worker's roll-up processor). */
@Injectable()
export class RollupRepository {
  /** Records the event as applied by the roll-ups; false if they applied it before (a job delivered twice). */
  async markProcessed(em: EntityManager, eventId: string): Promise<boolean> {
    const rows = await em.query(
      `INSERT INTO rollups.processed_events (tenant_id, event_id) VALUES (qcdc.current_tenant(), $1)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId],
    );
    return rows.length === 1;
  }

  async upsertUnit(em: EntityManager, e: EventPayload<'org-unit.upserted'>): Promise<void> {
    await em.query(
      `INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name)
       VALUES (qcdc.current_tenant(), $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, unit_id) DO UPDATE
         SET code = EXCLUDED.code, name = EXCLUDED.name, kind = EXCLUDED.kind, unit_type = EXCLUDED.unit_type,
             bloc_id = EXCLUDED.bloc_id, bloc_name = EXCLUDED.bloc_name`,
      [e.unitId, e.code, e.name, e.kind, e.unitType, e.blocId, e.blocName],
    );
  }

  /** The latest submission wins, whatever order the events arrive in. */
  async upsertSubmission(em: EntityManager, e: EventPayload<'report.submitted'>): Promise<void> {
    await em.query(
      `INSERT INTO rollups.unit_period_status AS s (tenant_id, period_id, unit_id, report_id, submitted_at, late,
                                                    score_total, band)
       VALUES (qcdc.current_tenant(), $1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, period_id, unit_id) DO UPDATE
         SET report_id = EXCLUDED.report_id, submitted_at = EXCLUDED.submitted_at, late = EXCLUDED.late,
             score_total = EXCLUDED.score_total, band = EXCLUDED.band
         WHERE s.submitted_at <= EXCLUDED.submitted_at`,
      [e.periodId, e.unitId, e.reportId, e.submittedAt, e.late, e.scoreTotal, e.band],
    );
  }

  periodsWithRollups(em: EntityManager): Promise<{ periodId: string }[]> {
    return em.query(`SELECT period_id AS "periodId" FROM rollups.province_rollups`);
  }

  /**
   * Recomputes the province's figures for one period with one set-based statement. Serialised per tenant and
   * period by a transaction-scoped advisory lock, taken after this transaction's own writes, so two jobs
   * racing for one period cannot each miss the other's submission.
   */
  async recomputeProvince(em: EntityManager, periodId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended(qcdc.current_tenant()::text || $1, 0))`, [periodId]);
    await em.query(
      `INSERT INTO rollups.province_rollups AS r (tenant_id, period_id, units_expected, units_submitted, units_on_time,
                                                  average_score, band_counts, refreshed_at)
       SELECT qcdc.current_tenant(), $1::uuid,
              (SELECT count(*) FROM rollups.units WHERE kind = 'UNIT'),
              count(*), count(*) FILTER (WHERE NOT s.late), round(avg(s.score_total), 2),
              jsonb_build_object('TOT', count(*) FILTER (WHERE s.band = 'TOT'),
                                 'KHA', count(*) FILTER (WHERE s.band = 'KHA'),
                                 'TRUNG_BINH', count(*) FILTER (WHERE s.band = 'TRUNG_BINH'),
                                 'YEU', count(*) FILTER (WHERE s.band = 'YEU')),
              clock_timestamp()
         FROM rollups.unit_period_status s WHERE s.period_id = $1::uuid
       ON CONFLICT (tenant_id, period_id) DO UPDATE
         SET units_expected = EXCLUDED.units_expected, units_submitted = EXCLUDED.units_submitted,
             units_on_time = EXCLUDED.units_on_time, average_score = EXCLUDED.average_score,
             band_counts = EXCLUDED.band_counts, refreshed_at = EXCLUDED.refreshed_at`,
      [periodId],
    );
  }
}

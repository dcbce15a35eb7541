import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UnitComparisonRow } from '../graphql-types';

export interface RollupRow {
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  averageScore: number | null;
  bandCounts: Record<string, number>;
  updatedAt: Date | null;
}

/** The committee's figures, read from the roll-up read models the worker keeps (rollups.*_view). */
@Injectable()
export class DashboardRepository {
  async rollup(em: EntityManager, periodId: string): Promise<RollupRow | null> {
    const rows = await em.query(
      `SELECT units_expected AS "unitsExpected", units_submitted AS "unitsSubmitted", units_on_time AS "unitsOnTime",
              average_score::float AS "averageScore", band_counts AS "bandCounts", refreshed_at AS "updatedAt"
         FROM rollups.province_rollup_view WHERE period_id = $1`,
      [periodId],
    );
    return rows[0] ?? null;
  }

  async periodExists(em: EntityManager, periodId: string): Promise<boolean> {
    const rows = await em.query(`SELECT 1 FROM reports.reporting_periods WHERE id = $1`, [periodId]);
    return rows.length > 0;
  }

  async unitsExpected(em: EntityManager): Promise<number> {
    const [row] = await em.query(`SELECT count(*)::int AS n FROM rollups.unit_directory_view WHERE kind = 'UNIT'`);
    return row.n;
  }

  /** Every reporting unit with its submission for the period, best score first, then by code. */
  comparison(em: EntityManager, periodId: string, blocIds: string[] | null): Promise<UnitComparisonRow[]> {
    return em.query(
      `SELECT u.unit_id AS "unitId", u.code, u.name, u.bloc_name AS "blocName", s.unit_id IS NOT NULL AS submitted,
              s.submitted_at AS "submittedAt", s.late, s.score_total::float AS "scoreTotal", s.band
         FROM rollups.unit_directory_view u
         LEFT JOIN rollups.unit_status_view s ON s.unit_id = u.unit_id AND s.period_id = $1
        WHERE u.kind = 'UNIT' AND ($2::uuid[] IS NULL OR u.bloc_id = ANY($2::uuid[]))
        ORDER BY s.score_total DESC NULLS LAST, u.code`,
      [periodId, blocIds],
    );
  }
}

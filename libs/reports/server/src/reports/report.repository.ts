import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Report } from '../graphql-types';

const COLUMNS = `id, unit_id AS "unitId", period_id AS "periodId", status, submitted_at AS "submittedAt", late,
                 score_total::float AS "scoreTotal", band`;

export interface AssessmentTotal {
  total: number;
  band: string;
}

/** Unit reports of the current tenant, and the self-score they freeze (scoring's read model). */
@Injectable()
export class ReportRepository {
  async find(em: EntityManager, unitId: string, periodId: string): Promise<Report | null> {
    const rows = await em.query(`SELECT ${COLUMNS} FROM reports.reports WHERE unit_id = $1 AND period_id = $2`, [
      unitId,
      periodId,
    ]);
    return rows[0] ?? null;
  }

  async assessmentTotal(em: EntityManager, unitId: string, periodId: string): Promise<AssessmentTotal | null> {
    const rows = await em.query(
      `SELECT total::float AS total, band FROM scoring.assessment_totals WHERE unit_id = $1 AND period_id = $2`,
      [unitId, periodId],
    );
    return rows[0] ?? null;
  }

  /**
   * Submits in one statement: creates the report or moves a draft to SUBMITTED. Returns null when the report
   * was already submitted, so two submissions at once (two tabs) leave exactly one.
   */
  async submit(
    em: EntityManager,
    r: { unitId: string; periodId: string; userId: string; submittedAt: Date; late: boolean } & AssessmentTotal,
  ): Promise<Report | null> {
    const rows = await em.query(
      `INSERT INTO reports.reports AS r (tenant_id, unit_id, period_id, status, submitted_at, submitted_by, late,
                                         score_total, band)
       VALUES (qcdc.current_tenant(), $1, $2, 'SUBMITTED', $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, unit_id, period_id) DO UPDATE
         SET status = 'SUBMITTED', submitted_at = EXCLUDED.submitted_at, submitted_by = EXCLUDED.submitted_by,
             late = EXCLUDED.late, score_total = EXCLUDED.score_total, band = EXCLUDED.band
         WHERE r.status = 'DRAFT'
       RETURNING ${COLUMNS}`,
      [r.unitId, r.periodId, r.submittedAt, r.userId, r.late, r.total, r.band],
    );
    return rows[0] ?? null;
  }
}

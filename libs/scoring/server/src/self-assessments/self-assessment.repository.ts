import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeriodStatus } from '@qcdc/shared/contracts';
import { Band, CriterionScoreEntry } from '@qcdc/scoring/domain';
import { SelfAssessment } from '../graphql-types';

export interface PeriodRow {
  id: string;
  year: number;
  status: PeriodStatus;
}

/** Self-assessments of the current tenant, and the periods they are filed under (reports' read model). */
@Injectable()
export class SelfAssessmentRepository {
  async findPeriod(em: EntityManager, periodId: string): Promise<PeriodRow | null> {
    const rows = await em.query(`SELECT id, year, status FROM reports.period_directory WHERE id = $1`, [periodId]);
    return rows[0] ?? null;
  }

  async find(em: EntityManager, unitId: string, periodId: string): Promise<SelfAssessment | null> {
    const [row] = await em.query(
      `SELECT id, unit_id AS "unitId", period_id AS "periodId", total, band, version, updated_at AS "updatedAt"
         FROM scoring.self_assessments WHERE unit_id = $1 AND period_id = $2`,
      [unitId, periodId],
    );
    if (!row) return null;
    const scores = await em.query(
      `SELECT s.criterion_id AS "criterionId", s.points, s.comment
         FROM scoring.self_assessment_scores s JOIN scoring.criteria c ON c.tenant_id = s.tenant_id AND c.id = s.criterion_id
        WHERE s.assessment_id = $1 ORDER BY c.sort_order`,
      [row.id],
    );
    return {
      ...row,
      total: Number(row.total),
      scores: scores.map((s: { criterionId: string; points: string; comment: string | null }) => ({
        ...s,
        points: Number(s.points),
      })),
    };
  }

  /** Replaces the unit's assessment for the period in one statement set; the version counts the saves. */
  async save(
    em: EntityManager,
    a: { unitId: string; periodId: string; rubricId: string; total: number; band: Band; userId: string },
    entries: readonly CriterionScoreEntry[],
  ): Promise<void> {
    const [row] = await em.query(
      `INSERT INTO scoring.self_assessments (tenant_id, unit_id, period_id, rubric_id, total, band, updated_by)
       VALUES (qcdc.current_tenant(), $1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, unit_id, period_id) DO UPDATE
         SET rubric_id = EXCLUDED.rubric_id, total = EXCLUDED.total, band = EXCLUDED.band,
             updated_by = EXCLUDED.updated_by, updated_at = now(), version = scoring.self_assessments.version + 1
       RETURNING id`,
      [a.unitId, a.periodId, a.rubricId, a.total, a.band, a.userId],
    );
    await em.query(`DELETE FROM scoring.self_assessment_scores WHERE assessment_id = $1`, [row.id]);
    await em.query(
      `INSERT INTO scoring.self_assessment_scores (tenant_id, assessment_id, criterion_id, points, comment)
       SELECT qcdc.current_tenant(), $1, e.criterion_id, e.points, e.comment
         FROM jsonb_to_recordset($2::jsonb) AS e(criterion_id uuid, points numeric, comment text)`,
      [row.id, JSON.stringify(entries.map((e) => ({ criterion_id: e.criterionId, points: e.points, comment: e.comment ?? null })))],
    );
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeriodStatus } from '@qcdc/shared/contracts';
import { Band, CriterionScoreEntry } from '@qcdc/scoring/domain';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

/** A reporting period as scoring sees it through reports' read model. */
export interface PeriodRow {
  id: string;
  year: number;
  status: PeriodStatus;
}

/** A unit's saved self-assessment for a period, with its score per criterion in rubric order. */
export interface SelfAssessmentRow {
  id: string;
  unitId: string;
  periodId: string;
  total: number;
  band: Band;
  version: number;
  updatedAt: Date;
  scores: { criterionId: string; points: number; comment: string | null }[];
}

/** Self-assessments of the current tenant, and the periods they are filed under (reports' read model). */
@Injectable()
export class SelfAssessmentRepository {
  async findPeriod(em: EntityManager, periodId: string): Promise<PeriodRow | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('reports.period_directory').select(['id', 'year', 'status']).where('id', '=', periodId),
    );
    return row ? { id: row.id as string, year: row.year as number, status: row.status as PeriodRow['status'] } : null;
  }

  async find(em: EntityManager, unitId: string, periodId: string): Promise<SelfAssessmentRow | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('scoring.self_assessments')
        .select(['id', 'unit_id as unitId', 'period_id as periodId', 'total', 'band', 'version', 'updated_at as updatedAt'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId),
    );
    if (!row) return null;
    const scores = await rowsOf(
      em,
      qb
        .selectFrom('scoring.self_assessment_scores as s')
        .innerJoin('scoring.criteria as c', (join) => join.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.criterion_id'))
        .select(['s.criterion_id as criterionId', 's.points', 's.comment'])
        .where('s.assessment_id', '=', row.id)
        .orderBy('c.sort_order'),
    );
    return {
      ...row,
      total: Number(row.total),
      band: row.band as Band,
      scores: scores.map((s) => ({ ...s, points: Number(s.points) })),
    };
  }

  /** Replaces the unit's assessment for the period in one statement set; the version counts the saves. */
  async save(
    em: EntityManager,
    a: { unitId: string; periodId: string; rubricId: string; total: number; band: Band; userId: string },
    entries: readonly CriterionScoreEntry[],
  ): Promise<void> {
    const saved = await firstOf(
      em,
      qb
        .insertInto('scoring.self_assessments')
        .values({
          tenant_id: currentTenant(),
          unit_id: a.unitId,
          period_id: a.periodId,
          rubric_id: a.rubricId,
          total: a.total,
          band: a.band,
          updated_by: a.userId,
        })
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'unit_id', 'period_id']).doUpdateSet((eb) => ({
            rubric_id: eb.ref('excluded.rubric_id'),
            total: eb.ref('excluded.total'),
            band: eb.ref('excluded.band'),
            updated_by: eb.ref('excluded.updated_by'),
            updated_at: appNow(),
            version: sql<number>`scoring.self_assessments.version + 1`,
          })),
        )
        .returning('id'),
    );
    const assessmentId = (saved as { id: string }).id;
    await execute(em, qb.deleteFrom('scoring.self_assessment_scores').where('assessment_id', '=', assessmentId));
    if (entries.length === 0) return;
    await execute(
      em,
      qb.insertInto('scoring.self_assessment_scores').values(
        entries.map((e) => ({
          tenant_id: currentTenant(),
          assessment_id: assessmentId,
          criterion_id: e.criterionId,
          points: e.points,
          comment: e.comment ?? null,
        })),
      ),
    );
  }
}

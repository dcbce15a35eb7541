import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PeriodKind, PeriodStatus } from '@qcdc/shared/contracts';
import { Band, EvidenceLinkEntry, VetoRule } from '@qcdc/scoring/domain';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

/** A reporting period as scoring sees it through reports' read model. */
export interface PeriodRow {
  id: string;
  year: number;
  kind: PeriodKind;
  status: PeriodStatus;
  windowStart: string;
  windowEnd: string;
}

export interface EvidenceLinkRow {
  activityId: string | null;
  evidenceFileId: string | null;
}

export interface ScoreRow {
  criterionId: string;
  points: number;
  comment: string | null;
  evidence: EvidenceLinkRow[];
  reviewerPoints: number | null;
  reviewerComment: string | null;
}

/** A unit's saved self-assessment for a period, with its score per criterion in rubric order. */
export interface SelfAssessmentRow {
  id: string;
  unitId: string;
  periodId: string;
  rubricId: string;
  total: number;
  band: Band;
  vetoes: VetoRule[];
  version: number;
  reviewVersion: number;
  /** Whether the unit's report of the period is frozen (submitted or further on), as reports says. */
  frozen: boolean;
  updatedAt: Date;
  scores: ScoreRow[];
}

/** One criterion's self-score as saved. */
export interface ScoreToSave {
  criterionId: string;
  points: number;
  comment: string | null;
  evidence: readonly EvidenceLinkEntry[];
}

export interface AssessmentFigures {
  rubricId: string;
  total: number;
  band: Band;
  vetoes: readonly VetoRule[];
}

/** Self-assessments of the current tenant, and the periods and reports they are filed under (reports' read models). */
@Injectable()
export class SelfAssessmentRepository {
  async findPeriod(em: EntityManager, periodId: string): Promise<PeriodRow | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('reports.period_directory')
        .select(['id', 'year', 'kind', 'status', 'window_start as windowStart', 'window_end as windowEnd'])
        .where('id', '=', periodId),
    );
    return row && (row as PeriodRow);
  }

  /** When the review was saved (its scores' time; the app clock's now for a review with none). */
  async reviewedAt(em: EntityManager, assessmentId: string): Promise<Date> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('scoring.review_scores')
        .select(sql<Date>`coalesce(max(reviewed_at), qcdc.now())`.as('at'))
        .where('assessment_id', '=', assessmentId),
    );
    return new Date((row as { at: Date | string }).at);
  }

  async find(em: EntityManager, unitId: string, periodId: string): Promise<SelfAssessmentRow | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('scoring.self_assessments as a')
        .select([
          'a.id',
          'a.unit_id as unitId',
          'a.period_id as periodId',
          'a.rubric_id as rubricId',
          'a.total',
          'a.band',
          'a.vetoes',
          'a.version',
          'a.review_version as reviewVersion',
          'a.updated_at as updatedAt',
          sql<boolean>`coalesce((SELECT r.frozen FROM reports.report_directory r WHERE r.unit_id = a.unit_id AND r.period_id = a.period_id), false)`.as('frozen'),
        ])
        .where('a.unit_id', '=', unitId)
        .where('a.period_id', '=', periodId),
    );
    if (!row) return null;
    const scores = await rowsOf(
      em,
      qb
        .selectFrom('scoring.criteria as c')
        .leftJoin('scoring.self_assessment_scores as s', (join) =>
          join.onRef('s.tenant_id', '=', 'c.tenant_id').onRef('s.criterion_id', '=', 'c.id').on('s.assessment_id', '=', row.id),
        )
        .leftJoin('scoring.review_scores as v', (join) =>
          join.onRef('v.tenant_id', '=', 'c.tenant_id').onRef('v.criterion_id', '=', 'c.id').on('v.assessment_id', '=', row.id),
        )
        .select([
          'c.id as criterionId',
          's.points',
          's.comment',
          'v.points as reviewerPoints',
          'v.comment as reviewerComment',
          sql<EvidenceLinkRow[]>`coalesce((SELECT jsonb_agg(jsonb_build_object('activityId', e.activity_id, 'evidenceFileId', e.evidence_file_id) ORDER BY e.id)
              FROM scoring.criterion_evidence e WHERE e.assessment_id = ${row.id} AND e.criterion_id = c.id), '[]'::jsonb)`.as('evidence'),
        ])
        .where('c.rubric_id', '=', row.rubricId)
        .where((eb) => eb.or([eb('s.points', 'is not', null), eb('v.points', 'is not', null)]))
        .orderBy('c.sort_order'),
    );
    return {
      ...row,
      total: Number(row.total),
      band: row.band as Band,
      vetoes: row.vetoes as unknown as VetoRule[],
      frozen: row.frozen === true,
      // A criterion the unit left out counts 0; it is listed when a reviewer scored it.
      scores: scores.map((s) => ({
          criterionId: s.criterionId,
          points: Number(s.points ?? 0),
          comment: s.comment,
          evidence: s.evidence,
          reviewerPoints: s.reviewerPoints === null ? null : Number(s.reviewerPoints),
          reviewerComment: s.reviewerComment,
        })),
    };
  }

  /** The version of the unit's assessment for the period, 0 when none is saved. */
  async currentVersion(em: EntityManager, unitId: string, periodId: string): Promise<number> {
    const row = await firstOf(
      em,
      qb.selectFrom('scoring.self_assessments').select('version').where('unit_id', '=', unitId).where('period_id', '=', periodId),
    );
    return row?.version ?? 0;
  }

  /**
   * Writes the assessment's head if it is still at `expectedVersion` (0: none saved yet), decided by the
   * statement itself: an INSERT that does nothing on the unit and period's key, or an UPDATE of that version.
   * Answers the assessment's id, or null when another save came first.
   */
  async saveHead(em: EntityManager, unitId: string, periodId: string, expectedVersion: number, figures: AssessmentFigures, userId: string): Promise<string | null> {
    const values = {
      rubric_id: figures.rubricId,
      total: figures.total,
      band: figures.band,
      vetoes: JSON.stringify(figures.vetoes),
      updated_by: userId,
      updated_at: appNow(),
    };
    const saved =
      expectedVersion === 0
        ? await firstOf(
            em,
            qb
              .insertInto('scoring.self_assessments')
              .values({ tenant_id: currentTenant(), unit_id: unitId, period_id: periodId, ...values })
              .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'period_id']).doNothing())
              .returning('id'),
          )
        : await firstOf(
            em,
            qb
              .updateTable('scoring.self_assessments')
              .set({ ...values, version: sql<number>`version + 1` })
              .where('unit_id', '=', unitId)
              .where('period_id', '=', periodId)
              .where('version', '=', expectedVersion)
              .returning('id'),
          );
    return saved?.id ?? null;
  }

  /** Replaces the assessment's scores and their evidence links. */
  async replaceScores(em: EntityManager, assessmentId: string, scores: readonly ScoreToSave[]): Promise<void> {
    await execute(em, qb.deleteFrom('scoring.self_assessment_scores').where('assessment_id', '=', assessmentId));
    if (scores.length === 0) return;
    await execute(
      em,
      qb.insertInto('scoring.self_assessment_scores').values(
        scores.map((s) => ({ tenant_id: currentTenant(), assessment_id: assessmentId, criterion_id: s.criterionId, points: s.points, comment: s.comment })),
      ),
    );
    const links = scores.flatMap((s) => s.evidence.map((e) => ({ criterionId: s.criterionId, ...e })));
    if (links.length === 0) return;
    await execute(
      em,
      qb.insertInto('scoring.criterion_evidence').values(
        links.map((l) => ({
          tenant_id: currentTenant(),
          assessment_id: assessmentId,
          criterion_id: l.criterionId,
          activity_id: l.activityId,
          evidence_file_id: l.evidenceFileId,
        })),
      ),
    );
  }

  /** Moves the review's version on if it is still `expectedVersion`; false when another review came first. */
  async bumpReviewVersion(em: EntityManager, assessmentId: string, expectedVersion: number): Promise<boolean> {
    const updated = await execute(
      em,
      qb
        .updateTable('scoring.self_assessments')
        .set({ review_version: sql<number>`review_version + 1` })
        .where('id', '=', assessmentId)
        .where('review_version', '=', expectedVersion),
    );
    return updated > 0;
  }

  /** Replaces the reviewer's scores of an assessment; the self-scores are not touched. */
  async replaceReview(
    em: EntityManager,
    assessmentId: string,
    scores: readonly { criterionId: string; points: number; comment: string | null }[],
    userId: string,
  ): Promise<void> {
    await execute(em, qb.deleteFrom('scoring.review_scores').where('assessment_id', '=', assessmentId));
    if (scores.length === 0) return;
    await execute(
      em,
      qb.insertInto('scoring.review_scores').values(
        scores.map((s) => ({
          tenant_id: currentTenant(),
          assessment_id: assessmentId,
          criterion_id: s.criterionId,
          points: s.points,
          comment: s.comment,
          reviewed_by: userId,
          reviewed_at: appNow(),
        })),
      ),
    );
  }
}

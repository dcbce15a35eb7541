import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Band } from '@qcdc/shared/contracts';
import { currentTenant, firstOf, qb, sql } from '@qcdc/shared/db';

/** A unit's report for a period, as the reports service keeps it. */
export interface ReportRow {
  id: string;
  unitId: string;
  periodId: string;
  status: 'DRAFT' | 'SUBMITTED';
  submittedAt: Date | null;
  late: boolean | null;
  scoreTotal: number | null;
  band: Band | null;
}

export interface AssessmentTotal {
  total: number;
  band: Band;
}

const COLUMNS = [
  'id',
  'unit_id as unitId',
  'period_id as periodId',
  'status',
  'submitted_at as submittedAt',
  'late',
  'score_total as scoreTotal',
  'band',
] as const;

interface ReportColumns {
  id: string;
  unitId: string;
  periodId: string;
  status: string;
  submittedAt: Date | null;
  late: boolean | null;
  scoreTotal: string | null;
  band: string | null;
}

const asReport = (row: ReportColumns): ReportRow => ({
  ...row,
  status: row.status as ReportRow['status'],
  scoreTotal: row.scoreTotal === null ? null : Number(row.scoreTotal),
  band: row.band as Band | null,
});

/** Unit reports of the current tenant, and the self-score they freeze (scoring's read model). */
@Injectable()
export class ReportRepository {
  async find(em: EntityManager, unitId: string, periodId: string): Promise<ReportRow | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('reports.reports').select(COLUMNS).where('unit_id', '=', unitId).where('period_id', '=', periodId),
    );
    return row ? asReport(row) : null;
  }

  async assessmentTotal(em: EntityManager, unitId: string, periodId: string): Promise<AssessmentTotal | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('scoring.assessment_totals')
        .select(['total', 'band'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId),
    );
    return row && row.total !== null ? { total: Number(row.total), band: row.band as Band } : null;
  }

  /**
   * Submits in one statement: creates the report or moves a draft to SUBMITTED. Returns null when the report
   * was already submitted, so two submissions at once (two tabs) leave exactly one.
   */
  async submit(
    em: EntityManager,
    r: { unitId: string; periodId: string; userId: string; submittedAt: Date; late: boolean } & AssessmentTotal,
  ): Promise<ReportRow | null> {
    const row = await firstOf(
      em,
      qb
        .insertInto('reports.reports')
        .values({
          tenant_id: currentTenant(),
          unit_id: r.unitId,
          period_id: r.periodId,
          status: 'SUBMITTED',
          submitted_at: r.submittedAt,
          submitted_by: r.userId,
          late: r.late,
          score_total: r.total,
          band: r.band,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'unit_id', 'period_id'])
            .doUpdateSet((eb) => ({
              status: sql<string>`'SUBMITTED'`,
              submitted_at: eb.ref('excluded.submitted_at'),
              submitted_by: eb.ref('excluded.submitted_by'),
              late: eb.ref('excluded.late'),
              score_total: eb.ref('excluded.score_total'),
              band: eb.ref('excluded.band'),
            }))
            .where(sql<boolean>`reports.reports.status = 'DRAFT'`),
        )
        .returning(COLUMNS),
    );
    return row ? asReport(row) : null;
  }
}

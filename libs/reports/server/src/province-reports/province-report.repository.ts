import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Band } from '@qcdc/shared/contracts';
import { appNow, currentTenant, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import type { NotSubmittedUnit, ProvinceReportCounts, ReportHeader } from '@qcdc/reports/domain';
import type { PeriodRow } from '../periods/period.repository';

/** The committee's consolidated report of a period as saved: its prose and header. */
export interface ProvinceReportRow {
  id: string;
  periodId: string;
  prose: Record<string, string>;
  header: ReportHeader | null;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

const COLUMNS = ['id', 'period_id as periodId', 'prose', 'header', 'version', 'updated_at as updatedAt', 'updated_by as updatedBy'] as const;

const asRow = (row: { prose: unknown; header: unknown } & Omit<ProvinceReportRow, 'prose' | 'header'>): ProvinceReportRow => ({
  ...row,
  prose: row.prose as Record<string, string>,
  header: row.header as ReportHeader | null,
});

/** Whether unit `u` is expected to report for period `p` (the roll-ups' rule, rollups.expected_for). */
const expectedFor = sql<boolean>`rollups.expected_for(u.expected_from, u.closed_on, p.window_start, p.window_end)`;

/**
 * The consolidated reports (reports.province_reports) of the current tenant, and the figures they are built
 * from: the roll-ups' read models, the approvals of reports, and the records of the units that submitted.
 */
@Injectable()
export class ProvinceReportRepository {
  async find(em: EntityManager, periodId: string, forUpdate = false): Promise<ProvinceReportRow | null> {
    let query = qb.selectFrom('reports.province_reports').select(COLUMNS).where('period_id', '=', periodId);
    if (forUpdate) query = query.forUpdate();
    const row = await firstOf(em, query);
    return row && asRow(row);
  }

  /** Creates or updates the period's report, one version up; null when `expectedVersion` is stale (another save came first). */
  async save(
    em: EntityManager,
    report: { periodId: string; prose: Record<string, string>; header: ReportHeader | null; expectedVersion: number; userId: string },
  ): Promise<ProvinceReportRow | null> {
    const values = { prose: JSON.stringify(report.prose), header: report.header && JSON.stringify(report.header), updated_at: appNow(), updated_by: report.userId };
    const row =
      report.expectedVersion === 0
        ? await firstOf(
            em,
            qb
              .insertInto('reports.province_reports')
              .values({ tenant_id: currentTenant(), period_id: report.periodId, version: 1, ...values })
              .onConflict((oc) => oc.columns(['tenant_id', 'period_id']).doNothing())
              .returning(COLUMNS),
          )
        : await firstOf(
            em,
            qb
              .updateTable('reports.province_reports')
              .set({ ...values, version: report.expectedVersion + 1 })
              .where('period_id', '=', report.periodId)
              .where('version', '=', report.expectedVersion)
              .returning(COLUMNS),
          );
    return row && asRow(row);
  }

  /** The name of the province (the tenant), as the header names its committee. */
  async provinceName(em: EntityManager): Promise<string> {
    const row = await firstOf(em, qb.selectFrom('tenancy.tenant_directory').select('name').where('id', '=', currentTenant()));
    return row?.name ?? '';
  }

  /** Everything the consolidated report counts for a period. */
  async counts(em: EntityManager, period: PeriodRow): Promise<ProvinceReportCounts> {
    const units = await rowsOf(
      em,
      qb
        .selectFrom('rollups.unit_directory_view as u')
        .innerJoin('reports.reporting_periods as p', (j) => j.on('p.id', '=', period.id))
        .leftJoin('rollups.unit_status_view as s', (join) => join.onRef('s.unit_id', '=', 'u.unit_id').on('s.period_id', '=', period.id))
        .leftJoin('reports.reports as r', (join) => join.onRef('r.unit_id', '=', 'u.unit_id').on('r.period_id', '=', period.id))
        .select([
          'u.unit_id as unitId',
          'u.code',
          'u.name',
          'u.bloc_name as blocName',
          's.unit_id as submitted',
          's.late',
          's.score_total as scoreTotal',
          's.band',
          'r.status as reportStatus',
        ])
        .where('u.kind', '=', 'UNIT')
        .where(expectedFor)
        .orderBy('u.code'),
    );
    const submitted = units.filter((u) => u.submitted !== null);
    const bandCounts: Partial<Record<Band, number>> = {};
    for (const u of submitted) if (u.band) bandCounts[u.band as Band] = (bandCounts[u.band as Band] ?? 0) + 1;
    const scores = submitted.filter((u) => u.scoreTotal !== null).map((u) => Number(u.scoreTotal));
    const notSubmitted: NotSubmittedUnit[] = units
      .filter((u) => u.submitted === null)
      .map((u) => ({ unitId: u.unitId as string, code: u.code as string, name: u.name as string, blocName: u.blocName }));
    return {
      unitsExpected: units.length,
      unitsSubmitted: submitted.length,
      unitsOnTime: submitted.filter((u) => u.late === false).length,
      unitsApproved: units.filter((u) => u.reportStatus === 'APPROVED').length,
      averageScore: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      bandCounts,
      activityCounts: await this.activityCounts(em, period, submitted.map((u) => u.unitId as string)),
      notSubmitted,
    };
  }

  /** The records of the given units in the period's data window, by kind. */
  private async activityCounts(em: EntityManager, period: PeriodRow, unitIds: string[]): Promise<Record<string, number>> {
    if (unitIds.length === 0) return {};
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('activities.activity_directory')
        .select((eb) => ['kind', eb.fn.countAll<string>().as('n')])
        .where('unit_id', '=', sql<string>`ANY(${unitIds}::uuid[])`)
        .where('occurred_on', '>=', period.windowStart)
        .where('occurred_on', '<=', period.windowEnd)
        .groupBy('kind'),
    );
    return Object.fromEntries(rows.map((r) => [r.kind as string, Number(r.n)]));
  }
}

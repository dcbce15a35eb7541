import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Band } from '@qcdc/shared/contracts';
import { firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';

export interface RollupRow {
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  averageScore: number | null;
  bandCounts: Record<string, number>;
  updatedAt: Date | null;
}

/** One reporting unit and its submission for a period, as the committee compares them. */
export interface ComparisonRow {
  unitId: string;
  code: string;
  name: string;
  blocName: string | null;
  submitted: boolean;
  submittedAt: Date | null;
  late: boolean | null;
  scoreTotal: number | null;
  band: Band | null;
}

const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/** Whether unit `u` is expected to report for period `p` (the roll-ups' rule, rollups.expected_for). */
const expectedFor = sql<boolean>`rollups.expected_for(u.expected_from, u.closed_on, p.window_start, p.window_end)`;

/** The committee's figures, read from the roll-up read models the worker keeps (rollups.*_view). */
@Injectable()
export class DashboardRepository {
  async rollup(em: EntityManager, periodId: string): Promise<RollupRow | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('rollups.province_rollup_view')
        .select([
          'units_expected as unitsExpected',
          'units_submitted as unitsSubmitted',
          'units_on_time as unitsOnTime',
          'average_score as averageScore',
          'band_counts as bandCounts',
          'refreshed_at as updatedAt',
        ])
        .where('period_id', '=', periodId),
    );
    if (!row) return null;
    return {
      unitsExpected: Number(row.unitsExpected),
      unitsSubmitted: Number(row.unitsSubmitted),
      unitsOnTime: Number(row.unitsOnTime),
      averageScore: numberOrNull(row.averageScore),
      bandCounts: (row.bandCounts ?? {}) as Record<string, number>,
      updatedAt: row.updatedAt,
    };
  }

  async periodExists(em: EntityManager, periodId: string): Promise<boolean> {
    return (await firstOf(em, qb.selectFrom('reports.reporting_periods').select('id').where('id', '=', periodId))) !== null;
  }

  /** The reporting units expected for the period by their dates (before the roll-ups have a row for it). */
  async unitsExpected(em: EntityManager, periodId: string): Promise<number> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('rollups.unit_directory_view as u')
        .innerJoin('reports.reporting_periods as p', (j) => j.on('p.id', '=', periodId))
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('u.kind', '=', 'UNIT')
        .where(expectedFor),
    );
    return Number(row?.n ?? 0);
  }

  /**
   * The reporting units expected for the period (and any other that submitted for it anyway) with their
   * submissions, best score first, then by code.
   */
  async comparison(em: EntityManager, periodId: string, blocIds: string[] | null): Promise<ComparisonRow[]> {
    let query = qb
      .selectFrom('rollups.unit_directory_view as u')
      .leftJoin('rollups.unit_status_view as s', (join) => join.onRef('s.unit_id', '=', 'u.unit_id').on('s.period_id', '=', periodId))
      .select((eb) => [
        'u.unit_id as unitId',
        'u.code',
        'u.name',
        'u.bloc_name as blocName',
        eb('s.unit_id', 'is not', null).as('submitted'),
        's.submitted_at as submittedAt',
        's.late',
        's.score_total as scoreTotal',
        's.band',
      ])
      .innerJoin('reports.reporting_periods as p', (j) => j.on('p.id', '=', periodId))
      .where('u.kind', '=', 'UNIT')
      .where((eb) => eb.or([eb('s.unit_id', 'is not', null), expectedFor]));
    if (blocIds !== null) {
      if (blocIds.length === 0) return [];
      query = query.where('u.bloc_id', 'in', blocIds);
    }
    const rows = await rowsOf(em, query.orderBy('s.score_total', (ob) => ob.desc().nullsLast()).orderBy('u.code'));
    return rows.map((r) => ({
      unitId: r.unitId as string,
      code: r.code as string,
      name: r.name as string,
      blocName: r.blocName,
      submitted: Boolean(r.submitted),
      submittedAt: r.submittedAt,
      late: r.late,
      scoreTotal: numberOrNull(r.scoreTotal),
      band: r.band as Band | null,
    }));
  }
}

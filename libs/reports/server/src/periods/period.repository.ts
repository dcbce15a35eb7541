import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, pgCode } from '@qcdc/shared/db';
import { PeriodDraft } from '@qcdc/reports/domain';
import { ReportingPeriod } from '../graphql-types';

const COLUMNS = `id, year, kind, to_char(window_start, 'YYYY-MM-DD') AS "windowStart",
                 to_char(window_end, 'YYYY-MM-DD') AS "windowEnd", to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
                 grace_days AS "graceDays", status`;

/** Reporting periods of the current tenant. */
@Injectable()
export class PeriodRepository {
  listByYear(em: EntityManager, year: number): Promise<ReportingPeriod[]> {
    return em.query(`SELECT ${COLUMNS} FROM reports.reporting_periods WHERE year = $1 ORDER BY window_start`, [year]);
  }

  async findById(em: EntityManager, id: string): Promise<ReportingPeriod | null> {
    const rows = await em.query(`SELECT ${COLUMNS} FROM reports.reporting_periods WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async insert(em: EntityManager, p: PeriodDraft): Promise<ReportingPeriod> {
    try {
      const rows = await em.query(
        `INSERT INTO reports.reporting_periods (tenant_id, year, kind, window_start, window_end, due_on, grace_days)
         VALUES (qcdc.current_tenant(), $1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
        [p.year, p.kind, p.windowStart, p.windowEnd, p.dueOn, p.graceDays],
      );
      return rows[0];
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION) {
        throw conflict(
          `Kỳ báo cáo này của năm ${p.year} đã được mở.`,
          `This ${p.kind} period of ${p.year} already exists.`,
          { field: 'kind' },
        );
      }
      throw error;
    }
  }
}

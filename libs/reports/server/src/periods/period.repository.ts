import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, firstOf, pgCode, qb, rowsOf, currentTenant } from '@qcdc/shared/db';
import { EventPayload } from '@qcdc/shared/events';
import { PeriodDraft } from '@qcdc/reports/domain';

/** A reporting period of the province: its kind, data window, due date and grace. */
export interface PeriodRow {
  id: string;
  year: number;
  kind: 'SIX_MONTH' | 'YEAR';
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  graceDays: number;
  status: 'OPEN' | 'CLOSED';
}

/** What `reporting-period.opened` carries: the roll-ups freeze the period's expected units then. */
export function periodOpened(p: PeriodRow): EventPayload<'reporting-period.opened'> {
  return { periodId: p.id, year: p.year, kind: p.kind, windowStart: p.windowStart, windowEnd: p.windowEnd, dueOn: p.dueOn, graceDays: p.graceDays };
}

const COLUMNS = [
  'id',
  'year',
  'kind',
  'window_start as windowStart',
  'window_end as windowEnd',
  'due_on as dueOn',
  'grace_days as graceDays',
  'status',
] as const;

const asPeriod = (row: Omit<PeriodRow, 'kind' | 'status'> & { kind: string; status: string }): PeriodRow => ({
  ...row,
  kind: row.kind as PeriodRow['kind'],
  status: row.status as PeriodRow['status'],
});

/** Reporting periods of the current tenant. */
@Injectable()
export class PeriodRepository {
  async listByYear(em: EntityManager, year: number): Promise<PeriodRow[]> {
    const rows = await rowsOf(em, qb.selectFrom('reports.reporting_periods').select(COLUMNS).where('year', '=', year).orderBy('window_start'));
    return rows.map(asPeriod);
  }

  async findById(em: EntityManager, id: string): Promise<PeriodRow | null> {
    const row = await firstOf(em, qb.selectFrom('reports.reporting_periods').select(COLUMNS).where('id', '=', id));
    return row ? asPeriod(row) : null;
  }

  /** Inserts the period unless the year already has one of its kind; null when it had (kept as it was). */
  async insertIfMissing(em: EntityManager, p: PeriodDraft): Promise<PeriodRow | null> {
    const row = await firstOf(
      em,
      qb
        .insertInto('reports.reporting_periods')
        .values({
          tenant_id: currentTenant(),
          year: p.year,
          kind: p.kind,
          window_start: p.windowStart,
          window_end: p.windowEnd,
          due_on: p.dueOn,
          grace_days: p.graceDays,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'year', 'kind']).doNothing())
        .returning(COLUMNS),
    );
    return row ? asPeriod(row) : null;
  }

  /** The period, locked until the transaction ends (a status change waits for another one in flight). */
  async lock(em: EntityManager, id: string): Promise<PeriodRow | null> {
    const row = await firstOf(em, qb.selectFrom('reports.reporting_periods').select(COLUMNS).where('id', '=', id).forUpdate());
    return row ? asPeriod(row) : null;
  }

  async setStatus(em: EntityManager, id: string, status: PeriodRow['status']): Promise<PeriodRow> {
    const row = await firstOf(em, qb.updateTable('reports.reporting_periods').set({ status }).where('id', '=', id).returning(COLUMNS));
    return asPeriod(row as NonNullable<typeof row>);
  }

  async insert(em: EntityManager, p: PeriodDraft): Promise<PeriodRow> {
    try {
      const row = await firstOf(
        em,
        qb
          .insertInto('reports.reporting_periods')
          .values({
            tenant_id: currentTenant(),
            year: p.year,
            kind: p.kind,
            window_start: p.windowStart,
            window_end: p.windowEnd,
            due_on: p.dueOn,
            grace_days: p.graceDays,
          })
          .returning(COLUMNS),
      );
      return asPeriod(row as NonNullable<typeof row>);
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

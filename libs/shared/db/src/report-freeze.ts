import { EntityManager } from 'typeorm';
import { PeriodKind } from '@qcdc/shared/contracts';
import { currentTenant, execute, firstOf, qb, rowsOf, sql } from './query';

/**
 * A unit's report freezes what it holds once submitted: the activities dated in its period's window, their
 * evidence files and the self-score of the period. Which statuses freeze is the reports service's decision,
 * published as `frozen` in its read model `reports.report_directory`.
 *
 * The check is a read, so a write and a submission running at the same moment need one more thing: an
 * advisory lock on the unit, taken in the transaction. Writers of what a report holds share it; a submission
 * holds it alone. A write therefore either commits before the submission reads the unit's records, or waits
 * for the submission to commit and then reads the report frozen. Services meet only in the database here,
 * which is the one place they share.
 */
const unitKey = (unitId: string) => sql<string>`hashtextextended('qcdc.unit-reports:' || ${currentTenant()}::text || ':' || ${unitId}, 0)`;

/** Before a write of what a unit's reports hold (activities, evidence, self-scores): waits for a submission in flight. */
export async function lockUnitForWrite(em: EntityManager, unitId: string): Promise<void> {
  await execute(em, qb.selectNoFrom(sql<void>`pg_advisory_xact_lock_shared(${unitKey(unitId)})`.as('locked')));
}

/** Before a unit's report is submitted: waits for the writes in flight, and holds off new ones until it commits. */
export async function lockUnitForSubmission(em: EntityManager, unitId: string): Promise<void> {
  await execute(em, qb.selectNoFrom(sql<void>`pg_advisory_xact_lock(${unitKey(unitId)})`.as('locked')));
}

/** A frozen report's period, as the refusals name it. */
export interface FrozenPeriod {
  id: string;
  year: number;
  kind: PeriodKind;
  windowStart: string;
  windowEnd: string;
}

/** The periods whose window holds one of the dates and whose report of the unit is frozen, earliest first. */
export async function frozenPeriodsHolding(em: EntityManager, unitId: string, dates: readonly string[]): Promise<FrozenPeriod[]> {
  if (dates.length === 0) return [];
  const rows = await rowsOf(
    em,
    qb
      .selectFrom('reports.report_directory as r')
      .innerJoin('reports.period_directory as p', 'p.id', 'r.period_id')
      .select(['p.id', 'p.year', 'p.kind', 'p.window_start as windowStart', 'p.window_end as windowEnd'])
      .where('r.unit_id', '=', unitId)
      .where('r.frozen', '=', true)
      .where((eb) => eb.or(dates.map((date) => eb.and([eb('p.window_start', '<=', date), eb('p.window_end', '>=', date)]))))
      .orderBy('p.window_start'),
  );
  return rows as FrozenPeriod[];
}

/** Whether the unit's report of the period is frozen. */
export async function isReportFrozen(em: EntityManager, unitId: string, periodId: string): Promise<boolean> {
  const row = await firstOf(
    em,
    qb.selectFrom('reports.report_directory').select('frozen').where('unit_id', '=', unitId).where('period_id', '=', periodId),
  );
  return row?.frozen === true;
}

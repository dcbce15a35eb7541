import type { PeriodKind } from './deadline';

/** A period's data window and due date, as "YYYY-MM-DD" calendar dates. */
export interface PeriodWindow {
  windowStart: string;
  windowEnd: string;
  dueOn: string;
}

/**
 * The customary windows: data from 15/12 of the year before to 14/6 (six-month review) or 14/12 (yearly
 * review), due on the 20th of that month. A province may open a period with other dates.
 */
export function customaryWindow(year: number, kind: PeriodKind): PeriodWindow {
  const month = kind === 'YEAR' ? '12' : '06';
  return {
    windowStart: `${year - 1}-12-15`,
    windowEnd: `${year}-${month}-14`,
    dueOn: `${year}-${month}-20`,
  };
}

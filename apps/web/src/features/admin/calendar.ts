import type { PeriodKind } from '../../shared/api/api-types';

export interface PeriodWindow {
  windowStart: string;
  windowEnd: string;
  dueOn: string;
}

/**
 * The customary reporting windows: data from 15/12 of the year before to 14/12 (yearly review) or 14/6
 * (six-month review), due on the 20th of that month.
 */
export function customaryWindow(year: number, kind: PeriodKind): PeriodWindow {
  const month = kind === 'YEAR' ? '12' : '06';
  return {
    windowStart: `${year - 1}-12-15`,
    windowEnd: `${year}-${month}-14`,
    dueOn: `${year}-${month}-20`,
  };
}

export type PeriodProblem = 'missingDate' | 'windowOrder' | 'dueBeforeStart' | 'graceDays';

/** The first problem the server would refuse (same rules), or null. Dates are "YYYY-MM-DD" from date inputs. */
export function periodProblem(p: PeriodWindow & { graceDays: string }): PeriodProblem | null {
  if (!p.windowStart || !p.windowEnd || !p.dueOn) return 'missingDate';
  if (p.windowStart > p.windowEnd) return 'windowOrder';
  if (p.dueOn < p.windowStart) return 'dueBeforeStart';
  const grace = p.graceDays.trim(); // blank means no grace days
  if (grace && (!/^\d+$/.test(grace) || Number(grace) > 90)) return 'graceDays';
  return null;
}

import { CALENDAR_YEARS, PeriodKind, badInput } from '@qcdc/shared/contracts';

export { PERIOD_KINDS, PERIOD_STATUSES } from '@qcdc/shared/contracts';
export type { PeriodKind, PeriodStatus } from '@qcdc/shared/contracts';

/** Vietnam keeps one offset all year (no daylight saving): deadlines are counted in it. */
export const VIETNAM_UTC_OFFSET = '+07:00';

/** A calendar date `days` later (earlier when negative), as "YYYY-MM-DD". */
export const addDays = (isoDate: string, days: number): string => {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * A report is on time until the end of its due day plus the grace days, in Vietnam's time: due 15/12 with
 * no grace means anything before 16/12 00:00 (+07:00).
 */
export function isLate(submittedAt: Date, dueOn: string, graceDays: number): boolean {
  const deadline = new Date(`${addDays(dueOn, graceDays + 1)}T00:00:00${VIETNAM_UTC_OFFSET}`);
  return submittedAt.getTime() >= deadline.getTime();
}

/** The most days a province may allow after a period's due date. */
export const GRACE_DAYS_MAX = 90;

export interface PeriodDraft {
  year: number;
  kind: PeriodKind;
  windowStart: string;
  windowEnd: string;
  dueOn: string;
  graceDays: number;
}

/**
 * A period's data window must be in order and due after it opens; windows often cut at the 15th
 * (15/12 → 14/6), so no month boundary is assumed.
 */
export function assertPeriod(p: PeriodDraft): void {
  const { min, max } = CALENDAR_YEARS;
  if (!Number.isInteger(p.year) || p.year < min || p.year > max) {
    throw badInput(`Năm không hợp lệ (${min}–${max}).`, `The year must be between ${min} and ${max}.`, { field: 'year' });
  }
  if (p.windowStart > p.windowEnd) {
    throw badInput(
      'Ngày bắt đầu kỳ số liệu phải trước ngày kết thúc.',
      'The data window must start before it ends.',
      { field: 'windowEnd' },
    );
  }
  if (p.dueOn < p.windowStart) {
    throw badInput('Hạn nộp phải sau ngày bắt đầu kỳ số liệu.', 'The due date must come after the window opens.', {
      field: 'dueOn',
    });
  }
  if (!Number.isInteger(p.graceDays) || p.graceDays < 0 || p.graceDays > GRACE_DAYS_MAX) {
    throw badInput(`Số ngày gia hạn từ 0 đến ${GRACE_DAYS_MAX}.`, `Grace days must be 0 to ${GRACE_DAYS_MAX}.`, { field: 'graceDays' });
  }
}

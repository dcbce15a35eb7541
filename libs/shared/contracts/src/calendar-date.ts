import { badInput } from './errors';

/** The years the provinces report on, for every year and every date the API takes. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;

/** Checks a "YYYY-MM-DD" calendar date (no 31 February) and returns it unchanged. */
export function assertCalendarDate(value: string, field = 'occurredOn'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw badInput(`Ngày "${value}" không hợp lệ (dạng năm-tháng-ngày).`, `"${value}" is not a valid date (YYYY-MM-DD).`, {
      field,
    });
  }
  if (Number(m[1]) < CALENDAR_YEARS.min || Number(m[1]) > CALENDAR_YEARS.max) {
    const { min, max } = CALENDAR_YEARS;
    throw badInput(`Năm phải từ ${min} đến ${max}.`, `The year must be between ${min} and ${max}.`, { field });
  }
  return value;
}

/** "dd/mm/yyyy" for a "YYYY-MM-DD" date, as Vietnamese documents write dates. */
export const vietnameseDate = (date: string) => date.split('-').reverse().join('/');

/** Today's date in Vietnam (UTC+7 all year), as "YYYY-MM-DD": the calendar the provinces work by. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

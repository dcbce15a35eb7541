import { z } from 'zod';
import { PERIOD_KINDS, PeriodKind, badInput, field } from '@qcdc/shared/contracts';
import { GRACE_DAYS_MAX, PeriodDraft, assertPeriod } from './deadline';
import { customaryWindow } from './period-windows';

/**
 * A province's reporting calendar: for each kind of period, the data window and due date as days of the
 * year ("MM-DD"), the window opening in the year before when `windowStartPreviousYear` (15/12 → 14/12).
 */
export interface CalendarRule {
  kind: PeriodKind;
  windowStart: string;
  windowStartPreviousYear: boolean;
  windowEnd: string;
  due: string;
  graceDays: number;
}

const KIND_NAMES: Record<PeriodKind, { vi: string; en: string }> = {
  SIX_MONTH: { vi: 'sơ kết 6 tháng', en: 'six-month review' },
  YEAR: { vi: 'tổng kết năm', en: 'year-end review' },
};

/** The calendar of a province that never saved one: the customary windows (period-windows.ts). */
export function defaultCalendar(): CalendarRule[] {
  return PERIOD_KINDS.map((kind) => {
    const w = customaryWindow(2001, kind);
    return {
      kind,
      windowStart: w.windowStart.slice(5),
      windowStartPreviousYear: w.windowStart.startsWith('2000'),
      windowEnd: w.windowEnd.slice(5),
      due: w.dueOn.slice(5),
      graceDays: 0,
    };
  });
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the year "MM-DD" that some year has (29 February is one; 30 February and 31 April are not). */
function assertDayOfYear(value: string, fieldName: string): string {
  const m = /^(\d{2})-(\d{2})$/.exec(value);
  const month = m ? Number(m[1]) : 0;
  const day = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) {
    throw badInput(
      `Ngày "${value}" không có trong năm; nhập theo dạng tháng-ngày, ví dụ 12-15 cho ngày 15/12.`,
      `"${value}" is not a day of the year; write it as MM-DD, e.g. 12-15 for 15 December.`,
      { field: fieldName },
    );
  }
  return value;
}

const dayOfYear = (name: string) => field.rule((v) => assertDayOfYear(v, name), { field: name });

export const calendarRuleInput = z.object({
  kind: field.oneOf({ vi: 'loại kỳ', en: 'the period kind' }, PERIOD_KINDS),
  windowStart: dayOfYear('windowStart'),
  windowStartPreviousYear: z.boolean({ error: 'Hãy chọn kỳ số liệu bắt đầu từ năm trước hay trong năm.' }),
  windowEnd: dayOfYear('windowEnd'),
  due: dayOfYear('due'),
  graceDays: field.int({ vi: 'số ngày gia hạn', en: 'the grace days' }, { min: 0, max: GRACE_DAYS_MAX }),
});

/** saveReportingCalendar: one rule per kind of period (the rules across fields are in assertCalendar). */
export const saveReportingCalendarInput = z.object({
  rules: field.list({ vi: 'các kỳ báo cáo', en: 'the rules' }, calendarRuleInput, { max: PERIOD_KINDS.length }),
});
export type SaveReportingCalendar = z.output<typeof saveReportingCalendarInput>;

/** generateReportingPeriods(year) */
export const generateReportingPeriodsArgs = z.object({ year: field.year() });
/** closeReportingPeriod(periodId), reopenReportingPeriod(periodId) */
export const reportingPeriodIdArgs = z.object({ periodId: field.id({ vi: 'kỳ báo cáo', en: 'reporting period' }) });

/** A day "MM-DD" of a year; 29 February of a year without one is its 28 February. */
function dateOf(year: number, monthDay: string): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return monthDay === '02-29' && !leap ? `${year}-02-28` : `${year}-${monthDay}`;
}

/** The period a rule gives for a year. */
export function periodOfYear(rule: CalendarRule, year: number): PeriodDraft {
  return {
    year,
    kind: rule.kind,
    windowStart: dateOf(rule.windowStartPreviousYear ? year - 1 : year, rule.windowStart),
    windowEnd: dateOf(year, rule.windowEnd),
    dueOn: dateOf(year, rule.due),
    graceDays: rule.graceDays,
  };
}

/** The year's periods the calendar gives, six-month review first. */
export function periodsOfYear(rules: readonly CalendarRule[], year: number): PeriodDraft[] {
  return PERIOD_KINDS.flatMap((kind) => rules.filter((r) => r.kind === kind)).map((r) => periodOfYear(r, year));
}

/**
 * A calendar a province may keep: at least one rule, one per kind, and each rule's window in order and due
 * after it opens in every year (a leap year and the year after one, so that 29 February cannot slip by).
 */
export function assertCalendar(rules: readonly CalendarRule[]): void {
  if (rules.length === 0) {
    throw badInput('Hãy khai báo ít nhất một kỳ báo cáo (sơ kết 6 tháng hoặc tổng kết năm).', 'Declare at least one period (six-month or year-end review).', {
      field: 'rules',
    });
  }
  for (const kind of PERIOD_KINDS) {
    if (rules.filter((r) => r.kind === kind).length > 1) {
      throw badInput(`Kỳ ${KIND_NAMES[kind].vi} được khai báo hai lần; hãy giữ một dòng.`, `The ${KIND_NAMES[kind].en} is declared twice; keep one.`, {
        field: 'kind',
        kind,
      });
    }
  }
  for (const rule of rules) {
    const name = KIND_NAMES[rule.kind];
    for (const year of [2024, 2025]) {
      const p = periodOfYear(rule, year);
      const opens = `${rule.windowStart}${rule.windowStartPreviousYear ? ' năm trước' : ''}`;
      const opensEn = `${rule.windowStart}${rule.windowStartPreviousYear ? ' of the year before' : ''}`;
      if (p.windowStart > p.windowEnd) {
        throw badInput(
          `Kỳ ${name.vi}: ngày kết thúc kỳ số liệu (${rule.windowEnd}) phải sau ngày bắt đầu (${opens}). Hãy sửa ngày kết thúc hoặc chọn bắt đầu từ năm trước.`,
          `${name.en}: the window must end (${rule.windowEnd}) after it starts (${opensEn}). Fix the end or start the window in the year before.`,
          { field: 'windowEnd', kind: rule.kind },
        );
      }
      if (p.dueOn < p.windowStart) {
        throw badInput(
          `Kỳ ${name.vi}: hạn nộp (${rule.due}) phải sau ngày bắt đầu kỳ số liệu (${opens}). Hãy sửa hạn nộp.`,
          `${name.en}: the due date (${rule.due}) must come after the window opens (${opensEn}). Fix the due date.`,
          { field: 'due', kind: rule.kind },
        );
      }
      assertPeriod(p);
    }
  }
}

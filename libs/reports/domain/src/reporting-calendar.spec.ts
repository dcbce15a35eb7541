import { AppError, inputVerdict } from '@qcdc/shared/contracts';
import { customaryWindow } from './period-windows';
import { CalendarRule, assertCalendar, defaultCalendar, periodsOfYear, saveReportingCalendarInput } from './reporting-calendar';

const rule = (over: Partial<CalendarRule> = {}): CalendarRule => ({
  kind: 'YEAR',
  windowStart: '12-15',
  windowStartPreviousYear: true,
  windowEnd: '12-14',
  due: '12-20',
  graceDays: 0,
  ...over,
});

const refusal = (rules: CalendarRule[]): string => {
  try {
    assertCalendar(rules);
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.code} ${String(error.details['field'])}`;
  }
};

describe('the default calendar', () => {
  it('gives the customary windows of every year', () => {
    for (const year of [2024, 2025, 2026]) {
      expect(periodsOfYear(defaultCalendar(), year)).toEqual([
        { year, kind: 'SIX_MONTH', graceDays: 0, ...customaryWindow(year, 'SIX_MONTH') },
        { year, kind: 'YEAR', graceDays: 0, ...customaryWindow(year, 'YEAR') },
      ]);
    }
  });
  it('is a calendar a province may keep', () => {
    expect(refusal(defaultCalendar())).toBe('ok');
  });
});

describe('periodsOfYear', () => {
  it('opens the window in the year itself when the rule says so', () => {
    const [p] = periodsOfYear([rule({ windowStart: '01-01', windowStartPreviousYear: false, windowEnd: '12-31', due: '12-31', graceDays: 5 })], 2027);
    expect(p).toEqual({ year: 2027, kind: 'YEAR', windowStart: '2027-01-01', windowEnd: '2027-12-31', dueOn: '2027-12-31', graceDays: 5 });
  });
  it('reads 29 February as the 28th in a year without one, and keeps it in a leap year', () => {
    const feb = rule({ kind: 'SIX_MONTH', windowStart: '09-01', windowEnd: '02-29', due: '02-29' });
    expect(periodsOfYear([feb], 2028)[0]).toMatchObject({ windowStart: '2027-09-01', windowEnd: '2028-02-29', dueOn: '2028-02-29' });
    expect(periodsOfYear([feb], 2027)[0]).toMatchObject({ windowStart: '2026-09-01', windowEnd: '2027-02-28', dueOn: '2027-02-28' });
    expect(periodsOfYear([rule({ windowStart: '02-29' })], 2025)[0].windowStart).toBe('2024-02-29');
    expect(periodsOfYear([rule({ windowStart: '02-29' })], 2026)[0].windowStart).toBe('2025-02-28');
  });
  it('lists the six-month review first whatever the order of the rules', () => {
    expect(periodsOfYear([...defaultCalendar()].reverse(), 2026).map((p) => p.kind)).toEqual(['SIX_MONTH', 'YEAR']);
  });
});

describe('assertCalendar refuses, naming the field', () => {
  it.each<[string, CalendarRule[], string]>([
    ['no rule', [], 'BAD_USER_INPUT rules'],
    ['a kind twice', [rule(), rule()], 'BAD_USER_INPUT kind'],
    ['a window ending before it starts', [rule({ windowStartPreviousYear: false, windowStart: '06-15', windowEnd: '06-14' })], 'BAD_USER_INPUT windowEnd'],
    ['due before the window starts', [rule({ windowStartPreviousYear: false, windowStart: '06-15', windowEnd: '12-14', due: '06-01' })], 'BAD_USER_INPUT due'],
    ['29 February to 28 February of the same year', [rule({ windowStartPreviousYear: false, windowStart: '02-29', windowEnd: '02-28', due: '03-01' })], 'BAD_USER_INPUT windowEnd'],
    ['a one-day window on 28 February', [rule({ windowStartPreviousYear: false, windowStart: '02-28', windowEnd: '02-28', due: '02-28' })], 'ok'],
  ])('%s', (_name, rules, verdict) => {
    expect(refusal(rules)).toBe(verdict);
  });
});

describe('saveReportingCalendarInput', () => {
  it.each([
    ['the default', defaultCalendar(), 'ok'],
    ['30 February', [rule({ due: '02-30' })], 'BAD_USER_INPUT due'],
    ['31 April', [rule({ windowEnd: '04-31' })], 'BAD_USER_INPUT windowEnd'],
    ['29 February', [rule({ windowEnd: '02-29', due: '02-29' })], 'ok'],
    ['a full date', [rule({ windowStart: '2025-12-15' })], 'BAD_USER_INPUT windowStart'],
    ['too many grace days', [rule({ graceDays: 91 })], 'BAD_USER_INPUT graceDays'],
    ['an unknown kind', [rule({ kind: 'QUARTER' as never })], 'BAD_USER_INPUT kind'],
  ])('%s', (_name, rules, verdict) => {
    expect(inputVerdict(saveReportingCalendarInput, { rules })).toBe(verdict);
  });
});

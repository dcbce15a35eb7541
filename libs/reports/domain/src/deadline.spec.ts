import { AppError } from '@qcdc/shared/contracts';
import { assertPeriod, isLate } from './deadline';

describe('isLate', () => {
  it.each([
    ['2026-12-15T16:59:59Z', '2026-12-15', 0, false], // 23:59:59 on 15/12 in Vietnam
    ['2026-12-15T17:00:00Z', '2026-12-15', 0, true], // 00:00 on 16/12 in Vietnam
    ['2026-12-01T00:00:00Z', '2026-12-15', 0, false],
    ['2026-12-18T16:59:59Z', '2026-12-15', 3, false],
    ['2026-12-18T17:00:00Z', '2026-12-15', 3, true],
    ['2027-01-01T00:00:00Z', '2026-12-31', 0, true], // crosses the year
  ])('submitted %s, due %s + %d days -> late %p', (at, due, grace, late) => {
    expect(isLate(new Date(at), due, grace)).toBe(late);
  });
});

describe('assertPeriod', () => {
  const ok = { year: 2026, kind: 'YEAR' as const, windowStart: '2025-12-15', windowEnd: '2026-12-14', dueOn: '2026-12-20', graceDays: 0 };
  it.each([
    ['a window cut at the 15th', {}, 'ok'],
    ['a reversed window', { windowStart: '2026-12-15', windowEnd: '2026-06-14' }, 'windowEnd'],
    ['due before the window opens', { dueOn: '2025-01-01' }, 'dueOn'],
    ['a year out of range', { year: 1998 }, 'year'],
    ['too many grace days', { graceDays: 120 }, 'graceDays'],
  ])('%s', (_name, change, expected) => {
    let result = 'ok';
    try {
      assertPeriod({ ...ok, ...change });
    } catch (e) {
      result = String((e as AppError).details['field']);
    }
    expect(result).toBe(expected);
  });
});

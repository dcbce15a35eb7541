import { describe, expect, it } from '@jest/globals';
import { customaryWindow, periodProblem } from './calendar';

describe('customaryWindow', () => {
  it('yearly review: 15/12 of the year before to 14/12, due 20/12', () => {
    expect(customaryWindow(2026, 'YEAR')).toEqual({
      windowStart: '2025-12-15',
      windowEnd: '2026-12-14',
      dueOn: '2026-12-20',
    });
  });
  it('six-month review: 15/12 of the year before to 14/6, due 20/6', () => {
    expect(customaryWindow(2026, 'SIX_MONTH')).toEqual({
      windowStart: '2025-12-15',
      windowEnd: '2026-06-14',
      dueOn: '2026-06-20',
    });
  });
});

describe('periodProblem', () => {
  const ok = { ...customaryWindow(2026, 'YEAR'), graceDays: '0' };
  it.each([
    [{}, null],
    [{ graceDays: '' }, null],
    [{ graceDays: '90' }, null],
    [{ windowEnd: '' }, 'missingDate'],
    [{ windowStart: '2027-01-01' }, 'windowOrder'],
    [{ dueOn: '2025-12-14' }, 'dueBeforeStart'],
    [{ graceDays: '91' }, 'graceDays'],
    [{ graceDays: '-1' }, 'graceDays'],
    [{ graceDays: 'năm' }, 'graceDays'],
  ])('%j -> %s', (patch, expected) => {
    expect(periodProblem({ ...ok, ...patch })).toBe(expected);
  });
});

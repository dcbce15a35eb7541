import { assertPeriod } from './deadline';
import { customaryWindow } from './period-windows';

describe('customaryWindow', () => {
  it('yearly review: 15/12 of the year before to 14/12, due 20/12', () => {
    expect(customaryWindow(2026, 'YEAR')).toEqual({ windowStart: '2025-12-15', windowEnd: '2026-12-14', dueOn: '2026-12-20' });
  });
  it('six-month review: 15/12 of the year before to 14/6, due 20/6', () => {
    expect(customaryWindow(2026, 'SIX_MONTH')).toEqual({
      windowStart: '2025-12-15',
      windowEnd: '2026-06-14',
      dueOn: '2026-06-20',
    });
  });
  it.each(['YEAR', 'SIX_MONTH'] as const)('a customary %s period passes the period rules', (kind) => {
    expect(() => assertPeriod({ year: 2026, kind, graceDays: 0, ...customaryWindow(2026, kind) })).not.toThrow();
  });
});

import { EMPTY_STANDING } from './standing';
import { PeriodWindow, TreeChange, applyTreeChange, expectedFor, treeChangeReaches } from './placement';

const period: PeriodWindow = { windowStart: '2025-12-15', windowEnd: '2026-12-14', closed: false };
const move = (over: Partial<TreeChange> = {}): TreeChange => ({
  kind: 'UNIT',
  unitType: 'COMMUNE',
  blocId: 'bloc-b',
  expectedFrom: null,
  closedOn: null,
  effectiveOn: null,
  occurredAt: '2026-06-20T02:00:00.000Z',
  ...over,
});
const frozen = { ...EMPTY_STANDING, expected: true, blocId: 'bloc-a', unitType: 'AGENCY', placedAt: '2026-01-01T00:00:00.000Z' };

describe('treeChangeReaches: a tree change reaches a period only if effective within or before its window, and never a closed one', () => {
  it.each([
    ['since always', null, false, true],
    ['before the window', '2025-01-01', false, true],
    ['on its first day', '2025-12-15', false, true],
    ['on its last day', '2026-12-14', false, true],
    ['the day after it (a move today, for last year)', '2026-12-15', false, false],
    ['since always, the period closed', null, true, false],
    ['within the window, the period closed', '2026-06-01', true, false],
  ])('%s', (_name, effectiveOn, closed, reaches) => {
    expect(treeChangeReaches({ effectiveOn }, { ...period, closed })).toBe(reaches);
  });
});

describe('applyTreeChange', () => {
  it('moves the unit to the new bloc and type for a change within the window', () => {
    expect(applyTreeChange(frozen, move({ effectiveOn: '2026-06-01' }), period)).toMatchObject({ blocId: 'bloc-b', unitType: 'COMMUNE', expected: true });
  });

  it('keeps a past period as it was for a move effective after its window', () => {
    expect(applyTreeChange(frozen, move({ effectiveOn: '2027-01-10' }), period)).toBe(frozen);
  });

  it('keeps a closed period as it was, whatever the change', () => {
    expect(applyTreeChange(frozen, move(), { ...period, closed: true })).toBe(frozen);
  });

  it('takes the unit out of the expected set when it closed within the window', () => {
    expect(applyTreeChange(frozen, move({ blocId: 'bloc-a', unitType: 'AGENCY', closedOn: '2026-09-01', effectiveOn: '2026-09-01' }), period).expected).toBe(false);
  });

  it('ignores an older change arriving after a newer one (by when they happened, not by arrival)', () => {
    const newer = applyTreeChange(frozen, move({ occurredAt: '2026-07-01T00:00:00.000Z' }), period);
    const older = move({ blocId: 'bloc-c', occurredAt: '2026-06-01T00:00:00.000Z' });
    expect(applyTreeChange(newer, older, period)).toBe(newer);
    expect(applyTreeChange(applyTreeChange(frozen, older, period), move({ occurredAt: '2026-07-01T00:00:00.000Z' }), period)).toEqual(newer);
  });
});

describe('expectedFor', () => {
  it.each([
    [null, null, true],
    ['2025-12-15', null, true],
    ['2025-12-16', null, false],
    [null, '2026-12-14', false],
    [null, '2026-12-15', true],
  ])('expected from %p, closed on %p: %p', (from, closedOn, expected) => {
    expect(expectedFor(from, closedOn, period.windowStart, period.windowEnd)).toBe(expected);
  });
});

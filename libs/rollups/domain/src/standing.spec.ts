import { EMPTY_STANDING, Standing, Transition, applyTransition } from './standing';
import { cellChanges, contributionOf, scoreBucket } from './contribution';
import { ActivityState, activityEffect, applyActivityChange } from './activity';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 0, minute)).toISOString();
const transitions: Transition[] = [
  { kind: 'SUBMITTED', at: at(1), reportId: 'r', late: false, scoreTotal: 80, band: 'KHA', criteria: { '1.1': 4 } },
  { kind: 'RETURNED', at: at(2), reportId: 'r' },
  { kind: 'SUBMITTED', at: at(3), reportId: 'r', late: true, scoreTotal: 91, band: 'TOT', criteria: { '1.1': 5 } },
  { kind: 'RESCORED', at: at(4), scoreTotal: 75.5, band: 'KHA', criteria: { '1.1': 3 } },
  { kind: 'REVIEWED', at: at(5), reportId: 'r' },
  { kind: 'APPROVED', at: at(6), reportId: 'r', scoreTotal: 76, band: 'KHA' },
];

/** Every order of a list (6! = 720 for the transitions above). */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('applyTransition', () => {
  const expected: Standing = {
    ...EMPTY_STANDING,
    status: 'APPROVED',
    statusAt: at(6),
    reportId: 'r',
    submittedAt: at(3),
    late: true,
    scoreTotal: 76,
    band: 'KHA',
    scoreAt: at(6),
    criteria: { '1.1': 3 },
    criteriaAt: at(4),
  };

  it('gives the same standing whatever the order of the transitions, and applying one twice changes nothing', () => {
    for (const order of permutations(transitions)) {
      const twice = [...order, order[0], order[3]];
      expect(twice.reduce(applyTransition, EMPTY_STANDING)).toEqual(expected);
    }
  });

  it('counts a returned report as waiting, not submitted, until it is submitted again', () => {
    const returned = transitions.slice(0, 2).reduce(applyTransition, { ...EMPTY_STANDING, expected: true });
    expect(contributionOf(returned)).toMatchObject({ unitsSubmitted: 0, unitsReturned: 1, unitsExpected: 1, scoreCount: 1 });
  });
});

describe('contributionOf and cellChanges', () => {
  const placed: Standing = { ...EMPTY_STANDING, expected: true, blocId: 'b1', unitType: 'AGENCY' };

  it('counts nothing for a unit neither expected nor submitted', () => {
    expect(contributionOf(EMPTY_STANDING)).toBeNull();
  });

  it.each([
    [0, 0],
    [9.99, 0],
    [10, 1],
    [89.99, 8],
    [90, 9],
    [100, 9],
  ])('puts a score of %p in bucket %p', (score, bucket) => expect(scoreBucket(score)).toBe(bucket));

  it('takes the old contribution out of the old cells and adds the new one to the new cells, in a fixed order', () => {
    const moved = { ...placed, blocId: 'b0', unitType: 'COMMUNE' };
    const changes = cellChanges([{ periodId: 'p', before: placed, after: moved }]);
    expect(changes.map((c) => [c.key.dimension, c.key.value, c.plus.length, c.minus.length])).toEqual([
      ['BLOC', 'b0', 1, 0],
      ['BLOC', 'b1', 0, 1],
      ['PROVINCE', '', 1, 1],
      ['UNIT_TYPE', 'AGENCY', 0, 1],
      ['UNIT_TYPE', 'COMMUNE', 1, 0],
    ]);
  });

  it('changes no cell when the contribution stays the same', () => {
    expect(cellChanges([{ periodId: 'p', before: placed, after: { ...placed, placedAt: at(9) } }])).toEqual([]);
  });
});

describe('activities', () => {
  const recorded: ActivityState = { unitId: 'u', kind: 'STAFF_CONFERENCE', occurredOn: '2026-03-01', figures: { present: 40 }, deleted: false, changedAt: at(1) };
  const corrected = { ...recorded, figures: { present: 45 }, changedAt: at(2) };
  const deleted = { ...recorded, figures: {}, deleted: true, changedAt: at(3) };

  it('keeps the latest change whatever the order of arrival', () => {
    for (const order of permutations([recorded, corrected, deleted])) {
      expect(order.reduce((a: ActivityState | null, e) => applyActivityChange(a, e), null)).toEqual(deleted);
    }
  });

  it("counts an activity in a period only within the period's window, and a deleted one never", () => {
    const window = { windowStart: '2025-12-15', windowEnd: '2026-12-14' };
    expect(activityEffect(corrected, window)).toEqual({ counts: { STAFF_CONFERENCE: 1 }, figures: { 'STAFF_CONFERENCE.present': 45 } });
    expect(activityEffect({ ...corrected, occurredOn: '2026-12-15' }, window)).toBeNull();
    expect(activityEffect(deleted, window)).toBeNull();
  });
});

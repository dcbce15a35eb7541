import { Standing, isLater } from './standing';

/** A period as the roll-ups see it: its data window (calendar days, inclusive) and whether it closed. */
export interface PeriodWindow {
  windowStart: string;
  windowEnd: string;
  closed: boolean;
}

/** A unit of the tree as `org-unit.upserted` carries it, with the day the change takes effect. */
export interface TreeChange {
  kind: 'PROVINCE_COMMITTEE' | 'BLOC' | 'UNIT';
  unitType: string;
  blocId: string | null;
  expectedFrom: string | null;
  closedOn: string | null;
  /** The day the change takes effect (null: since always, e.g. a typo fixed in place). */
  effectiveOn: string | null;
  /** When the change happened (the envelope's occurredAt): the later change wins. */
  occurredAt: string;
}

/**
 * A unit is expected to report for a period whose window starts on or after its `expectedFrom` and ends
 * before it closed (the same rule as SQL `rollups.expected_for`).
 */
export function expectedFor(expectedFrom: string | null, closedOn: string | null, windowStart: string, windowEnd: string): boolean {
  return (expectedFrom === null || expectedFrom <= windowStart) && (closedOn === null || closedOn > windowEnd);
}

/**
 * Does a change of the tree reach a period's frozen expected set? Only if the period has not closed, and only
 * if the change takes effect within or before the period's window: a move effective after the window (a
 * move today, for last year's period) never changes that period's figures.
 */
export function treeChangeReaches(change: Pick<TreeChange, 'effectiveOn'>, period: PeriodWindow): boolean {
  return !period.closed && (change.effectiveOn === null || change.effectiveOn <= period.windowEnd);
}

/** The unit's place for the period after a tree change: unchanged unless the change reaches it and is later. */
export function applyTreeChange(s: Standing, change: TreeChange, period: PeriodWindow): Standing {
  if (!treeChangeReaches(change, period)) return s;
  const expected = change.kind === 'UNIT' && expectedFor(change.expectedFrom, change.closedOn, period.windowStart, period.windowEnd);
  const place = (x: { expected: boolean; blocId: string | null; unitType: string | null }) => JSON.stringify([x.expected, x.blocId, x.unitType]);
  const next = { expected, blocId: change.blocId, unitType: change.unitType };
  if (!isLater(change.occurredAt, s.placedAt, () => (place(next) > place(s) ? 1 : place(next) < place(s) ? -1 : 0))) return s;
  return { ...s, ...next, placedAt: change.occurredAt };
}

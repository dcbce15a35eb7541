import { Amount, RollupDimension, Standing, SUBMITTED_STATUSES, inPeriod } from './standing';

/**
 * What one unit adds to each cell it belongs to. Counts are small integers; amounts (scores, points,
 * figures) stay as given, so the database sums them exactly (numeric), never JavaScript.
 */
export interface Contribution {
  units: number;
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  unitsLate: number;
  unitsApproved: number;
  unitsReturned: number;
  scoreCount: number;
  scoreSum: Amount;
  scoreHistogram: number[];
  bandCounts: Record<string, number>;
  criterionSums: Record<string, Amount>;
  criterionCounts: Record<string, number>;
  activityCounts: Record<string, number>;
  figureSums: Record<string, Amount>;
  /**
   * 1 per kind the unit recorded an activity of in the window (`BRIEFING`), and per figure it has a non-zero
   * sum of (`INSPECTION.peoplesInspection`: its People's Inspection Board inspected at least once).
   */
  unitsWithKind: Record<string, number>;
}

/** The histogram's bucket of a score: [0,10) is 0 ... [80,90) is 8, [90,100] (and above) is 9. */
export function scoreBucket(score: number): number {
  return Math.min(Math.max(Math.floor(score / 10), 0), 9);
}

const ones = (m: Record<string, unknown>): Record<string, number> => Object.fromEntries(Object.keys(m).map((k) => [k, 1]));

/** A unit's contribution to its cells; null when it is not in the period (neither expected nor submitted). */
export function contributionOf(s: Standing): Contribution | null {
  if (!inPeriod(s)) return null;
  const submitted = s.status !== null && SUBMITTED_STATUSES.includes(s.status);
  const histogram = Array.from({ length: 10 }, () => 0);
  if (s.scoreTotal !== null) histogram[scoreBucket(Number(s.scoreTotal))] = 1;
  return {
    units: 1,
    unitsExpected: Number(s.expected),
    unitsSubmitted: Number(submitted),
    unitsOnTime: Number(submitted && s.late === false),
    unitsLate: Number(submitted && s.late === true),
    unitsApproved: Number(s.status === 'APPROVED'),
    unitsReturned: Number(s.status === 'RETURNED'),
    scoreCount: Number(s.scoreTotal !== null),
    scoreSum: s.scoreTotal ?? 0,
    scoreHistogram: histogram,
    bandCounts: s.band ? { [s.band]: 1 } : {},
    criterionSums: { ...s.criteria },
    criterionCounts: ones(s.criteria),
    activityCounts: { ...s.activityCounts },
    figureSums: { ...s.figureSums },
    unitsWithKind: ones(Object.fromEntries([...Object.entries(s.activityCounts), ...Object.entries(s.figureSums)].filter(([, n]) => Number(n) !== 0))),
  };
}

/** A cell: one period's figures for the province, a bloc, or a unit type. */
export interface CellKey {
  periodId: string;
  dimension: RollupDimension;
  /** '' for the province; the bloc's id; the unit type's code. */
  value: string;
}

/** The cells a unit's standing counts in: the province, its bloc (if it has one), its unit type. */
export function cellKeysOf(periodId: string, s: Standing): CellKey[] {
  const keys: CellKey[] = [{ periodId, dimension: 'PROVINCE', value: '' }];
  if (s.blocId !== null) keys.push({ periodId, dimension: 'BLOC', value: s.blocId });
  if (s.unitType !== null) keys.push({ periodId, dimension: 'UNIT_TYPE', value: s.unitType });
  return keys;
}

/** What a cell gains and loses from one event: contributions added, contributions taken back. */
export interface CellChange {
  key: CellKey;
  plus: Contribution[];
  minus: Contribution[];
}

const keyText = (k: CellKey): string => `${k.periodId}\u0000${k.dimension}\u0000${k.value}`;

/**
 * The changes to the cells when standings change from `before` to `after`: the old contribution leaves the
 * old cells, the new one joins the new cells. Sorted by (period, dimension, value): every transaction touches
 * cell rows in this one order, so two of them never wait for each other in a cycle.
 */
export function cellChanges(changes: readonly { periodId: string; before: Standing; after: Standing }[]): CellChange[] {
  const byKey = new Map<string, CellChange>();
  const add = (key: CellKey, sign: 'plus' | 'minus', c: Contribution) => {
    const text = keyText(key);
    const change = byKey.get(text) ?? { key, plus: [], minus: [] };
    change[sign].push(c);
    byKey.set(text, change);
  };
  for (const { periodId, before, after } of changes) {
    const old = contributionOf(before);
    const next = contributionOf(after);
    if (old && next && JSON.stringify([old, cellKeysOf(periodId, before)]) === JSON.stringify([next, cellKeysOf(periodId, after)])) continue;
    if (old) for (const key of cellKeysOf(periodId, before)) add(key, 'minus', old);
    if (next) for (const key of cellKeysOf(periodId, after)) add(key, 'plus', next);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, change]) => change);
}

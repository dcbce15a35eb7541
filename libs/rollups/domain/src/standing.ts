import { Band } from '@qcdc/shared/contracts';

/** The grains of the roll-ups: the whole province, each bloc, each unit type. */
export const ROLLUP_DIMENSIONS = ['PROVINCE', 'BLOC', 'UNIT_TYPE'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** A unit's report as the roll-ups count it (a draft is not there yet). */
export const STANDING_STATUSES = ['SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED'] as const;
export type StandingStatus = (typeof STANDING_STATUSES)[number];

/** Statuses that count as submitted: RETURNED waits for the correction and does not. */
export const SUBMITTED_STATUSES: readonly StandingStatus[] = ['SUBMITTED', 'REVIEWED', 'APPROVED'];

/** A number as the database keeps it exactly (numeric): a string, or a number read from jsonb. */
export type Amount = string | number;

/**
 * One unit's standing in one period (rollups.unit_standings): its place, frozen for the period, and what it
 * reported. Each part carries the time of the transition that set it; a part changes only for a later one.
 */
export interface Standing {
  expected: boolean;
  blocId: string | null;
  unitType: string | null;
  /** When the tree event that placed the unit happened (null: frozen from the tree as it was). */
  placedAt: string | null;
  status: StandingStatus | null;
  statusAt: string | null;
  reportId: string | null;
  submittedAt: string | null;
  late: boolean | null;
  scoreTotal: Amount | null;
  band: Band | null;
  scoreAt: string | null;
  criteria: Record<string, Amount>;
  criteriaAt: string | null;
  /** {KIND: n} of the unit's activities in the period's window. */
  activityCounts: Record<string, number>;
  /** {"KIND.figure": sum}. */
  figureSums: Record<string, Amount>;
}

export const EMPTY_STANDING: Standing = {
  expected: false,
  blocId: null,
  unitType: null,
  placedAt: null,
  status: null,
  statusAt: null,
  reportId: null,
  submittedAt: null,
  late: null,
  scoreTotal: null,
  band: null,
  scoreAt: null,
  criteria: {},
  criteriaAt: null,
  activityCounts: {},
  figureSums: {},
};

/** A unit is in the period when it is expected, or when it submitted without being expected. */
export const inPeriod = (s: Standing): boolean => s.expected || s.status !== null;

/**
 * Is a transition at `at` later than the one that set a part at `setAt`? A part never set is older than
 * anything. At the very same instant, `tie` decides (positive: the new one wins), so the winner does not
 * depend on which came first.
 */
export function isLater(at: string, setAt: string | null, tie: () => number): boolean {
  if (setAt === null) return true;
  const a = Date.parse(at);
  const b = Date.parse(setAt);
  return a > b || (a === b && tie() > 0);
}

/** The order of transitions at the very same instant: the one further along the workflow wins. */
export const STATUS_RANK: Record<StandingStatus, number> = { SUBMITTED: 1, RETURNED: 2, REVIEWED: 3, APPROVED: 4 };

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const canonical = (m: Record<string, Amount>): string =>
  JSON.stringify(Object.keys(m).sort().map((k) => [k, Number(m[k])]));

/** A workflow event as the roll-ups apply it to a standing. */
export type Transition =
  | { kind: 'SUBMITTED'; at: string; reportId: string; late: boolean; scoreTotal: Amount; band: Band; criteria: Record<string, Amount> }
  | { kind: 'REVIEWED'; at: string; reportId: string }
  | { kind: 'APPROVED'; at: string; reportId: string; scoreTotal: Amount; band: Band }
  | { kind: 'RETURNED'; at: string; reportId: string }
  /** A reviewer's re-score (score.reviewed): the score and criteria only; the status stays. */
  | { kind: 'RESCORED'; at: string; scoreTotal: Amount; band: Band; criteria: Record<string, Amount> };

/**
 * The standing after a transition. Each part (the status; the latest submission; the score and band; the
 * criteria) is written by the latest transition that carries it, by the transition's own time, so the same
 * transitions applied in any order, any number of times, give the same standing.
 */
export function applyTransition(s: Standing, t: Transition): Standing {
  const next: Standing = { ...s };
  if (t.kind !== 'RESCORED') {
    next.reportId = t.reportId;
    if (isLater(t.at, s.statusAt, () => STATUS_RANK[t.kind] - (s.status ? STATUS_RANK[s.status] : 0))) {
      next.status = t.kind;
      next.statusAt = t.at;
    }
  }
  if (t.kind === 'SUBMITTED' && isLater(t.at, s.submittedAt, () => Number(!t.late) - Number(!s.late))) {
    next.submittedAt = t.at;
    next.late = t.late;
  }
  if (t.kind === 'SUBMITTED' || t.kind === 'APPROVED' || t.kind === 'RESCORED') {
    if (isLater(t.at, s.scoreAt, () => Number(t.scoreTotal) - Number(s.scoreTotal) || compareText(t.band, s.band ?? ''))) {
      next.scoreTotal = t.scoreTotal;
      next.band = t.band;
      next.scoreAt = t.at;
    }
  }
  if (t.kind === 'SUBMITTED' || t.kind === 'RESCORED') {
    if (isLater(t.at, s.criteriaAt, () => compareText(canonical(t.criteria), canonical(s.criteria)))) {
      next.criteria = { ...t.criteria };
      next.criteriaAt = t.at;
    }
  }
  return next;
}

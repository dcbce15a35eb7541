import { PeriodWindow } from './placement';
import { isLater } from './standing';

/** An activity as the roll-ups last heard of it (a deleted one stays, as a tombstone). */
export interface ActivityState {
  unitId: string;
  kind: string;
  occurredOn: string;
  figures: Record<string, number>;
  deleted: boolean;
  /** When the change happened (the envelope's occurredAt). */
  changedAt: string;
}

/**
 * The activity after an event: the later change wins, by its own time; at the very same instant a deletion
 * wins, then the larger content, so the order of arrival never matters.
 */
export function applyActivityChange(old: ActivityState | null, next: ActivityState): ActivityState {
  if (old === null) return next;
  const content = (a: ActivityState) => JSON.stringify([a.deleted, a.unitId, a.kind, a.occurredOn, Object.entries(a.figures).sort()]);
  return isLater(next.changedAt, old.changedAt, () => (content(next) > content(old) ? 1 : content(next) < content(old) ? -1 : 0)) ? next : old;
}

/** What an activity adds to its unit's standing in a period: nothing if deleted or outside the window. */
export function activityEffect(
  a: ActivityState | null,
  period: Pick<PeriodWindow, 'windowStart' | 'windowEnd'>,
): { counts: Record<string, number>; figures: Record<string, number> } | null {
  if (a === null || a.deleted || a.occurredOn < period.windowStart || a.occurredOn > period.windowEnd) return null;
  return {
    counts: { [a.kind]: 1 },
    figures: Object.fromEntries(Object.entries(a.figures).map(([name, v]) => [`${a.kind}.${name}`, v])),
  };
}

// The consolidated report's figures as the screen shows them. Pure.
import { ACTIVITY_KINDS, isActivityKind } from '@qcdc/activities/domain';

/** `part` of `whole` as a percentage with one decimal, as the server rounds it; null of nothing. */
export const shareOf = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * 1000) / whole) / 10 : null);

/** The activity kinds counted, in the activities' own order (a kind this app does not know yet last, by its code). */
export function activityRows(counts: Record<string, unknown>): { kind: string; count: number }[] {
  const rank = (kind: string) => (isActivityKind(kind) ? ACTIVITY_KINDS.indexOf(kind) : ACTIVITY_KINDS.length);
  return Object.entries(counts)
    .flatMap(([kind, count]) => (typeof count === 'number' ? [{ kind, count }] : []))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
}

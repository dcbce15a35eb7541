/**
 * "Now", from one place. Services, the worker and the web app ask a Clock instead of `new Date()`, so that
 * tests (and a demo) can say what time it is: every rule about deadlines, lateness and "not in the future"
 * then gives the same answer whatever the machine's date is.
 */
export interface Clock {
  now(): Date;
}

/** The machine's time: production. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that reads `start` at the machine's instant `anchor` (by default, the moment it is made) and runs at
 * the machine's pace from there. The test stack gives every process the same start and the same anchor, so
 * they all tell the same time (a process started a second later is not a second behind), and elapsed times
 * (token lifetimes, timeouts) stay real.
 */
export function clockStartingAt(start: Date, machineNow: () => number = Date.now, anchor: number = machineNow()): Clock {
  const offset = start.getTime() - anchor;
  return { now: () => new Date(machineNow() + offset) };
}

/** A clock that never moves: pure tests of rules. */
export function fixedClock(at: Date): Clock {
  return { now: () => new Date(at.getTime()) };
}

/** Parses a clock start given as an ISO-8601 instant ("2026-06-20T02:00:00Z"); null for empty. */
export function parseClockStart(value: string | undefined | null): Date | null {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new Error(`not an ISO-8601 instant with a time zone: "${value}"`);
  }
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new Error(`not a valid instant: "${value}"`);
  return at;
}

/** Parses a clock anchor: the machine's time in epoch milliseconds at which the clock reads its start. */
export function parseClockAnchor(value: string | undefined | null): number | null {
  if (!value) return null;
  if (!/^\d{10,16}$/.test(value)) throw new Error(`not a time in epoch milliseconds: "${value}"`);
  return Number(value);
}

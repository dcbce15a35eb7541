// The app's one clock. Everything that needs "now" or "today" asks here (lint forbids `new Date()` and
// `Date.now()` elsewhere), so the browser tests can set the time for the whole app with Playwright's clock.
import { vietnamToday } from '@qcdc/shared/contracts';

/** The current instant. */
export function now(): Date {
  return new Date();
}

/** Today's date in Vietnam, "YYYY-MM-DD": provinces work by Vietnam's calendar, whatever the PC's time zone. */
export function todayInVietnam(): string {
  return vietnamToday(now());
}

/** This year in Vietnam. */
export function yearInVietnam(): number {
  return Number(todayInVietnam().slice(0, 4));
}

import { Clock, clockStartingAt, parseClockAnchor, parseClockStart, vietnamToday } from '@qcdc/shared/contracts';

/**
 * The instant every test process and every process of the test stack takes as "now" when it starts,
 * unless QCDC_CLOCK_START says otherwise: 09:00 on 20 June 2026 in Vietnam, inside the 2026 reporting year
 * and before its deadlines. No test depends on the machine's date.
 */
export const TEST_CLOCK_START = '2026-06-20T02:00:00.000Z';

/** The tests' clock: the same start and anchor as the processes under test (the global set-up exports both). */
export function testClock(): Clock {
  const start = parseClockStart(process.env['QCDC_CLOCK_START']) ?? new Date(TEST_CLOCK_START);
  return clockStartingAt(start, Date.now, parseClockAnchor(process.env['QCDC_CLOCK_ANCHOR']) ?? Date.now());
}

/** The reporting year the tests live in: the year of the test clock, in Vietnam. */
export function testYear(): number {
  return Number(vietnamToday(testClock().now()).slice(0, 4));
}

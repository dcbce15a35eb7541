import { clockStartingAt, fixedClock, parseClockStart } from './clock';
import { vietnamToday } from './calendar-date';

describe('clock', () => {
  it('starts where it is told and runs at the machine’s pace', () => {
    let machine = Date.UTC(2031, 0, 1);
    const clock = clockStartingAt(new Date('2026-06-20T02:00:00Z'), () => machine);
    expect(clock.now().toISOString()).toBe('2026-06-20T02:00:00.000Z');
    machine += 90_000;
    expect(clock.now().toISOString()).toBe('2026-06-20T02:01:30.000Z');
  });

  it('reads its start at the anchor, so clocks made at different moments agree', () => {
    let machine = Date.UTC(2031, 0, 1);
    const anchor = machine;
    const first = clockStartingAt(new Date('2026-06-20T02:00:00Z'), () => machine, anchor);
    machine += 1500;
    const second = clockStartingAt(new Date('2026-06-20T02:00:00Z'), () => machine, anchor);
    expect([first.now().toISOString(), second.now().toISOString()]).toEqual(['2026-06-20T02:00:01.500Z', '2026-06-20T02:00:01.500Z']);
  });

  it.each([
    ['2026-06-20T16:59:59Z', '2026-06-20'],
    ['2026-06-20T17:00:00Z', '2026-06-21'],
    ['2027-12-31T17:00:00Z', '2028-01-01'],
    ['2028-02-28T17:00:00Z', '2028-02-29'],
  ])('today in Vietnam at %s is %s', (instant, today) => expect(vietnamToday(fixedClock(new Date(instant)).now())).toBe(today));

  it.each([
    ['', null],
    ['2026-06-20T02:00:00Z', '2026-06-20T02:00:00.000Z'],
    ['2026-06-20T09:00:00+07:00', '2026-06-20T02:00:00.000Z'],
  ])('parses %p', (value, expected) => expect(parseClockStart(value)?.toISOString() ?? null).toBe(expected));

  it.each(['2026-06-20', 'tomorrow', '2026-13-45T00:00:00Z'])('refuses %p', (value) =>
    expect(() => parseClockStart(value)).toThrow(/instant/),
  );
});

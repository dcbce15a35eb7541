import { AppError } from '@qcdc/shared/contracts';
import { assertCalendarDate, vietnamToday } from '@qcdc/shared/contracts';
import { assertAttendance, assertNotInFuture, attendanceText, customaryCount, parseAttendance, parseQuickEntry } from './attendance';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return `${(e as AppError).code}:${(e as AppError).details['field']}`;
  }
};

describe('attendance', () => {
  it.each([
    ['15/16 đ/c dự', { present: 15, eligible: 16 }],
    ['32/32 CBCC tham dự', { present: 32, eligible: 32 }],
    ['tổng cộng được 03 cuộc, có 45/48 lượt người dự', { present: 45, eligible: 48 }],
    ['có 01 / 02 đ/c', { present: 1, eligible: 2 }],
    ['có 08 / 09 đồng chí dự', { present: 8, eligible: 9 }],
    ['007/010', { present: 7, eligible: 10 }],
    ['17/16 đ/c dự', { present: 17, eligible: 16 }], // read as written; assertAttendance then refuses it
    ['16 đồng chí', null],
    ['', null],
  ])('parses %p', (text, expected) => expect(parseAttendance(text)).toEqual(expected));

  it.each([
    [{ present: 15, eligible: 16 }, 'ok'],
    [{ present: 0, eligible: 1 }, 'ok'],
    [{ present: 17, eligible: 16 }, 'BAD_USER_INPUT:present'],
    [{ present: 1, eligible: 0 }, 'BAD_USER_INPUT:eligible'],
    [{ present: -1, eligible: 3 }, 'BAD_USER_INPUT:eligible'],
    [{ present: 1.5, eligible: 3 }, 'BAD_USER_INPUT:eligible'],
  ])('checks %j -> %s', (a, expected) => expect(codeOf(() => assertAttendance(a))).toBe(expected));

  it.each([
    [1, '01'],
    [3, '03'],
    [0, '00'],
    [16, '16'],
    [100, '100'],
  ])('writes the count %p as %p', (n, text) => expect(customaryCount(n)).toBe(text));

  it('writes attendance as present/eligible', () => expect(attendanceText({ present: 15, eligible: 16 })).toBe('15/16'));
});

describe('parseQuickEntry', () => {
  it.each([
    // The phrases of the 2006 report.
    ['tổ chức triển khai 01 cuộc có 15/16 đ/c dự (vắng 01 do bệnh)', { sessions: 1, present: 15, eligible: 16, countUnit: 'COMRADES' }],
    ['được 02 cuộc có 32/32 CBCC tham dự', { sessions: 2, present: 32, eligible: 32, countUnit: 'STAFF' }],
    ['tổng cộng được 03 cuộc, có 45/48 lượt người dự', { sessions: 3, present: 45, eligible: 48, countUnit: 'ATTENDANCES' }],
    ['Hội nghị CCVC đầu năm có 16/16 CBCC tham dự', { sessions: null, present: 16, eligible: 16, countUnit: 'STAFF' }],
    // As people type them.
    ['15/16 đ/c dự', { sessions: null, present: 15, eligible: 16, countUnit: 'COMRADES' }],
    ['15/16 Đ/C DỰ', { sessions: null, present: 15, eligible: 16, countUnit: 'COMRADES' }],
    ['có 08 / 09 đồng chí dự', { sessions: null, present: 8, eligible: 9, countUnit: 'COMRADES' }],
    ['1 cuộc 30/32 cán bộ công chức', { sessions: 1, present: 30, eligible: 32, countUnit: 'STAFF' }],
    ['15/16 đ/c dự'.normalize('NFD'), { sessions: null, present: 15, eligible: 16, countUnit: 'COMRADES' }],
    ['45/48', { sessions: null, present: 45, eligible: 48, countUnit: null }],
    ['45/48 người dự', { sessions: null, present: 45, eligible: 48, countUnit: null }],
    // No present/eligible pair: nothing to fill.
    ['100% CBCC dự', null],
    ['03 cuộc', null],
    ['Công đoàn cơ sở gồm BCH là 03 đ/c', null],
    ['', null],
  ])('reads %p', (text, expected) => expect(parseQuickEntry(text)).toEqual(expected));
});

describe('assertCalendarDate', () => {
  it.each([
    ['2006-08-23', 'ok'],
    ['2024-02-29', 'ok'],
    ['2023-02-29', 'BAD_USER_INPUT:occurredOn'],
    ['23/8/2006', 'BAD_USER_INPUT:occurredOn'],
    ['1999-12-31', 'BAD_USER_INPUT:occurredOn'],
  ])('%p -> %s', (value, expected) => expect(codeOf(() => assertCalendarDate(value))).toBe(expected));
});

describe('assertNotInFuture', () => {
  it.each([
    ['2026-11-27', '2026-11-28', 'ok'],
    ['2026-11-28', '2026-11-28', 'ok'],
    ['2026-11-29', '2026-11-28', 'BAD_USER_INPUT:occurredOn'],
  ])('%s with today %s -> %s', (date, today, expected) => expect(codeOf(() => assertNotInFuture(date, today))).toBe(expected));
});

describe('vietnamToday', () => {
  it.each([
    ['2026-11-28T16:59:59Z', '2026-11-28'],
    ['2026-11-28T17:00:00Z', '2026-11-29'],
    ['2026-12-31T20:00:00Z', '2027-01-01'],
  ])('at %s it is %s in Vietnam', (now, today) => expect(vietnamToday(new Date(now))).toBe(today));
});

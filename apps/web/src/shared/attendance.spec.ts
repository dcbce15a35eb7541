import { describe, expect, it } from '@jest/globals';
import { parseAttendance } from './attendance';

describe('parseAttendance', () => {
  it.each([
    ['15/16 đ/c dự', { present: 15, eligible: 16 }],
    ['32/32 CBCC tham dự', { present: 32, eligible: 32 }],
    ['03 cuộc, có 45/48 lượt người dự', { present: 45, eligible: 48 }],
    ['có 08 / 09 đồng chí dự', { present: 8, eligible: 9 }],
    ['007/010', { present: 7, eligible: 10 }],
    ['17/16 đ/c dự', { present: 17, eligible: 16 }], // parsed as written; the form then refuses it
    ['đ/c dự đầy đủ', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(parseAttendance(text)).toEqual(expected);
  });
});

import { describe, expect, it } from '@jest/globals';
import { foldForSearch, formatDate, formatDateTime, formatDayTime, formatNumber, parseDecimal } from './format';

describe('parseDecimal', () => {
  it.each([
    ['7', 7],
    ['7,5', 7.5],
    [' 7.5 ', 7.5],
    ['0', 0],
    ['', null],
    ['-1', null],
    ['7,5,1', null],
    ['bảy', null],
  ])('%j -> %j', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe('formatting', () => {
  it('writes dates day first', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });
  it('writes times in Vietnam time whatever the PC zone', () => {
    expect(formatDateTime('2026-11-28T01:05:00Z')).toBe('08:05 28/11/2026');
    expect(formatDateTime('2026-12-31T17:30:00Z')).toBe('00:30 01/01/2027');
    expect(formatDayTime('2026-12-31T17:30:00Z')).toBe('01/01/2027 00:30');
  });
  it('uses the decimal comma in Vietnamese only', () => {
    expect(formatNumber(97.5, 'vi')).toBe('97,5');
    expect(formatNumber(97.5, 'en')).toBe('97.5');
  });
  it('folds diacritics for search', () => {
    expect(foldForSearch('Văn phòng Đảng ủy Khối')).toBe('van phong dang uy khoi');
  });
});

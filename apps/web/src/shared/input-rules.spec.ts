import { describe, expect, it } from '@jest/globals';
import { isAcceptablePassword, isEmail, isProvinceCode, isUnitCode, isUsername } from './input-rules';

// The same cases as the server's own rules (libs/tenancy/domain), so the form never promises otherwise.
describe('input rules', () => {
  it.each([
    ['vinh-long', true],
    ['Vinh-Long', true],
    ['hn', true],
    ['v', false],
    ['-vl', false],
    ['vĩnh long', false],
    ['x'.repeat(32), true],
    ['x'.repeat(33), false],
  ])('province code %j -> %s', (text, ok) => expect(isProvinceCode(text)).toBe(ok));

  it.each([
    [' vp-duk ', true],
    ['XA.01', true],
    ['A_1', true],
    ['', false],
    ['có dấu', false],
    ['a b', false],
    ['-A', false],
    ['X'.repeat(32), true],
    ['X'.repeat(33), false],
  ])('unit code %j -> %s', (text, ok) => expect(isUnitCode(text)).toBe(ok));

  it.each([
    ['Nguyen.Van.A', true],
    [' bcd-tinh ', true],
    ['ab', false],
    ['nguyễn', false],
    ['a b c', false],
    ['x'.repeat(64), true],
    ['x'.repeat(65), false],
  ])('username %j -> %s', (text, ok) => expect(isUsername(text)).toBe(ok));

  it.each([
    ['short', false],
    ['1234567890123', false],
    ['mat-khau-dai-du', true],
    ['123456789a', true],
  ])('password %j -> %s', (text, ok) => expect(isAcceptablePassword(text)).toBe(ok));

  it.each([
    ['hoa.nt@vinhlong.gov.vn', true],
    ['hoa@gov', false],
    ['hoa nt@gov.vn', false],
  ])('email %j -> %s', (text, ok) => expect(isEmail(text)).toBe(ok));
});

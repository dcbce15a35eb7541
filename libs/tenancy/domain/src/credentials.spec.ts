import { AppError } from '@qcdc/shared/contracts';
import {
  assertPasswordAcceptable,
  formatRefreshToken,
  normaliseProvinceCode,
  normaliseUsername,
  parseRefreshToken,
} from './credentials';

const rejects = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code;
  }
  return 'accepted';
};

describe('credentials', () => {
  it.each([
    ['Nguyen.Van.A', 'nguyen.van.a'],
    [' bcd-tinh ', 'bcd-tinh'],
    ['x'.repeat(64), 'x'.repeat(64)],
  ])('normalises username %p', (raw, expected) => expect(normaliseUsername(raw)).toBe(expected));

  it.each(['ab', 'nguyễn', 'a b c', 'x'.repeat(65)])('rejects username %p', (raw) =>
    expect(rejects(() => normaliseUsername(raw))).toBe('BAD_USER_INPUT'),
  );

  it.each([
    ['Vinh-Long', 'vinh-long'],
    ['hn', 'hn'],
    ['x'.repeat(32), 'x'.repeat(32)],
  ])('normalises province code %p', (raw, expected) => expect(normaliseProvinceCode(raw)).toBe(expected));

  it.each(['v', '-vl', 'vĩnh long', 'x'.repeat(33)])('rejects province code %p', (raw) =>
    expect(rejects(() => normaliseProvinceCode(raw))).toBe('BAD_USER_INPUT'),
  );

  it.each([
    ['short', 'BAD_USER_INPUT'],
    ['1234567890123', 'BAD_USER_INPUT'],
    ['mat-khau-dai-du', 'accepted'],
    ['123456789a', 'accepted'],
  ])('password %p -> %s', (pw, expected) => expect(rejects(() => assertPasswordAcceptable(pw))).toBe(expected));

  it('round-trips a refresh token and refuses a tampered one', () => {
    const parts = {
      tenantId: '5b0f6c55-8a0c-4a5e-9d47-3f1f0c2b1a11',
      tokenId: '0d7e0a7e-6b2d-4b7f-8f3e-2b7c1d9e4a22',
      secret: 'A'.repeat(43),
    };
    expect(parseRefreshToken(formatRefreshToken(parts))).toEqual(parts);
    expect(parseRefreshToken(formatRefreshToken(parts) + 'x')).toBeNull();
    expect(parseRefreshToken('not-a-token')).toBeNull();
  });
});

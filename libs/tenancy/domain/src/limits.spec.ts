import { AppError } from '@qcdc/shared/contracts';
import { normaliseProvinceCode, normaliseUsername } from './credentials';
import { assertEmail } from './email';
import { TENANCY_TEXT_LIMITS } from './limits';
import { normaliseUnitCode } from './org-tree';

const accepts = (f: () => unknown) => {
  try {
    f();
    return true;
  } catch (e) {
    expect((e as AppError).code).toBe('BAD_USER_INPUT');
    return false;
  }
};

describe('the length limits agree with the patterns', () => {
  it.each([
    ['province code', TENANCY_TEXT_LIMITS.provinceCode, (s: string) => normaliseProvinceCode(s)],
    ['unit code', TENANCY_TEXT_LIMITS.unitCode, (s: string) => normaliseUnitCode(s)],
    ['username', TENANCY_TEXT_LIMITS.username, (s: string) => normaliseUsername(s)],
  ])('a %s takes %d characters, not one more', (_name, max, check) => {
    expect(accepts(() => check('x'.repeat(max)))).toBe(true);
    expect(accepts(() => check('x'.repeat(max + 1)))).toBe(false);
  });
});

describe('assertEmail', () => {
  it.each([
    ['hoa.nt@vinhlong.gov.vn', true],
    [' hoa.nt@vinhlong.gov.vn ', true],
    ['hoa@gov', false],
    ['hoa nt@gov.vn', false],
    ['', false],
  ])('%j -> %s', (email, ok) => expect(accepts(() => assertEmail(email))).toBe(ok));
});

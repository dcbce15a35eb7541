import { z } from 'zod';
import { AppError, inputVerdict, parseInput } from '@qcdc/shared/contracts';
import {
  createOrgUnitInput,
  createProvinceInput,
  createUserInput,
  loginInput,
  provinceIdArgs,
  refreshTokenArgs,
} from './inputs';
import { assertEmail } from './email';
import { TENANCY_TEXT_LIMITS } from './limits';

const verdict = inputVerdict;

const UUID = '2e6b1bf7-8010-4cfd-bf82-b8925025df74';
const PASSWORD = 'mat-khau-thu-nghiem';
const province = { code: 'vinh-long', name: 'Vĩnh Long', adminUsername: 'admin', adminPassword: PASSWORD, adminDisplayName: 'Quản trị' };
const unit = { parentId: UUID, code: 'VP-DUK', name: 'Văn phòng Đảng ủy khối', kind: 'UNIT', unitType: 'AGENCY' };
const user = { username: 'baocao1', password: PASSWORD, displayName: 'Nguyễn Văn A', email: null, role: 'UNIT_REPORTER', orgUnitId: UUID };

describe('tenancy input schemas', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a province', createProvinceInput, province, 'ok'],
    ['a malformed province code', createProvinceInput, { ...province, code: 'Vĩnh Long' }, 'BAD_USER_INPUT code'],
    ['a NUL in the province name', createProvinceInput, { ...province, name: 'Vĩnh\u0000Long' }, 'BAD_USER_INPUT name'],
    // The form knows the first admin's credentials as username and password.
    ['a malformed admin username', createProvinceInput, { ...province, adminUsername: 'a b' }, 'BAD_USER_INPUT username'],
    ['a short admin password', createProvinceInput, { ...province, adminPassword: 'ngan' }, 'BAD_USER_INPUT password'],
    ['a NUL in the admin password', createProvinceInput, { ...province, adminPassword: `${PASSWORD}\u0000` }, 'BAD_USER_INPUT password'],
    ['a 257-character admin password', createProvinceInput, { ...province, adminPassword: 'x'.repeat(257) }, 'BAD_USER_INPUT password'],
    ['a zero-width admin name', createProvinceInput, { ...province, adminDisplayName: '\u200b\u200b' }, 'BAD_USER_INPUT adminDisplayName'],
    ['an org unit', createOrgUnitInput, unit, 'ok'],
    ['a parent that is not an id', createOrgUnitInput, { ...unit, parentId: 'x' }, 'NOT_FOUND parentId'],
    ['a unit code with spaces', createOrgUnitInput, { ...unit, code: 'VP DUK' }, 'BAD_USER_INPUT code'],
    ['a 201-character unit name', createOrgUnitInput, { ...unit, name: 'x'.repeat(201) }, 'BAD_USER_INPUT name'],
    ['an unknown level', createOrgUnitInput, { ...unit, kind: 'TOWN' }, 'BAD_USER_INPUT kind'],
    ['a unit type that is no code', createOrgUnitInput, { ...unit, unitType: 'cửa hàng' }, 'BAD_USER_INPUT unitType'],
    ['a user', createUserInput, user, 'ok'],
    ['a user with an email', createUserInput, { ...user, email: ' a@b.vn ' }, 'ok'],
    ['a NUL in a display name', createUserInput, { ...user, displayName: 'Nguyễn\u0000Văn A' }, 'BAD_USER_INPUT displayName'],
    ['a malformed email', createUserInput, { ...user, email: 'a@b' }, 'BAD_USER_INPUT email'],
    ['an unknown role', createUserInput, { ...user, role: 'KING' }, 'BAD_USER_INPUT role'],
    ['a unit that is not an id', createUserInput, { ...user, orgUnitId: '' }, 'NOT_FOUND orgUnitId'],
    ['a sign-in', loginInput, { province: 'vinh-long', username: 'Admin ', password: PASSWORD }, 'ok'],
    ['a platform sign-in', loginInput, { province: null, username: 'platform-admin', password: PASSWORD }, 'ok'],
    ['a malformed province at sign-in', loginInput, { province: '../x', username: 'admin', password: PASSWORD }, 'BAD_USER_INPUT province'],
    ['a blank username', loginInput, { province: null, username: ' ', password: PASSWORD }, 'BAD_USER_INPUT username'],
    ['a NUL in the username', loginInput, { province: null, username: 'ad\u0000min', password: PASSWORD }, 'BAD_USER_INPUT username'],
    ['an empty password', loginInput, { province: null, username: 'admin', password: '' }, 'BAD_USER_INPUT password'],
    ['a NUL in the password', loginInput, { province: null, username: 'admin', password: 'a\u0000' }, 'BAD_USER_INPUT password'],
    ['a refresh token', refreshTokenArgs, { refreshToken: `${UUID}.${UUID}.${'x'.repeat(43)}` }, 'ok'],
    ['a refresh token with a NUL', refreshTokenArgs, { refreshToken: '\u0000' }, 'BAD_USER_INPUT refreshToken'],
    ['a 513-character refresh token', refreshTokenArgs, { refreshToken: 'x'.repeat(513) }, 'BAD_USER_INPUT refreshToken'],
    ['a province id', provinceIdArgs, { id: UUID }, 'ok'],
    ['a province id that is not one', provinceIdArgs, { id: 'vinh-long' }, 'NOT_FOUND id'],
  ])('%s: %#', (_name, schema, value, expected) => expect(verdict(schema, value)).toBe(expected));

  it('hands the services normalised values', () => {
    expect(parseInput(loginInput, { province: ' ', username: ' Admin ', password: ' p ' })).toEqual({
      province: null,
      username: 'admin',
      password: ' p ',
    });
    expect(parseInput(createOrgUnitInput, { ...unit, parentId: UUID.toUpperCase(), code: ' vp-duk ', name: ' Văn phòng ' })).toEqual({
      ...unit,
      code: 'VP-DUK',
      name: 'Văn phòng',
      // Not given: today, and from the day it opens (the service fills them in).
      openedOn: null,
      expectedFrom: null,
    });
    expect(parseInput(createUserInput, { ...user, email: ' can.bo@vinhlong.gov.vn ' }).email).toBe('can.bo@vinhlong.gov.vn');
    expect(parseInput(createUserInput, { ...user, email: ' \u200b ' }).email).toBeNull();
  });

  it('refuses an email with the rule and the message of the web form (assertEmail)', () => {
    const refusal = (() => {
      try {
        assertEmail('khong-phai-email');
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(() => parseInput(createUserInput, { ...user, email: 'khong-phai-email' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', messages: refusal?.messages, details: expect.objectContaining({ field: 'email' }) }),
    );
  });

  it.each([
    ['a province name', createProvinceInput, { ...province, name: 'x' }, 'name', TENANCY_TEXT_LIMITS.provinceName],
    ['an admin name', createProvinceInput, { ...province, adminDisplayName: 'x' }, 'adminDisplayName', TENANCY_TEXT_LIMITS.displayName],
    ['a unit name', createOrgUnitInput, { ...unit, name: 'x' }, 'name', TENANCY_TEXT_LIMITS.unitName],
    ['a display name', createUserInput, { ...user, displayName: 'x' }, 'displayName', TENANCY_TEXT_LIMITS.displayName],
    ['an email', createUserInput, { ...user, email: '@b.vn' }, 'email', TENANCY_TEXT_LIMITS.email],
  ] as const)('takes %s of the length the web form allows, not one more', (_name, schema, value, key, max) => {
    const sized = (length: number) => ({ ...value, [key]: `${'x'.repeat(length - (value as Record<string, string>)[key].length)}${(value as Record<string, string>)[key]}` });
    expect(verdict(schema, sized(max))).toBe('ok');
    expect(verdict(schema, sized(max + 1))).toBe(`BAD_USER_INPUT ${key}`);
  });
});

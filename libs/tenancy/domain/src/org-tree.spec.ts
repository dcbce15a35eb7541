import { AppError } from '@qcdc/shared/contracts';
import { assertParentKind, assertRoleFitsUnit, assertUnitType, normaliseUnitCode } from './org-tree';

const code = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('org tree rules', () => {
  it.each([
    ['BLOC', 'PROVINCE_COMMITTEE', 'ok'],
    ['UNIT', 'BLOC', 'ok'],
    ['UNIT', 'PROVINCE_COMMITTEE', 'ok'],
    ['BLOC', 'BLOC', 'BAD_USER_INPUT'],
    ['BLOC', 'UNIT', 'BAD_USER_INPUT'],
    ['UNIT', 'UNIT', 'BAD_USER_INPUT'],
    ['PROVINCE_COMMITTEE', 'BLOC', 'BAD_USER_INPUT'],
  ] as const)('%s under %s -> %s', (kind, parent, expected) => {
    expect(code(() => assertParentKind(kind, parent))).toBe(expected);
  });

  it.each([
    ['UNIT', 'AGENCY', 'ok'],
    ['UNIT', 'COMMITTEE', 'BAD_USER_INPUT'],
    ['BLOC', 'COMMITTEE', 'ok'],
    ['BLOC', 'COMMUNE', 'BAD_USER_INPUT'],
  ] as const)('%s of type %s -> %s', (kind, type, expected) => {
    expect(code(() => assertUnitType(kind, type))).toBe(expected);
  });

  it.each([
    ['UNIT_REPORTER', 'UNIT', 'ok'],
    ['UNIT_HEAD', 'UNIT', 'ok'],
    ['BLOC_REVIEWER', 'BLOC', 'ok'],
    ['PROVINCE_COMMITTEE', 'PROVINCE_COMMITTEE', 'ok'],
    ['PROVINCE_ADMIN', 'PROVINCE_COMMITTEE', 'ok'],
    ['UNIT_REPORTER', 'BLOC', 'BAD_USER_INPUT'],
    ['BLOC_REVIEWER', 'UNIT', 'BAD_USER_INPUT'],
    ['PLATFORM_ADMIN', 'PROVINCE_COMMITTEE', 'BAD_USER_INPUT'],
  ] as const)('role %s on a %s -> %s', (role, kind, expected) => {
    expect(code(() => assertRoleFitsUnit(role, kind))).toBe(expected);
  });

  it.each([
    [' vp-duk ', 'VP-DUK'],
    ['XA.01', 'XA.01'],
  ])('normalises unit code %p', (raw, expected) => expect(normaliseUnitCode(raw)).toBe(expected));

  it.each(['', 'có dấu', 'a b', 'X'.repeat(33)])('rejects unit code %p', (raw) => {
    expect(code(() => normaliseUnitCode(raw))).toBe('BAD_USER_INPUT');
  });
});

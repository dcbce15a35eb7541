import { AppError } from '@qcdc/shared/contracts';
import {
  allowedParentKinds,
  assertParentKind,
  assertRoleFitsUnit,
  normaliseUnitCode,
  rolesForUnitKind,
} from './org-tree';

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
    ['A_1', 'A_1'],
    ['X'.repeat(32), 'X'.repeat(32)],
  ])('normalises unit code %p', (raw, expected) => expect(normaliseUnitCode(raw)).toBe(expected));

  it.each(['', 'có dấu', 'a b', 'X'.repeat(33)])('rejects unit code %p', (raw) => {
    expect(code(() => normaliseUnitCode(raw))).toBe('BAD_USER_INPUT');
  });
});

describe('the org tree rules as questions agree with the checks', () => {
  const KINDS = ['PROVINCE_COMMITTEE', 'BLOC', 'UNIT'] as const;
  const ROLES = ['PLATFORM_ADMIN', 'PROVINCE_ADMIN', 'PROVINCE_COMMITTEE', 'BLOC_REVIEWER', 'UNIT_REPORTER', 'UNIT_HEAD'] as const;

  it.each(KINDS.flatMap((kind) => KINDS.map((parent) => [kind, parent] as const)))('%s under %s', (kind, parent) => {
    expect(allowedParentKinds(kind).includes(parent)).toBe(code(() => assertParentKind(kind, parent)) === 'ok');
  });

  it.each(KINDS.flatMap((kind) => ROLES.map((role) => [kind, role] as const)))('on a %s, the role %s', (kind, role) => {
    expect(rolesForUnitKind(kind).includes(role as never)).toBe(code(() => assertRoleFitsUnit(role, kind)) === 'ok');
  });

  it('offers the usual role of each level first', () => {
    expect(rolesForUnitKind('PROVINCE_COMMITTEE')).toEqual(['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN']);
    expect(rolesForUnitKind('BLOC')).toEqual(['BLOC_REVIEWER']);
    expect(rolesForUnitKind('UNIT')).toEqual(['UNIT_REPORTER', 'UNIT_HEAD']);
  });
});

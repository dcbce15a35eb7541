import { AppError, DEFAULT_UNIT_TYPES } from '@qcdc/shared/contracts';
import { createUnitTypeInput, updateUnitTypeInput } from './inputs';
import { UnitTypeEntry, assertSomeTypeStaysActive, assertUnitType, assertUnitTypeNamesFree, normaliseUnitTypeCode, unitTypesFor } from './unit-types';

const outcome = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    const error = e as AppError;
    return [error.code, error.details?.reason].filter(Boolean).join(' ');
  }
};

/** A province that added cooperatives and stopped using enterprises. */
const CATALOGUE: UnitTypeEntry[] = [
  ...DEFAULT_UNIT_TYPES.map((t) => ({ ...t, active: t.code !== 'ENTERPRISE' })),
  { code: 'HOP_TAC_XA', name: 'Hợp tác xã', nameEn: 'Cooperative', active: true },
];

describe("a unit's type against its level and the province's catalogue", () => {
  it.each([
    ['UNIT', 'AGENCY', null, 'ok'],
    ['UNIT', 'HOP_TAC_XA', null, 'ok'],
    ['UNIT', 'COMMITTEE', null, 'BAD_USER_INPUT UNKNOWN_UNIT_TYPE'],
    ['UNIT', 'TRUONG_HOC', null, 'BAD_USER_INPUT UNKNOWN_UNIT_TYPE'],
    ['UNIT', 'ENTERPRISE', null, 'BAD_USER_INPUT UNIT_TYPE_INACTIVE'],
    // A unit that has an inactive type keeps it through a correction of its other facts.
    ['UNIT', 'ENTERPRISE', 'ENTERPRISE', 'ok'],
    ['UNIT', 'ENTERPRISE', 'AGENCY', 'BAD_USER_INPUT UNIT_TYPE_INACTIVE'],
    ['BLOC', 'COMMITTEE', null, 'ok'],
    ['PROVINCE_COMMITTEE', 'COMMITTEE', null, 'ok'],
    ['BLOC', 'AGENCY', null, 'BAD_USER_INPUT'],
    ['BLOC', 'HOP_TAC_XA', null, 'BAD_USER_INPUT'],
  ] as const)('a %s of type %s (having %s) -> %s', (kind, type, current, expected) => {
    expect(outcome(() => assertUnitType(kind, type, CATALOGUE, current))).toBe(expected);
  });

  it('names the active types in the message, so the person knows what to choose', () => {
    const error = (() => {
      try {
        assertUnitType('UNIT', 'TRUONG_HOC', CATALOGUE);
      } catch (e) {
        return e as AppError;
      }
    })();
    expect(error?.message).toContain('Cơ quan; Xã, phường, đặc khu; Đơn vị sự nghiệp công lập; Hợp tác xã');
    expect(error?.message).not.toContain('Doanh nghiệp');
  });

  it('offers the active types to a unit and COMMITTEE alone above it, and the offer is what the check accepts', () => {
    expect(unitTypesFor('UNIT', CATALOGUE)).toEqual(['AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'HOP_TAC_XA']);
    expect(unitTypesFor('BLOC', CATALOGUE)).toEqual(['COMMITTEE']);
    for (const kind of ['PROVINCE_COMMITTEE', 'BLOC', 'UNIT'] as const) {
      for (const type of ['COMMITTEE', ...CATALOGUE.map((t) => t.code)]) {
        expect({ kind, type, offered: unitTypesFor(kind, CATALOGUE).includes(type) }).toEqual({
          kind,
          type,
          offered: outcome(() => assertUnitType(kind, type, CATALOGUE)) === 'ok',
        });
      }
    }
  });
});

describe('the catalogue itself', () => {
  it.each([
    [' hop_tac_xa ', 'HOP_TAC_XA'],
    ['TRUONG2', 'TRUONG2'],
    ['A'.repeat(32), 'A'.repeat(32)],
  ])('normalises the type code %p', (raw, expected) => expect(normaliseUnitTypeCode(raw)).toBe(expected));

  it.each(['', 'A', '2X', 'HỢP_TÁC', 'HOP TAC', 'HOP-TAC', 'A'.repeat(33), 'committee'])('refuses the type code %p', (raw) => {
    expect(outcome(() => normaliseUnitTypeCode(raw))).toBe('BAD_USER_INPUT');
  });

  it.each([
    [{ code: 'TRUONG', name: 'Trường học', nameEn: 'School' }, 'ok'],
    [{ code: 'TRUONG', name: '  hợp  TÁC xã ', nameEn: 'School' }, 'CONFLICT DUPLICATE_NAME'],
    [{ code: 'TRUONG', name: 'Trường học', nameEn: 'cooperative' }, 'CONFLICT DUPLICATE_NAME'],
    // A type keeps its own names when it is renamed in part.
    [{ code: 'HOP_TAC_XA', name: 'Hợp tác xã', nameEn: 'Co-operative' }, 'ok'],
    // The decomposed form of "ợ" is the same name.
    [{ code: 'TRUONG', name: 'Hợp tác xã'.normalize('NFD'), nameEn: 'School' }, 'CONFLICT DUPLICATE_NAME'],
  ])('%o -> %s', (entry, expected) => {
    expect(outcome(() => assertUnitTypeNamesFree(entry, CATALOGUE))).toBe(expected);
  });

  it('keeps one type in use at least', () => {
    const onlyOne = CATALOGUE.map((t) => ({ ...t, active: t.code === 'AGENCY' }));
    expect(outcome(() => assertSomeTypeStaysActive('AGENCY', onlyOne))).toBe('CONFLICT LAST_ACTIVE_TYPE');
    expect(outcome(() => assertSomeTypeStaysActive('COMMUNE', onlyOne))).toBe('ok');
    expect(outcome(() => assertSomeTypeStaysActive('AGENCY', CATALOGUE))).toBe('ok');
  });

  it('checks the inputs at the edge: code normalised, names trimmed, a flag for use', () => {
    expect(createUnitTypeInput.parse({ code: ' hop_tac_xa', name: ' Hợp tác xã ', nameEn: 'Cooperative' })).toEqual({
      code: 'HOP_TAC_XA',
      name: 'Hợp tác xã',
      nameEn: 'Cooperative',
    });
    expect(updateUnitTypeInput.safeParse({ code: 'AGENCY', name: 'Cơ quan', nameEn: 'Agency', active: 'no' }).success).toBe(false);
    expect(createUnitTypeInput.safeParse({ code: 'AGENCY', name: ' ', nameEn: 'Agency' }).success).toBe(false);
  });
});

import { AppError, TENANT_STATUSES } from '@qcdc/shared/contracts';
import {
  PROVINCE_STATUS_ACTIONS,
  defaultProvinceSettings,
  placeOfProvince,
  provinceSettingsInput,
  provinceSettingsOf,
  statusAfter,
} from './province';

const outcome = (f: () => unknown) => {
  try {
    return f();
  } catch (e) {
    return (e as AppError).code;
  }
};

describe('a province\'s status', () => {
  // Every action from every status: what it becomes, or CONFLICT.
  const table: Record<string, Record<string, string>> = {
    suspend: { ACTIVE: 'SUSPENDED', SUSPENDED: 'CONFLICT', ARCHIVED: 'CONFLICT' },
    reactivate: { ACTIVE: 'CONFLICT', SUSPENDED: 'ACTIVE', ARCHIVED: 'ACTIVE' },
    archive: { ACTIVE: 'ARCHIVED', SUSPENDED: 'ARCHIVED', ARCHIVED: 'CONFLICT' },
  };
  it.each(PROVINCE_STATUS_ACTIONS.flatMap((a) => TENANT_STATUSES.map((s) => [a, s, table[a][s]] as const)))(
    '%s from %s -> %s',
    (action, from, expected) => {
      expect(outcome(() => statusAfter(action, from))).toBe(expected);
    },
  );

  it('says in Vietnamese what the province is now', () => {
    try {
      statusAfter('archive', 'ARCHIVED');
      throw new Error('not refused');
    } catch (e) {
      expect((e as AppError).message).toContain('đã lưu trữ');
    }
  });
});

describe('province settings', () => {
  it.each([
    ['Tỉnh Vĩnh Long', 'Vĩnh Long', 'TỈNH ỦY VĨNH LONG'],
    ['Thành phố Cần Thơ', 'Cần Thơ', 'THÀNH ỦY CẦN THƠ'],
    ['Đắk Lắk', 'Đắk Lắk', 'TỈNH ỦY ĐẮK LẮK'],
  ])('%s: signed at %s under %s', (name, place, parent) => {
    expect(placeOfProvince(name)).toBe(place);
    const settings = defaultProvinceSettings(name);
    expect(settings).toMatchObject({ place, documentParentBody: parent, timeZone: 'Asia/Ho_Chi_Minh', language: 'vi' });
    // The defaults pass the rules the settings form is held to.
    expect(provinceSettingsInput.parse(settings)).toEqual(settings);
  });

  it('reads stored settings over the defaults, leaving out what no longer passes', () => {
    const stored = { place: 'TP. Vĩnh Long', documentFormat: 'STATE', language: 'klingon', timeZone: 'Mars/Olympus' };
    expect(provinceSettingsOf('Tỉnh Vĩnh Long', stored)).toEqual({
      ...defaultProvinceSettings('Tỉnh Vĩnh Long'),
      place: 'TP. Vĩnh Long',
      documentFormat: 'STATE',
    });
    expect(provinceSettingsOf('Tỉnh Vĩnh Long', null)).toEqual(defaultProvinceSettings('Tỉnh Vĩnh Long'));
  });

  it('refuses a blank issuer and an unknown format with the field named', () => {
    const bad = provinceSettingsInput.safeParse({ ...defaultProvinceSettings('Tỉnh Vĩnh Long'), documentIssuer: '  ', documentFormat: 'X' });
    expect(bad.success).toBe(false);
  });
});

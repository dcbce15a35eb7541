// A province's own settings, and the rules of its lifecycle (active, suspended, archived).
import { z } from 'zod';
import { conflict, field, type TenantStatus } from '@qcdc/shared/contracts';

/** The two official formats a province's documents follow (docs/DOMAIN.md, "The report document"). */
export const DOCUMENT_FORMATS = ['PARTY', 'STATE'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The languages of the app; a province chooses the one its people see first. */
export const PROVINCE_LANGUAGES = ['vi', 'en'] as const;
export type ProvinceLanguage = (typeof PROVINCE_LANGUAGES)[number];
/** Provinces work by Vietnam's clock; the setting is there so that documents and deadlines say so. */
export const PROVINCE_TIME_ZONES = ['Asia/Ho_Chi_Minh'] as const;
export type ProvinceTimeZone = (typeof PROVINCE_TIME_ZONES)[number];

export const PROVINCE_SETTING_LIMITS = { body: 160, symbol: 24, place: 80 } as const;

/** What a province sets for itself: how its documents are headed and where they are signed, its clock and language. */
export const provinceSettingsInput = z.object({
  /** Top left of a State-format header, above the issuer: "TỈNH ỦY VĨNH LONG". */
  documentParentBody: field.text({ vi: 'cơ quan chủ quản', en: 'the parent body' }, { max: PROVINCE_SETTING_LIMITS.body }),
  /** The body that issues the documents: "BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ". */
  documentIssuer: field.text({ vi: 'cơ quan ban hành', en: 'the issuing body' }, { max: PROVINCE_SETTING_LIMITS.body }),
  /** Its abbreviation in document numbers: "BCĐ" in "Số: 12/BC-BCĐ". */
  documentSymbol: field.text({ vi: 'ký hiệu viết tắt', en: 'the abbreviation' }, { max: PROVINCE_SETTING_LIMITS.symbol }),
  /** The place in "Vĩnh Long, ngày 15 tháng 12 năm 2026". */
  place: field.text({ vi: 'địa danh', en: 'the place name' }, { max: PROVINCE_SETTING_LIMITS.place }),
  documentFormat: field.oneOf({ vi: 'thể thức văn bản', en: 'the document format' }, DOCUMENT_FORMATS),
  timeZone: field.oneOf({ vi: 'múi giờ', en: 'the time zone' }, PROVINCE_TIME_ZONES),
  language: field.oneOf({ vi: 'ngôn ngữ', en: 'the language' }, PROVINCE_LANGUAGES),
});
export type ProvinceSettings = z.output<typeof provinceSettingsInput>;

/** "Vĩnh Long" for "Tỉnh Vĩnh Long", "Cần Thơ" for "Thành phố Cần Thơ". */
export function placeOfProvince(name: string): string {
  return name.trim().replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '') || name.trim();
}

/** The settings a new province starts with, from its name: a city's Party committee is its "Thành ủy". */
export function defaultProvinceSettings(name: string): ProvinceSettings {
  const place = placeOfProvince(name);
  const city = /^(thành phố|tp\.?)\s/iu.test(name.trim());
  return {
    documentParentBody: `${city ? 'THÀNH ỦY' : 'TỈNH ỦY'} ${place.toLocaleUpperCase('vi')}`,
    documentIssuer: 'BAN CHỈ ĐẠO THỰC HIỆN DÂN CHỦ Ở CƠ SỞ',
    documentSymbol: 'BCĐ',
    place,
    documentFormat: 'PARTY',
    timeZone: 'Asia/Ho_Chi_Minh',
    language: 'vi',
  };
}

/**
 * Stored settings over the defaults: a province made before a setting existed gets the default for it, and
 * anything stored that no longer passes the rules is left out rather than shown.
 */
export function provinceSettingsOf(name: string, stored: unknown): ProvinceSettings {
  const defaults = defaultProvinceSettings(name);
  if (typeof stored !== 'object' || stored === null) return defaults;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(stored)) {
    const check = (provinceSettingsInput.shape as Record<string, z.ZodType | undefined>)[key];
    const parsed = check?.safeParse(value);
    if (parsed?.success) merged[key] = parsed.data;
  }
  return merged as ProvinceSettings;
}

/** What the platform administrator does to a province's status. */
export const PROVINCE_STATUS_ACTIONS = ['suspend', 'reactivate', 'archive'] as const;
export type ProvinceStatusAction = (typeof PROVINCE_STATUS_ACTIONS)[number];

const TRANSITIONS: Record<ProvinceStatusAction, { from: readonly TenantStatus[]; to: TenantStatus }> = {
  // Read-only: its people still sign in and read, nobody writes.
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED' },
  reactivate: { from: ['SUSPENDED', 'ARCHIVED'], to: 'ACTIVE' },
  // Kept for the record: nobody signs in, nobody writes; the platform can still bring it back.
  archive: { from: ['ACTIVE', 'SUSPENDED'], to: 'ARCHIVED' },
};

const STATUS_WORDS: Record<TenantStatus, { vi: string; en: string }> = {
  ACTIVE: { vi: 'đang hoạt động', en: 'active' },
  SUSPENDED: { vi: 'đang tạm ngừng', en: 'suspended' },
  ARCHIVED: { vi: 'đã lưu trữ', en: 'archived' },
};

/** The status a province takes on `action`, or a refusal (CONFLICT) naming its current status. */
export function statusAfter(action: ProvinceStatusAction, current: TenantStatus): TenantStatus {
  const { from, to } = TRANSITIONS[action];
  if (from.includes(current)) return to;
  const words = STATUS_WORDS[current];
  throw conflict(
    `Tỉnh này ${words.vi} nên không thể chuyển sang "${STATUS_WORDS[to].vi}". Vui lòng tải lại danh sách tỉnh.`,
    `This province is ${words.en}, so it cannot become ${STATUS_WORDS[to].en}. Reload the list of provinces.`,
    { field: 'status', current },
  );
}

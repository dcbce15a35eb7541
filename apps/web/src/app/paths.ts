// Every screen's address, in the officials' words: /don-vi/<unit>/2026/6-thang is the unit's six-month
// review of 2026. Links and redirects are built here, and route parameters are read back here.
import { CALENDAR_YEARS } from '@qcdc/shared/contracts';
import type { PeriodKind } from '../gql/graphql';
import type { PeriodRef } from '../shared/periods/period';

/** The screens, by the first segment of their address. */
export const SCREEN_SEGMENT = {
  unit: 'don-vi',
  overview: 'tong-quan',
  admin: 'quan-tri',
  provinces: 'tinh-thanh',
} as const;
export type Screen = keyof typeof SCREEN_SEGMENT;

/** Not a workspace of its own: reached from a unit's screen (to edit) and from the overview (to read). */
const PROFILE_SEGMENT = 'ho-so';
/** Not a workspace either: a past report read and confirmed into the unit's draft, reached from the unit's screen. */
const LEGACY_IMPORT_SEGMENT = 'nhap-bao-cao-cu';

const PERIOD_SEGMENT: Record<PeriodKind, string> = { YEAR: 'nam', SIX_MONTH: '6-thang' };

/**
 * A unit's period has three parts: its activities (the address of the period itself), its scoring
 * ("cham-diem") and its report as a document ("bao-cao").
 */
export const UNIT_PARTS = ['activities', 'scoring', 'report'] as const;
export type UnitPart = (typeof UNIT_PARTS)[number];
const UNIT_PART_SEGMENT: Record<Exclude<UnitPart, 'activities'>, string> = { scoring: 'cham-diem', report: 'bao-cao' };

/** The reviewers' queue of a period's reports, under the overview ("/tong-quan/<scope>/2026/nam/bao-cao"). */
const REVIEW_SEGMENT = 'bao-cao';

/**
 * The province administrator's tabs: the set-up steps, in the order a new province takes them, the province's
 * unit types ("loại hình đơn vị", seeded with the defaults), the import of units and people from a spreadsheet
 * ("nhập dữ liệu"), then the audit log ("nhật ký thao tác").
 */
export const ADMIN_TABS = ['units', 'users', 'calendar', 'unitTypes', 'import', 'audit'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];
const ADMIN_TAB_SEGMENT: Record<AdminTab, string> = {
  units: 'co-cau',
  users: 'nguoi-dung',
  import: 'nhap-du-lieu',
  calendar: 'ky-bao-cao',
  unitTypes: 'loai-hinh',
  audit: 'nhat-ky',
};

/** The platform administrator's tabs: the provinces ("/tinh-thanh"), and the platform's audit log. */
export const PLATFORM_TABS = ['provinces', 'audit'] as const;
export type PlatformTab = (typeof PLATFORM_TABS)[number];
const PLATFORM_TAB_SEGMENT: Record<Exclude<PlatformTab, 'provinces'>, string> = { audit: 'nhat-ky' };

/** The dashboards under the overview, and a unit's own standing under its period. */
const COMPLETENESS_SEGMENT = 'tien-do';
const RANKING_SEGMENT = 'xep-hang';
const OWN_STANDING_SEGMENT = 'thu-hang';

const period = (p?: PeriodRef) => (p ? `/${p.year}/${PERIOD_SEGMENT[p.kind]}` : '');

export const paths = {
  home: () => '/',
  /** The sign-in screen; `next` is where to go once signed in. */
  login: (next?: string) => (next && next !== '/' ? `/dang-nhap?tiep=${encodeURIComponent(next)}` : '/dang-nhap'),
  /** The link of an invitation mail (the server builds it the same way: LINK_PATH). */
  invitation: (token: string) => `/moi/${token}`,
  /** Asking for a reset link; with the link's token, setting the new password. */
  passwordReset: (token?: string) => (token ? `/dat-lai-mat-khau/${token}` : '/dat-lai-mat-khau'),
  /** The official's own sign-ins ("Phiên đăng nhập"), whatever their role. */
  sessions: () => '/tai-khoan/phien-dang-nhap',
  provinces: (tab: PlatformTab = 'provinces') =>
    `/${SCREEN_SEGMENT.provinces}${tab === 'provinces' ? '' : `/${PLATFORM_TAB_SEGMENT[tab]}`}`,
  admin: (unitId: string, tab?: AdminTab, year?: number) =>
    `/${SCREEN_SEGMENT.admin}/${unitId}${tab ? `/${ADMIN_TAB_SEGMENT[tab]}` : ''}${tab === 'calendar' && year ? `/${year}` : ''}`,
  overview: (unitId: string, p?: PeriodRef) => `/${SCREEN_SEGMENT.overview}/${unitId}${period(p)}`,
  /** The reports of a period that the reviewer (bloc, committee) over `scopeId` decides on; with a unit, that unit's report. */
  reviewQueue: (scopeId: string, p: PeriodRef) => `/${SCREEN_SEGMENT.overview}/${scopeId}${period(p)}/${REVIEW_SEGMENT}`,
  /** The province's consolidated report of a period (báo cáo tổng hợp), under the overview. */
  provinceReport: (scopeId: string, p: PeriodRef) => `/${SCREEN_SEGMENT.overview}/${scopeId}${period(p)}/bao-cao-tong-hop`,
  /**
   * The committee's dashboards of a period, under the overview: who has submitted ("tien-do", a bloc's units
   * with the bloc's id after it), the ranking of units ("xep-hang") and one unit's standing, "why this rank"
   * ("xep-hang/<unit>").
   */
  completeness: (scopeId: string, p: PeriodRef, blocId?: string) =>
    `/${SCREEN_SEGMENT.overview}/${scopeId}${period(p)}/${COMPLETENESS_SEGMENT}${blocId ? `/${blocId}` : ''}`,
  ranking: (scopeId: string, p: PeriodRef) => `/${SCREEN_SEGMENT.overview}/${scopeId}${period(p)}/${RANKING_SEGMENT}`,
  standing: (scopeId: string, p: PeriodRef, unitId: string) => `/${SCREEN_SEGMENT.overview}/${scopeId}${period(p)}/${RANKING_SEGMENT}/${unitId}`,
  /** A unit's own standing in a period ("thu-hang"), read by its reporter and head. */
  ownStanding: (unitId: string, p: PeriodRef) => `/${SCREEN_SEGMENT.unit}/${unitId}${period(p)}/${OWN_STANDING_SEGMENT}`,
  reviewReport: (scopeId: string, p: PeriodRef, unitId: string) =>
    `/${SCREEN_SEGMENT.overview}/${scopeId}${period(p)}/${REVIEW_SEGMENT}/${unitId}`,
  unit: (unitId: string, p?: PeriodRef, part: UnitPart = 'activities') =>
    `/${SCREEN_SEGMENT.unit}/${unitId}${period(p)}${p && part !== 'activities' ? `/${UNIT_PART_SEGMENT[part]}` : ''}`,
  /** A unit's profile for a period (hồ sơ đơn vị): its own people edit it, those above it read it. */
  profile: (unitId: string, p?: PeriodRef) => `/${PROFILE_SEGMENT}/${unitId}${period(p)}`,
  /** Importing a past report (the 2006 structure) into the unit's draft for a period: its reporter and head. */
  legacyImport: (unitId: string, p?: PeriodRef) => `/${LEGACY_IMPORT_SEGMENT}/${unitId}${period(p)}`,
  /** One's own notifications (thông báo) and their preferences. */
  notifications: () => '/thong-bao',
  /** A period's reminder milestones (lịch nhắc): the province admin's and the committee's. */
  reminderSchedule: (periodId: string) => `/lich-nhac/${periodId}`,
};

/** The period kind an address segment names ("nam", "6-thang"); null for anything else. */
export function periodKindOf(segment: string | undefined): PeriodKind | null {
  const found = Object.entries(PERIOD_SEGMENT).find(([, s]) => s === segment);
  return found ? (found[0] as PeriodKind) : null;
}

/** The part of a unit's period an address segment names (none: its activities; "cham-diem"); null for anything else. */
export function unitPartOf(segment: string | undefined): UnitPart | null {
  if (segment === undefined) return 'activities';
  return UNIT_PARTS.find((part) => part !== 'activities' && UNIT_PART_SEGMENT[part] === segment) ?? null;
}

/** The set-up step an address segment names ("co-cau", ...); null for anything else. */
export function adminTabOf(segment: string | undefined): AdminTab | null {
  return ADMIN_TABS.find((tab) => ADMIN_TAB_SEGMENT[tab] === segment) ?? null;
}

/** The platform administrator's tab an address segment names (none: the provinces; "nhat-ky"); null for anything else. */
export function platformTabOf(segment: string | undefined): PlatformTab | null {
  if (segment === undefined) return 'provinces';
  return PLATFORM_TABS.find((tab) => tab !== 'provinces' && PLATFORM_TAB_SEGMENT[tab] === segment) ?? null;
}

/** A year in an address: four digits within the years the service keeps (CALENDAR_YEARS); null otherwise. */
export function yearOf(segment: string | undefined): number | null {
  if (!segment || !/^\d{4}$/.test(segment)) return null;
  const year = Number(segment);
  return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max ? year : null;
}

/**
 * Where to go after signing in, from the sign-in screen's `tiep` parameter: a path of this app only (an
 * address elsewhere, "//host/..." included, is ignored).
 */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

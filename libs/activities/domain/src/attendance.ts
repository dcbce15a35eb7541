import { Bilingual, badInput, vietnameseDate } from '@qcdc/shared/contracts';

/** Attendance as reports write it: present out of eligible ("15/16 đ/c dự", "45/48 lượt người dự"). */
export interface Attendance {
  present: number;
  eligible: number;
}

/** What a head count counts, as reports write it after the figures. */
export const COUNT_UNITS = ['COMRADES', 'STAFF', 'ATTENDANCES'] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

export const COUNT_UNIT_NAMES: Record<CountUnit, Bilingual> = {
  COMRADES: { vi: 'đ/c', en: 'comrades' },
  STAFF: { vi: 'CBCC', en: 'staff' },
  ATTENDANCES: { vi: 'lượt người', en: 'attendances' },
};

/** Reads the first "N/M" pair of a phrase such as "15/16 đ/c dự" or "có 45/48 lượt người dự". */
export function parseAttendance(text: string): Attendance | null {
  const entry = parseQuickEntry(text);
  return entry && { present: entry.present, eligible: entry.eligible };
}

/** The figures a pasted phrase gives: "03 cuộc, có 45/48 lượt người dự". */
export interface QuickEntry extends Attendance {
  sessions: number | null;
  countUnit: CountUnit | null;
}

// The words that follow the figures: "đ/c dự", "CBCC tham dự", "lượt người dự".
const UNIT_WORDS: readonly [RegExp, CountUnit][] = [
  [/^(đ\/c|đồng chí)/iu, 'COMRADES'],
  [/^(CBCCVC|CBCC|cán bộ)/iu, 'STAFF'],
  [/^lượt/iu, 'ATTENDANCES'],
];

/**
 * Fills a briefing's numbers from a phrase pasted from a report: "15/16 đ/c dự", "02 cuộc có 32/32 CBCC
 * tham dự", "03 cuộc, có 45/48 lượt người dự". Null without a present/eligible pair: "100% CBCC dự" says
 * nobody's number, so it fills nothing.
 */
export function parseQuickEntry(text: string): QuickEntry | null {
  const phrase = text.normalize('NFC');
  const pair = /(\d{1,6})\s*\/\s*(\d{1,6})\s*/u.exec(phrase);
  if (!pair) return null;
  const sessions = /(\d{1,4})\s*cuộc/iu.exec(phrase);
  const after = phrase.slice(pair.index + pair[0].length);
  return {
    sessions: sessions ? Number(sessions[1]) : null,
    present: Number(pair[1]),
    eligible: Number(pair[2]),
    countUnit: UNIT_WORDS.find(([words]) => words.test(after))?.[1] ?? null,
  };
}

export function assertAttendance(a: Attendance): void {
  if (!Number.isInteger(a.present) || !Number.isInteger(a.eligible) || a.present < 0 || a.eligible < 1) {
    throw badInput(
      'Số người dự và tổng số phải là số nguyên; tổng số ít nhất là 1.',
      'Present and eligible must be whole numbers; eligible at least 1.',
      { field: 'eligible' },
    );
  }
  if (a.present > a.eligible) {
    throw badInput(
      `Số người dự (${a.present}) không thể lớn hơn tổng số được triệu tập (${a.eligible}).`,
      `Present (${a.present}) cannot exceed eligible (${a.eligible}).`,
      { field: 'present' },
    );
  }
}

/** Counts keep the customary leading zero: "01 đ/c", "03 cuộc" (one helper, shared with the reports). */
export { customaryCount } from '@qcdc/shared/contracts';

/** "15/16" */
export function attendanceText(a: Attendance): string {
  return `${a.present}/${a.eligible}`;
}

/** An activity is recorded after it happened: its date may not lie after today (in Vietnam). */
export function assertNotInFuture(occurredOn: string, today: string): void {
  if (occurredOn > today) {
    throw badInput(
      `Ngày ${vietnameseDate(occurredOn)} chưa đến. Chỉ ghi nhận hoạt động đã diễn ra.`,
      `${occurredOn} is in the future. Record activities once they have taken place.`,
      { field: 'occurredOn' },
    );
  }
}

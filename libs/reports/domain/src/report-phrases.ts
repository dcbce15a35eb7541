import { type Band, type BoardKind, type PeriodKind, customaryCount as cc } from '@qcdc/shared/contracts';

// The sentences a report writes around its figures, in the customary form ("01 đ/c", "15/16 đ/c dự").

/** "năm 2006", "6 tháng đầu năm 2006" */
export function periodText(period: { kind: PeriodKind; year: number }): string {
  return period.kind === 'YEAR' ? `năm ${period.year}` : `6 tháng đầu năm ${period.year}`;
}

/** The period after: "năm 2007", "6 tháng cuối năm 2006". */
export function nextPeriodText(period: { kind: PeriodKind; year: number }): string {
  return period.kind === 'YEAR' ? `năm ${period.year + 1}` : `6 tháng cuối năm ${period.year}`;
}

/** "Trong năm", "Trong 6 tháng" */
export const withinPeriod = (kind: PeriodKind) => (kind === 'YEAR' ? 'Trong năm' : 'Trong 6 tháng');

export const BAND_NAMES: Record<Band, string> = { TOT: 'Tốt', KHA: 'Khá', TRUNG_BINH: 'Trung bình', YEU: 'Yếu' };

/** As a report names each board. */
export const BOARD_NAMES: Record<BoardKind, string> = {
  DEMOCRACY_TEAM: 'Ban thực hiện quy chế dân chủ',
  PEOPLES_INSPECTION: 'Ban Thanh tra nhân dân',
  UNION_EXECUTIVE: 'Ban Chấp hành Công đoàn cơ sở',
};

/** The words after an attendance pair, by the briefing's count unit (null: "người"). */
const COUNT_UNIT_WORDS: Record<string, string> = { COMRADES: 'đ/c', STAFF: 'CBCC', ATTENDANCES: 'lượt người' };
export const countUnitWord = (unit: unknown) => (typeof unit === 'string' && COUNT_UNIT_WORDS[unit]) || 'người';

/** "15/16 đ/c dự" */
export const attended = (present: number, eligible: number, unitWord: string) => `${cc(present)}/${cc(eligible)} ${unitWord} dự`;

/** Points as a Vietnamese number: 97, 97,5. */
export const points = (n: number) => String(n).replace('.', ',');

/** Personnel decisions a report adds up: "tuyển dụng 01 đ/c, nâng lương 08 đ/c". Others are written one by one. */
export const COUNTED_DECISIONS: Readonly<Record<string, string>> = {
  RECRUITMENT: 'tuyển dụng',
  RESIGNATION: 'giải quyết nghỉ việc',
  PAY_RISE: 'nâng lương',
  ALLOWANCE: 'bổ sung phụ cấp',
  LEAVE: 'giải quyết nghỉ phép',
};

/** A sentence ends with a full stop. */
export const sentence = (text: string) => (/[.!?…:;]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** Lower-cases the first letter, to put a title inside a sentence. */
export const inSentence = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

import type { Lang } from './i18n';

// Provinces all run on Vietnam time, whatever the office PC's clock zone is set to.
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

/** "2026-11-28" -> "28/11/2026" (a Date scalar, no time zone involved). */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** The day ("28/11/2026") and the time ("14:05") of an instant, in Vietnam time. */
function vietnamParts(iso: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('day')}/${get('month')}/${get('year')}`, time: `${get('hour')}:${get('minute')}` };
}

/** A DateTime as "14:05 28/11/2026" in Vietnam time. */
export function formatDateTime(iso: string): string {
  const { date, time } = vietnamParts(iso);
  return `${time} ${date}`;
}

/** A DateTime as "28/11/2026 14:05" in Vietnam time: a log's column, where the day leads. */
export function formatDayTime(iso: string): string {
  const { date, time } = vietnamParts(iso);
  return `${date} ${time}`;
}

/** 97.5 -> "97,5" in Vietnamese, "97.5" in English. */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits }).format(value);
}

/** "7,5" or "7.5" -> 7.5; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Lower case without diacritics, so "dang uy khoi" finds "Đảng ủy Khối". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

import type { Band } from './api-types';

export const BANDS: Band[] = ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'];

/**
 * The default bands on a 100-point scale (Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Yếu < 50). Only a
 * preview while typing: the band that counts is the one the server returns after saving.
 */
export function bandOf(total: number, maxTotal = 100): Band {
  const score = maxTotal > 0 ? (total * 100) / maxTotal : total;
  if (score >= 90) return 'TOT';
  if (score >= 70) return 'KHA';
  if (score >= 50) return 'TRUNG_BINH';
  return 'YEU';
}

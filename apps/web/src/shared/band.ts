import type { Band } from './api/api-types';

export const BANDS: Band[] = ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'];

/**
 * The default bands of the 100-point rubric (Tốt ≥ 90, Khá 70–89, Trung bình 50–69, Yếu < 50). Only a
 * preview while typing: the band that counts is the one the server returns after saving.
 */
export function bandOf(total: number): Band {
  if (total >= 90) return 'TOT';
  if (total >= 70) return 'KHA';
  if (total >= 50) return 'TRUNG_BINH';
  return 'YEU';
}

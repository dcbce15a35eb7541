import { Band } from '@qcdc/shared/contracts';

export { BANDS } from '@qcdc/shared/contracts';
export type { Band } from '@qcdc/shared/contracts';

export const BAND_LABELS: Record<Band, { vi: string; en: string }> = {
  TOT: { vi: 'Tốt', en: 'Good' },
  KHA: { vi: 'Khá', en: 'Fair' },
  TRUNG_BINH: { vi: 'Trung bình', en: 'Average' },
  YEU: { vi: 'Yếu', en: 'Weak' },
};

/** Lower bounds of each band on a 100-point scale; the default of DOMAIN.md, configurable per province. */
export interface BandThresholds {
  tot: number;
  kha: number;
  trungBinh: number;
}

export const DEFAULT_BAND_THRESHOLDS: BandThresholds = { tot: 90, kha: 70, trungBinh: 50 };

export function bandOf(total: number, t: BandThresholds = DEFAULT_BAND_THRESHOLDS): Band {
  if (total >= t.tot) return 'TOT';
  if (total >= t.kha) return 'KHA';
  if (total >= t.trungBinh) return 'TRUNG_BINH';
  return 'YEU';
}

/** Xếp loại: Tốt, Khá, Trung bình, Yếu, best first. Which total earns which band is a scoring rule. */
export const BANDS = ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'] as const;
export type Band = (typeof BANDS)[number];

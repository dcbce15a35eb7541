/**
 * Kinds of activity a unit records during the year. Only briefings (hội nghị quán triệt, tuyên truyền) so
 * far; disclosures, consultations, staff decisions, inspections, staff conferences and complaint cases
 * will each add a kind (docs/DOMAIN.md).
 */
export const ACTIVITY_KINDS = ['BRIEFING'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

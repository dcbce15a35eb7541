/** A unit's report for a period: a DRAFT until submitted; a SUBMITTED report is frozen with its score. */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

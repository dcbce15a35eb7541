/**
 * Kinds of reporting period: sơ kết 6 tháng (the mid-year review) and tổng kết năm (the year-end review).
 * Shared, because activities and scoring file their records under the reports service's periods.
 */
export const PERIOD_KINDS = ['SIX_MONTH', 'YEAR'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** An OPEN period takes data and submissions; a CLOSED one takes nothing new. */
export const PERIOD_STATUSES = ['OPEN', 'CLOSED'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

import { z } from 'zod';
import { PERIOD_KINDS, field } from '@qcdc/shared/contracts';
import { GRACE_DAYS_MAX } from './deadline';

/**
 * One schema per input of the reports API, checked before any resolver work (and reusable by the web app).
 * Rules across fields (the window in order, due after it opens) stay in `assertPeriod`.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });
const periodId = field.id({ vi: 'kỳ báo cáo', en: 'reporting period' });

export const openReportingPeriodInput = z.object({
  year: field.year(),
  kind: field.oneOf({ vi: 'loại kỳ', en: 'the period kind' }, PERIOD_KINDS),
  windowStart: field.calendarDate(),
  windowEnd: field.calendarDate(),
  dueOn: field.calendarDate(),
  graceDays: field.optionalInt({ vi: 'số ngày gia hạn', en: 'the grace days' }, { min: 0, max: GRACE_DAYS_MAX }),
});
export type OpenReportingPeriod = z.output<typeof openReportingPeriodInput>;

export const submitReportInput = z.object({ unitId, periodId });
export type SubmitReport = z.output<typeof submitReportInput>;

/** reportingPeriods(year) */
export const reportingPeriodsArgs = z.object({ year: field.year() });

/** report(unitId, periodId) */
export const reportArgs = z.object({ unitId, periodId });

/** provinceRollup(periodId), unitComparison(periodId) */
export const periodArgs = z.object({ periodId });

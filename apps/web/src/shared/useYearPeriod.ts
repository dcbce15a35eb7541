import type { ReportingPeriod } from './api/api-types';
import { gql } from './api/graphql';
import { useLoad } from './api/useLoad';

const REPORTING_PERIODS = `query ReportingPeriods($year: Int!) {
  reportingPeriods(year: $year) { id year kind windowStart windowEnd dueOn graceDays status }
}`;

/** The province's yearly reporting period for `year` (data is null when none is open). */
export function useYearPeriod(year: number) {
  return useLoad(
    () =>
      gql<{ reportingPeriods: ReportingPeriod[] }>(REPORTING_PERIODS, { year }).then(
        (d) => d.reportingPeriods.find((p) => p.kind === 'YEAR') ?? null,
      ),
    [year],
  );
}

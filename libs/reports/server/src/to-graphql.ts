import { BANDS } from '@qcdc/shared/contracts';
import { ProvinceRollup, Report, ReportingPeriod, UnitComparisonRow } from './graphql-types';
import { ComparisonRow } from './dashboards/dashboard.repository';
import { PeriodRollup } from './dashboards/dashboard.service';
import { PeriodRow } from './periods/period.repository';
import { ReportRow } from './reports/report.repository';

/** The reports subgraph's rows as the API shows them (the resolvers' only mapping). */

export const toReportingPeriod = (p: PeriodRow): ReportingPeriod => ({
  id: p.id,
  year: p.year,
  kind: p.kind,
  windowStart: p.windowStart,
  windowEnd: p.windowEnd,
  dueOn: p.dueOn,
  graceDays: p.graceDays,
  status: p.status,
});

export const toReport = (r: ReportRow): Report => ({
  id: r.id,
  unitId: r.unitId,
  periodId: r.periodId,
  status: r.status,
  submittedAt: r.submittedAt,
  late: r.late,
  scoreTotal: r.scoreTotal,
  band: r.band,
});

/** The province's figures, with a count for every band in the bands' order (zero when none). */
export const toProvinceRollup = (r: PeriodRollup): ProvinceRollup => ({
  periodId: r.periodId,
  unitsExpected: r.unitsExpected,
  unitsSubmitted: r.unitsSubmitted,
  unitsOnTime: r.unitsOnTime,
  averageScore: r.averageScore,
  bands: BANDS.map((band) => ({ band, count: r.bandCounts[band] ?? 0 })),
  updatedAt: r.updatedAt,
});

export const toUnitComparisonRow = (c: ComparisonRow): UnitComparisonRow => ({
  unitId: c.unitId,
  code: c.code,
  name: c.name,
  blocName: c.blocName,
  submitted: c.submitted,
  submittedAt: c.submittedAt,
  late: c.late,
  scoreTotal: c.scoreTotal,
  band: c.band,
});

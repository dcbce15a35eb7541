import { BANDS, Role } from '@qcdc/shared/contracts';
import {
  REPORT_TEMPLATES,
  ReportSection,
  ReportTemplateCode,
  SubmissionProblem as DomainSubmissionProblem,
  allowedActions,
} from '@qcdc/reports/domain';
import {
  ProvinceRollup,
  Report,
  ReportTemplate,
  ReportTemplateSection,
  ReportingPeriod,
  SubmissionProblem,
  UnitComparisonRow,
} from './graphql-types';
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

export const toReport = (r: ReportRow, roles: readonly Role[] = []): Report => ({
  id: r.id,
  unitId: r.unitId,
  periodId: r.periodId,
  status: r.status,
  submittedAt: r.submittedAt,
  late: r.late,
  scoreTotal: r.scoreTotal,
  band: r.band,
  templateCode: r.templateCode,
  prose: r.prose,
  placements: r.placements,
  header: r.header,
  version: r.version,
  returnReason: r.returnReason,
  reviewedAt: r.reviewedAt,
  approvedAt: r.approvedAt,
  returnedAt: r.returnedAt,
  allowedActions: allowedActions(r.status, roles),
  imported: r.imported,
});

/** A template flattened in reading order, each section with its depth and parent. */
export const toReportTemplate = (code: ReportTemplateCode): ReportTemplate => {
  const template = REPORT_TEMPLATES[code];
  const walk = (sections: readonly ReportSection[], depth: number, parentKey: string | null): ReportTemplateSection[] =>
    sections.flatMap((s) => [
      { key: s.key, number: s.number, title: s.title, depth, parentKey, proseRequired: s.proseRequired },
      ...walk(s.children ?? [], depth + 1, s.key),
    ]);
  return { code, name: template.name, sections: walk(template.sections, 0, null) };
};

export const toSubmissionProblem = (p: DomainSubmissionProblem): SubmissionProblem => ({
  severity: p.severity,
  reason: p.reason,
  ref: p.ref,
  message: p.message.vi,
  messageEn: p.message.en,
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

import { BANDS, Role } from '@qcdc/shared/contracts';
import {
  REPORT_TEMPLATES,
  ReportSection,
  ReportTemplateCode,
  SubmissionProblem as DomainSubmissionProblem,
  allowedActions,
  bandCountsOf,
  cellFigures,
  daysOverdue,
  percent,
  round2,
} from '@qcdc/reports/domain';
import {
  CriterionHeatmap,
  RankedUnit,
  RollupCell,
  UnitCompleteness,
  UnitRankingPage,
  UnitStanding,
  YearOverYearRow,
  ProvinceRollup,
  Report,
  ReportTemplate,
  ReportTemplateSection,
  ReportingPeriod,
  SubmissionProblem,
  UnitComparisonRow,
} from './graphql-types';
import { ComparisonRow } from './dashboards/dashboard.repository';
import { CompletenessRow, LabelledCell, PeriodRollup, RankingPage, Standing, YearOverYear } from './dashboards/dashboard.service';
import { RankedRow } from './dashboards/dashboard-reads.repository';
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

// ---- The committee's dashboards

/** sum / n to 2 decimals; null when nobody counts (the roll-ups' maps hold no zero: a missing sum is 0). */
const average = (sum: number | undefined, n: number | undefined): number | null => (n ? round2((sum ?? 0) / n) : null);

export const toRollupCell = ({ cell, label, medianScore, criteria }: LabelledCell): RollupCell => {
  const figures = cellFigures(cell);
  return {
    periodId: cell.periodId,
    dimension: cell.dimension,
    value: cell.value,
    label,
    unitsExpected: cell.unitsExpected,
    unitsSubmitted: cell.unitsSubmitted,
    unitsNotSubmitted: figures.unitsNotSubmitted,
    unitsOnTime: cell.unitsOnTime,
    unitsLate: cell.unitsLate,
    unitsApproved: cell.unitsApproved,
    unitsReturned: cell.unitsReturned,
    submissionRate: figures.submissionRate,
    onTimeRate: figures.onTimeRate,
    averageScore: figures.averageScore,
    medianScore: medianScore === null ? null : round2(medianScore),
    scoreHistogram: Array.from({ length: 10 }, (_, i) => cell.scoreHistogram[i] ?? 0),
    bandCounts: bandCountsOf(cell.bandCounts),
    criterionAverages: criteria.map((c) => ({
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      average: average(cell.criterionSums[c.code], cell.criterionCounts[c.code]),
    })),
    staffConferenceRate: figures.staffConferenceRate,
    inspectionBoards: figures.inspectionBoards,
    inspectionSessions: figures.inspectionSessions,
    disclosures: figures.disclosures,
    consultations: figures.consultations,
    complaintsReceived: figures.complaintsReceived,
    complaintsResolved: figures.complaintsResolved,
    activityCounts: figures.activityCounts,
    refreshedAt: cell.refreshedAt,
  };
};

const SUBMITTED: readonly (string | null)[] = ['SUBMITTED', 'REVIEWED', 'APPROVED'];

export const toUnitCompleteness = (r: CompletenessRow): UnitCompleteness => ({
  unitId: r.unitId,
  code: r.code,
  name: r.name,
  blocId: r.blocId,
  blocName: r.blocName,
  unitType: r.unitType,
  status: r.status,
  submittedAt: r.submittedAt,
  late: r.late,
  reportId: r.reportId,
  daysOverdue: daysOverdue(r.today, r.dueOn, SUBMITTED.includes(r.status)),
  lastReminder: r.lastReminder?.milestone ?? null,
  lastRemindedAt: r.lastReminder?.at ?? null,
});

export const toRankedUnit = (r: RankedRow): RankedUnit => ({
  rank: r.rank,
  unitId: r.unitId,
  code: r.code,
  name: r.name,
  blocId: r.blocId,
  blocName: r.blocName,
  unitType: r.unitType,
  status: r.status,
  scoreTotal: r.scoreTotal,
  band: r.band,
  late: r.late,
  submittedAt: r.submittedAt,
  reportId: r.reportId,
  lastYearScore: r.lastYearScore,
});

export const toUnitRankingPage = (p: RankingPage): UnitRankingPage => ({
  total: p.total,
  rows: p.rows.map(toRankedUnit),
  bandCounts: bandCountsOf(p.bandCounts),
});

/** The page's units × the rubric's criteria: each unit's points, null where it has no score. */
export const toCriterionHeatmap = (p: RankingPage): CriterionHeatmap => ({
  total: p.total,
  criteria: p.criteria.map(({ code, title, maxPoints }) => ({ code, title, maxPoints })),
  rows: p.rows.map((r) => ({
    unitId: r.unitId,
    code: r.code,
    name: r.name,
    scoreTotal: r.scoreTotal,
    scores: p.criteria.map((c) => (r.scoreTotal === null ? null : (r.criteria[c.code] ?? null))),
  })),
});

export const toYearOverYearRow = ({ current, lastYear }: YearOverYear): YearOverYearRow => ({
  dimension: current.cell.dimension,
  value: current.cell.value,
  label: current.label,
  averageScore: average(current.cell.scoreSum, current.cell.scoreCount),
  lastYearAverageScore: lastYear && average(lastYear.scoreSum, lastYear.scoreCount),
  submissionRate: percent(current.cell.unitsSubmitted, current.cell.unitsExpected),
  lastYearSubmissionRate: lastYear && percent(lastYear.unitsSubmitted, lastYear.unitsExpected),
  bandCounts: bandCountsOf(current.cell.bandCounts),
  lastYearBandCounts: bandCountsOf(lastYear?.bandCounts),
});

export const toUnitStanding = (s: Standing): UnitStanding => ({
  periodId: s.periodId,
  unitId: s.unit.unitId,
  code: s.unit.code,
  name: s.unit.name,
  blocId: s.unit.blocId,
  blocName: s.unit.blocName,
  unitType: s.unit.unitType,
  ...s.ranks,
  scoreTotal: s.unit.scoreTotal,
  band: s.unit.band,
  lastYearScore: s.lastYear?.scoreTotal ?? null,
  status: s.unit.status,
  reportId: s.unit.reportId,
  criteria: s.criteria.map((c) => {
    const median = s.blocMedians.get(c.code);
    const lastYear = s.lastYear?.scoreTotal == null ? undefined : s.lastYear.criteria[c.lastYearCode];
    return {
      code: c.code,
      title: c.title,
      maxPoints: c.maxPoints,
      points: s.unit.scoreTotal === null ? null : (s.unit.criteria[c.code] ?? null),
      blocMedian: median === undefined ? null : round2(median),
      lastYear: lastYear ?? null,
    };
  }),
});

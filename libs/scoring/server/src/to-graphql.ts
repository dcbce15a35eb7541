import { InconsistencyFlag, VetoRule as VetoRuleDefinition, bandList, methodParamsOf } from '@qcdc/scoring/domain';
import { AssessmentFlag, Criterion, Rubric, ScoringSheet, SelfAssessment, VetoRule } from './graphql-types';
import { CriterionRow } from './rubrics/rubric.repository';
import { RubricView } from './rubrics/rubric.service';
import { SelfAssessmentRow } from './self-assessments/self-assessment.repository';
import { ScoringSheetView } from './sheets/scoring-sheet.service';

/** The scoring subgraph's rows as the API shows them (the resolvers' only mapping). */

const toCriterion = (c: CriterionRow): Criterion => ({
  id: c.id,
  code: c.code,
  title: c.title,
  contentGroup: c.contentGroup,
  maxPoints: c.maxPoints,
  evidenceHint: c.evidenceHint || null,
  legalReference: c.legalReference,
  parentCode: c.parentCode,
  method: c.method.kind,
  methodParams: methodParamsOf(c.method),
  activityKinds: [...c.activityKinds],
  previousCode: c.previousCode,
});

const toVetoRule = (v: VetoRuleDefinition): VetoRule => ({
  code: v.code,
  measure: v.measure,
  tripsWhen: v.tripsWhen,
  count: v.count,
  capsAt: v.capsAt,
  description: v.vi,
});

export const toRubric = (r: RubricView): Rubric => ({
  id: r.id,
  year: r.year,
  name: r.name,
  maxTotal: r.maxTotal,
  criteria: r.criteria.map(toCriterion),
  status: r.status,
  version: r.version,
  publishedAt: r.publishedAt,
  bands: bandList(r.bands),
  vetoes: r.vetoes.map(toVetoRule),
  problems: r.problems.map((p) => ({ code: p.code, criterionCode: p.criterionCode, message: p.vi })),
});

export const toSelfAssessment = (a: SelfAssessmentRow): SelfAssessment => ({
  id: a.id,
  unitId: a.unitId,
  periodId: a.periodId,
  total: a.total,
  band: a.band,
  version: a.version,
  scores: a.scores.map((s) => ({
    criterionId: s.criterionId,
    points: s.points,
    comment: s.comment,
    evidence: s.evidence,
    reviewerPoints: s.reviewerPoints,
    reviewerComment: s.reviewerComment,
  })),
  updatedAt: a.updatedAt,
  vetoes: a.vetoes.map(toVetoRule),
  frozen: a.frozen,
  reviewVersion: a.reviewVersion,
});

const toFlag = (f: InconsistencyFlag): AssessmentFlag => ({ code: f.code, criterionCode: f.criterionCode, message: f.vi, messageEn: f.en });

export const toScoringSheet = (s: ScoringSheetView): ScoringSheet => ({
  unitId: s.unitId,
  periodId: s.periodId,
  rubric: toRubric(s.rubric),
  assessment: s.assessment && toSelfAssessment(s.assessment),
  suggestions: s.suggestions,
  flags: s.flags.map(toFlag),
  measures: { ...s.measures },
  frozen: s.frozen,
  lastYearTotal: s.lastYearTotal,
});

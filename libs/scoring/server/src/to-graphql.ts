import { Criterion, Rubric, SelfAssessment } from './graphql-types';
import { CriterionRow, RubricRow } from './rubrics/rubric.repository';
import { SelfAssessmentRow } from './self-assessments/self-assessment.repository';

/** The scoring subgraph's rows as the API shows them (the resolvers' only mapping). */

const toCriterion = (c: CriterionRow): Criterion => ({
  id: c.id,
  code: c.code,
  title: c.title,
  contentGroup: c.contentGroup,
  maxPoints: c.maxPoints,
  evidenceHint: c.evidenceHint,
  legalReference: c.legalReference,
});

export const toRubric = (r: RubricRow): Rubric => ({
  id: r.id,
  year: r.year,
  name: r.name,
  maxTotal: r.maxTotal,
  criteria: r.criteria.map(toCriterion),
});

export const toSelfAssessment = (a: SelfAssessmentRow): SelfAssessment => ({
  id: a.id,
  unitId: a.unitId,
  periodId: a.periodId,
  total: a.total,
  band: a.band,
  version: a.version,
  scores: a.scores.map((s) => ({ criterionId: s.criterionId, points: s.points, comment: s.comment })),
  updatedAt: a.updatedAt,
});

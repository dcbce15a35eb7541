import { Injectable } from '@nestjs/common';
import { Caller, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope } from '@qcdc/shared/db';
import {
  DEFAULT_JUMP_POINTS,
  InconsistencyFlag,
  Measures,
  inconsistencyFlags,
  suggestedScore,
  suggestionBasis,
} from '@qcdc/scoring/domain';
import { RecordsRepository } from '../records/records.repository';
import { RubricRow } from '../rubrics/rubric.repository';
import { RubricView } from '../rubrics/rubric.service';
import { SelfAssessmentRepository, SelfAssessmentRow } from '../self-assessments/self-assessment.repository';
import { READERS, SelfAssessmentService } from '../self-assessments/self-assessment.service';

export interface Suggestion {
  criterionId: string;
  points: number;
  basis: string;
}

/** Everything the scoring screen shows for a unit and a period. */
export interface ScoringSheetView {
  unitId: string;
  periodId: string;
  rubric: RubricView;
  assessment: SelfAssessmentRow | null;
  suggestions: Suggestion[];
  flags: InconsistencyFlag[];
  measures: Measures;
  frozen: boolean;
  lastYearTotal: number | null;
}

/**
 * The scoring sheet: the year's published rubric, the unit's self-assessment, the scores its records suggest
 * (with what they rest on), the inconsistency flags, the measures, and whether the report froze it.
 */
@Injectable()
export class ScoringSheetService {
  constructor(
    private readonly db: TenantDb,
    private readonly assessments: SelfAssessmentRepository,
    private readonly records: RecordsRepository,
    private readonly selfAssessments: SelfAssessmentService,
  ) {}

  sheet(caller: Caller, unitId: string, periodId: string): Promise<ScoringSheetView> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, unitId, READERS);
      const period = await this.assessments.findPeriod(em, periodId);
      if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
      const rubric = await this.selfAssessments.publishedRubric(em, period.year);
      const records = (await this.records.periodRecords(em, unitId, periodId)) ?? { measures: {}, activityCounts: {} };
      const assessment = await this.assessments.find(em, unitId, periodId);
      const frozen = await this.assessments.reportFrozen(em, unitId, periodId);
      const lastYear = await this.records.lastYear(em, unitId, period);

      const linked = assessment?.scores.flatMap((s) => s.evidence.flatMap((e) => (e.activityId ? [e.activityId] : []))) ?? [];
      const dates = await this.records.activityDates(em, unitId, [...new Set(linked)]);
      const codeOf = new Map(rubric.criteria.map((c) => [c.id, c.code]));
      const flags = inconsistencyFlags({
        criteria: rubric.criteria,
        scores: (assessment?.scores ?? []).map((s) => ({
          code: codeOf.get(s.criterionId) as string,
          points: s.points,
          evidence: s.evidence.map((e) =>
            e.activityId ? { kind: 'ACTIVITY' as const, datedOn: dates.get(e.activityId) ?? null } : { kind: 'FILE' as const, datedOn: null },
          ),
        })),
        activityCounts: records.activityCounts,
        measures: records.measures,
        period: { kind: period.kind, windowStart: period.windowStart, windowEnd: period.windowEnd },
        total: assessment?.total ?? 0,
        lastYear,
        jumpPoints: DEFAULT_JUMP_POINTS,
      });
      return {
        unitId,
        periodId,
        rubric: { ...rubric, problems: [] },
        assessment,
        suggestions: suggestionsOf(rubric, records.measures),
        flags,
        measures: records.measures,
        frozen,
        lastYearTotal: lastYear?.total ?? null,
      };
    });
  }
}

/** A suggested score for every measurable criterion scored on its own (a parent is scored through its sub-criteria). */
function suggestionsOf(rubric: RubricRow, measures: Measures): Suggestion[] {
  const parents = new Set(rubric.criteria.map((c) => c.parentCode));
  return rubric.criteria.flatMap((c) => {
    const points = parents.has(c.code) ? null : suggestedScore(c, measures);
    const basis = suggestionBasis(c, measures);
    return points === null || basis === null ? [] : [{ criterionId: c.id, points, basis }];
  });
}

import { badInput } from '@qcdc/shared/contracts';
import { Band, BandThresholds, DEFAULT_BAND_THRESHOLDS, bandOf } from './bands';
import { round2 } from './points';

export interface ScoredCriterion {
  criterionId: string;
  code: string;
  maxPoints: number;
  /** A criterion with sub-criteria is scored through them and takes no points of its own. */
  hasSubCriteria?: boolean;
}

export interface CriterionScoreEntry {
  criterionId: string;
  points: number;
  comment?: string | null;
}

export interface ScoreResult {
  total: number;
  band: Band;
}

/**
 * Checks a self-assessment against its rubric and computes its total and band. Each criterion at most
 * once, between 0 and its maximum; criteria left out count 0.
 */
export function scoreSelfAssessment(
  criteria: readonly ScoredCriterion[],
  entries: readonly CriterionScoreEntry[],
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): ScoreResult {
  const byId = new Map(criteria.map((c) => [c.criterionId, c]));
  const seen = new Set<string>();
  let total = 0;
  for (const entry of entries) {
    const criterion = byId.get(entry.criterionId);
    if (!criterion) {
      throw badInput(
        'Tiêu chí không thuộc bộ tiêu chí của năm này. Vui lòng tải lại trang.',
        'A criterion is not part of this year’s rubric. Reload the page.',
        { field: 'criterionId', criterionId: entry.criterionId },
      );
    }
    if (seen.has(entry.criterionId)) {
      throw badInput(
        `Tiêu chí ${criterion.code} được chấm hai lần.`,
        `Criterion ${criterion.code} is scored twice.`,
        { field: 'criterionId', criterionCode: criterion.code },
      );
    }
    seen.add(entry.criterionId);
    if (criterion.hasSubCriteria) {
      throw badInput(
        `Tiêu chí ${criterion.code} được chấm qua các tiêu chí con; hãy chấm từng tiêu chí con.`,
        `Criterion ${criterion.code} is scored through its sub-criteria; score each of them instead.`,
        { field: 'criterionId', reason: 'SCORED_THROUGH_SUB_CRITERIA', criterionCode: criterion.code },
      );
    }
    if (!Number.isFinite(entry.points) || entry.points < 0 || entry.points > criterion.maxPoints) {
      throw badInput(
        `Điểm tiêu chí ${criterion.code} phải từ 0 đến ${criterion.maxPoints}.`,
        `Criterion ${criterion.code} takes 0 to ${criterion.maxPoints} points.`,
        { field: 'points', criterionCode: criterion.code, maxPoints: criterion.maxPoints },
      );
    }
    total += round2(entry.points);
  }
  total = round2(total);
  return { total, band: bandOf(total, thresholds) };
}

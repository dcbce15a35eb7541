import { round2 } from './points';
import { CriterionDefinition, Measures } from './rubric';

/**
 * The score the records suggest for a criterion, shown beside the one a person gives; null for a MANUAL
 * criterion. Never below 0 nor above the criterion's maximum.
 */
export function suggestedScore(criterion: Pick<CriterionDefinition, 'maxPoints' | 'method'>, measures: Measures): number | null {
  const { maxPoints, method } = criterion;
  const count = (measure: keyof Measures) => measures[measure] ?? 0;
  switch (method.kind) {
    case 'MANUAL':
      return null;
    case 'YES_NO':
      return count(method.measure) >= 1 ? maxPoints : 0;
    case 'RATIO': {
      const whole = count(method.whole);
      if (whole === 0) return method.whenNone === 'FULL' ? maxPoints : 0;
      return share(maxPoints, count(method.part) / whole / method.fullAt);
    }
    case 'COUNT_AT_LEAST':
      return share(maxPoints, count(method.measure) / method.atLeast);
    case 'DEDUCTION':
      return Math.max(0, round2(maxPoints - count(method.measure) * method.pointsEach));
  }
}

/** A share of the maximum, from 0 to all of it. */
const share = (maxPoints: number, fraction: number) => round2(maxPoints * Math.min(1, Math.max(0, fraction)));

import { BANDS, Band } from '@qcdc/shared/contracts';

/** One unit's submission as the roll-ups know it. */
export interface UnitSubmission {
  unitId: string;
  late: boolean;
  scoreTotal: number;
  band: Band;
}

/** The province's figures for a period (tổng hợp toàn tỉnh). */
export interface ProvinceSummary {
  unitsExpected: number;
  unitsSubmitted: number;
  unitsOnTime: number;
  averageScore: number | null;
  bandCounts: Record<Band, number>;
}

/**
 * The figures from the submissions themselves. The worker computes the same with one GROUP BY in SQL; this
 * pure version is the independent ground truth the tests compare it with.
 */
export function summariseSubmissions(unitsExpected: number, submissions: readonly UnitSubmission[]): ProvinceSummary {
  const bandCounts = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  let sum = 0;
  let onTime = 0;
  for (const s of submissions) {
    bandCounts[s.band] += 1;
    sum += s.scoreTotal;
    if (!s.late) onTime += 1;
  }
  return {
    unitsExpected,
    unitsSubmitted: submissions.length,
    unitsOnTime: onTime,
    averageScore: submissions.length ? Math.round((sum / submissions.length) * 100) / 100 : null,
    bandCounts,
  };
}

/** Share of expected units that submitted, in whole percent as reports write it ("đạt 92%"). */
export function submissionRate(s: Pick<ProvinceSummary, 'unitsExpected' | 'unitsSubmitted'>): number | null {
  return s.unitsExpected ? Math.round((s.unitsSubmitted / s.unitsExpected) * 100) : null;
}

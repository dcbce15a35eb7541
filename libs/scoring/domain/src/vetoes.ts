import { BANDS, Band } from '@qcdc/shared/contracts';
import { BandThresholds, DEFAULT_BAND_THRESHOLDS, bandOf } from './bands';
import { Measure, Measures } from './rubric';

/**
 * Điểm liệt: a rule that caps the band whatever the total. It trips when its measure is BELOW `count`
 * (e.g. fewer than 1 staff conference) or AT_LEAST `count` (e.g. 1 serious violation or more).
 */
export interface VetoRule {
  code: string;
  measure: Measure;
  tripsWhen: 'BELOW' | 'AT_LEAST';
  count: number;
  /** The best band a unit can get once the rule trips. */
  capsAt: Band;
  vi: string;
  en: string;
}

/** The default veto rules of a rubric (DOMAIN.md); a province edits them with its draft. */
export const DEFAULT_VETO_RULES: readonly VetoRule[] = [
  {
    code: 'NO_STAFF_CONFERENCE',
    measure: 'STAFF_CONFERENCES_HELD',
    tripsWhen: 'BELOW',
    count: 1,
    capsAt: 'TRUNG_BINH',
    vi: 'Không tổ chức hội nghị cán bộ, công chức, viên chức: xếp loại không quá Trung bình.',
    en: 'No staff conference held: the band is Average at best.',
  },
  {
    code: 'SERIOUS_VIOLATION',
    measure: 'SERIOUS_VIOLATIONS',
    tripsWhen: 'AT_LEAST',
    count: 1,
    capsAt: 'YEU',
    vi: 'Có vi phạm nghiêm trọng về thực hiện dân chủ ở cơ sở: xếp loại Yếu.',
    en: 'A serious violation of grassroots democracy: the band is Weak.',
  },
];

export interface BandResult {
  /** The band after the veto rules. */
  band: Band;
  /** The band the total alone earns. */
  bandOfTotal: Band;
  /** The rules that tripped, in the rubric's order. */
  vetoes: VetoRule[];
}

/** The band of a total, then capped by every veto rule the measures trip. */
export function bandWithVetoes(
  total: number,
  rules: readonly VetoRule[],
  measures: Measures,
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): BandResult {
  const bandOfTotal = bandOf(total, thresholds);
  const vetoes = rules.filter((rule) => trips(rule, measures[rule.measure] ?? 0));
  const band = vetoes.reduce((worst, rule) => worse(worst, rule.capsAt), bandOfTotal);
  return { band, bandOfTotal, vetoes };
}

const trips = (rule: VetoRule, value: number) => (rule.tripsWhen === 'BELOW' ? value < rule.count : value >= rule.count);

/** BANDS lists the best first. */
const worse = (a: Band, b: Band) => (BANDS.indexOf(a) >= BANDS.indexOf(b) ? a : b);

import { Band, badInput } from '@qcdc/shared/contracts';
import { BandThresholds } from './bands';
import { CriterionEntry } from './inputs';
import { ActivityKindCode, CriterionDefinition, Measure, ScoringMethod, ScoringMethodKind } from './rubric';
import { VetoRule } from './vetoes';

/** The keys each method reads beside its kind; others sent are dropped. */
const METHOD_KEYS: Record<ScoringMethodKind, readonly string[]> = {
  MANUAL: [],
  YES_NO: ['measure'],
  RATIO: ['part', 'whole', 'fullAt', 'whenNone'],
  COUNT_AT_LEAST: ['measure', 'atLeast'],
  DEDUCTION: ['measure', 'pointsEach'],
};

/**
 * A method from its kind and its parameters as the API carries them (`methodParams`). Nothing is judged here:
 * a draft may hold a half-made method, and `rubricProblems` names what is wrong before it is published.
 */
export function methodOf(kind: ScoringMethodKind, params: Readonly<Record<string, unknown>>): ScoringMethod {
  const kept = Object.fromEntries(METHOD_KEYS[kind].filter((key) => key in params).map((key) => [key, params[key]]));
  return { kind, ...kept } as ScoringMethod;
}

/** A method's parameters without its kind, as the API shows them. */
export function methodParamsOf(method: ScoringMethod): Record<string, string | number> {
  const { kind: _kind, ...params } = method as ScoringMethod & Record<string, string | number>;
  return params;
}

/** A criterion of a draft as the province admin sent it. */
export function criterionOf(entry: CriterionEntry): CriterionDefinition {
  return {
    code: entry.code,
    title: entry.title,
    contentGroup: entry.contentGroup,
    parentCode: entry.parentCode,
    maxPoints: entry.maxPoints,
    method: methodOf(entry.method, entry.methodParams),
    activityKinds: entry.activityKinds as ActivityKindCode[],
    evidenceHint: entry.evidenceHint ?? '',
    legalReference: entry.legalReference,
    previousCode: entry.previousCode,
  };
}

/**
 * What a draft must hold to be kept at all: each code once, no criterion its own parent. Everything else a
 * draft may get wrong for a while; `rubricProblems` names it before publication.
 */
export function assertDraftKeepable(criteria: readonly Pick<CriterionDefinition, 'code' | 'parentCode'>[]): void {
  const seen = new Set<string>();
  for (const c of criteria) {
    if (seen.has(c.code)) {
      throw badInput(`Mã tiêu chí ${c.code} bị trùng; mỗi tiêu chí một mã.`, `The criterion code ${c.code} is used twice; give each criterion its own.`, {
        field: 'criteria',
        reason: 'DUPLICATE_CODE',
        criterionCode: c.code,
      });
    }
    seen.add(c.code);
    if (c.parentCode === c.code) {
      throw badInput(`Tiêu chí ${c.code} không thể là tiêu chí cha của chính nó.`, `Criterion ${c.code} cannot be its own parent.`, {
        field: 'parentCode',
        reason: 'OWN_PARENT',
        criterionCode: c.code,
      });
    }
  }
}

/** A criterion of last year's rubric carried into a new draft: the same, continuing itself. */
export const carriedForward = (c: CriterionDefinition): CriterionDefinition => ({ ...c, previousCode: c.code });

/** The thresholds as the API lists them, best band first; Yếu starts at 0. */
export function bandList(t: BandThresholds): { band: Band; minTotal: number }[] {
  return [
    { band: 'TOT', minTotal: t.tot },
    { band: 'KHA', minTotal: t.kha },
    { band: 'TRUNG_BINH', minTotal: t.trungBinh },
    { band: 'YEU', minTotal: 0 },
  ];
}

/**
 * The thresholds from the API's list: Tốt, Khá and Trung bình each once, falling from one band to the next
 * (Yếu, when listed, starts at 0).
 */
export function bandThresholdsOf(list: readonly { band: Band; minTotal: number }[]): BandThresholds {
  const at = (band: Band) => list.filter((b) => b.band === band).map((b) => b.minTotal);
  const [tot, kha, trungBinh, yeu] = [at('TOT'), at('KHA'), at('TRUNG_BINH'), at('YEU')];
  const ok =
    tot.length === 1 && kha.length === 1 && trungBinh.length === 1 && yeu.every((y) => y === 0) && yeu.length <= 1 &&
    tot[0] > kha[0] && kha[0] > trungBinh[0] && trungBinh[0] > 0;
  if (!ok) {
    throw badInput(
      'Ngưỡng xếp loại phải có Tốt, Khá, Trung bình, mỗi loại một lần, giảm dần và lớn hơn 0 (Yếu từ 0).',
      'The band thresholds need Good, Fair and Average once each, falling and above 0 (Weak starts at 0).',
      { field: 'bands', reason: 'BANDS_INVALID' },
    );
  }
  return { tot: tot[0], kha: kha[0], trungBinh: trungBinh[0] };
}

/** A veto rule as the admin writes it: one description, which both languages show until it is translated. */
export function vetoRuleOf(entry: { code: string; measure: string; tripsWhen: 'BELOW' | 'AT_LEAST'; count: number; capsAt: Band; description: string }): VetoRule {
  const { description, ...rule } = entry;
  return { ...rule, measure: rule.measure as Measure, vi: description, en: description };
}

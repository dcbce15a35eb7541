import { Band } from '@qcdc/shared/contracts';
import { DEFAULT_BAND_THRESHOLDS } from './bands';
import { assertDraftKeepable, bandList, bandThresholdsOf, carriedForward, criterionOf, methodOf, methodParamsOf, vetoRuleOf } from './rubric-draft';
import { DEFAULT_RUBRIC, ScoringMethod, ScoringMethodKind } from './rubric';

describe('methodOf / methodParamsOf', () => {
  it.each<[ScoringMethodKind, Record<string, unknown>, ScoringMethod]>([
    ['MANUAL', { measure: 'BRIEFING_PRESENT' }, { kind: 'MANUAL' }],
    ['YES_NO', { measure: 'STAFF_CONFERENCES_HELD', atLeast: 3 }, { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' }],
    ['COUNT_AT_LEAST', { measure: 'CONSULTATIONS_HELD', atLeast: 2 }, { kind: 'COUNT_AT_LEAST', measure: 'CONSULTATIONS_HELD', atLeast: 2 }],
    ['DEDUCTION', { measure: 'INSPECTION_FINDINGS_OPEN' }, { kind: 'DEDUCTION', measure: 'INSPECTION_FINDINGS_OPEN' } as unknown as ScoringMethod],
  ])('%s from %j', (kind, params, expected) => expect(methodOf(kind, params)).toEqual(expected));

  it.each(DEFAULT_RUBRIC.map((c) => [c.code, c.method] as const))('%s: the params and the kind give the method back', (_code, method) =>
    expect(methodOf(method.kind, methodParamsOf(method))).toEqual(method),
  );
});

describe('bandThresholdsOf', () => {
  const list = (tot: number, kha: number, tb: number, extra: { band: Band; minTotal: number }[] = []) => [
    { band: 'TOT' as const, minTotal: tot },
    { band: 'KHA' as const, minTotal: kha },
    { band: 'TRUNG_BINH' as const, minTotal: tb },
    ...extra,
  ];
  it.each<[string, { band: Band; minTotal: number }[], string]>([
    ['the default', list(90, 70, 50), 'ok'],
    ['with Yếu at 0', list(85, 65, 45, [{ band: 'YEU', minTotal: 0 }]), 'ok'],
    ['Yếu above 0', list(90, 70, 50, [{ band: 'YEU', minTotal: 10 }]), 'BANDS_INVALID'],
    ['Khá missing', list(90, 70, 50).filter((b) => b.band !== 'KHA'), 'BANDS_INVALID'],
    ['Tốt twice', list(90, 70, 50, [{ band: 'TOT', minTotal: 95 }]), 'BANDS_INVALID'],
    ['not falling', list(70, 90, 50), 'BANDS_INVALID'],
    ['Trung bình at 0', list(90, 70, 0), 'BANDS_INVALID'],
  ])('%s', (_name, bands, expected) => {
    let verdict = 'ok';
    try {
      bandThresholdsOf(bands);
    } catch (e) {
      verdict = (e as { details: { reason: string } }).details.reason;
    }
    expect(verdict).toBe(expected);
  });

  it('lists the thresholds it reads back', () => expect(bandThresholdsOf(bandList(DEFAULT_BAND_THRESHOLDS))).toEqual(DEFAULT_BAND_THRESHOLDS));
});

describe('a draft’s criteria and veto rules', () => {
  it('carries last year’s criterion forward continuing itself', () =>
    expect(carriedForward(DEFAULT_RUBRIC[1])).toEqual({ ...DEFAULT_RUBRIC[1], previousCode: '1.2' }));

  it('reads a criterion as the admin sent it', () =>
    expect(
      criterionOf({
        code: '6.1',
        title: 'Hội nghị CBCCVC',
        contentGroup: 'STAFF_CONFERENCE',
        parentCode: null,
        maxPoints: 10,
        method: 'YES_NO',
        methodParams: { measure: 'STAFF_CONFERENCES_HELD' },
        activityKinds: ['STAFF_CONFERENCE'],
        evidenceHint: null,
        legalReference: null,
        previousCode: '6.1',
      }),
    ).toEqual({
      code: '6.1',
      title: 'Hội nghị CBCCVC',
      contentGroup: 'STAFF_CONFERENCE',
      parentCode: null,
      maxPoints: 10,
      method: { kind: 'YES_NO', measure: 'STAFF_CONFERENCES_HELD' },
      activityKinds: ['STAFF_CONFERENCE'],
      evidenceHint: '',
      legalReference: null,
      previousCode: '6.1',
    }));

  it('shows one description of a veto rule in both languages', () =>
    expect(vetoRuleOf({ code: 'X', measure: 'SERIOUS_VIOLATIONS', tripsWhen: 'AT_LEAST', count: 1, capsAt: 'YEU', description: 'Vi phạm' })).toEqual({
      code: 'X',
      measure: 'SERIOUS_VIOLATIONS',
      tripsWhen: 'AT_LEAST',
      count: 1,
      capsAt: 'YEU',
      vi: 'Vi phạm',
      en: 'Vi phạm',
    }));
});

describe('assertDraftKeepable', () => {
  const verdict = (criteria: { code: string; parentCode: string | null }[]) => {
    try {
      assertDraftKeepable(criteria);
      return 'ok';
    } catch (e) {
      return (e as { details: { reason: string } }).details.reason;
    }
  };
  it.each<[string, { code: string; parentCode: string | null }[], string]>([
    ['codes once', [{ code: '1', parentCode: null }, { code: '1.1', parentCode: '1' }], 'ok'],
    ['a parent missing (a problem, not a refusal)', [{ code: '1.1', parentCode: '9' }], 'ok'],
    ['a code twice', [{ code: '1', parentCode: null }, { code: '1', parentCode: null }], 'DUPLICATE_CODE'],
    ['its own parent', [{ code: '1', parentCode: '1' }], 'OWN_PARENT'],
  ])('%s', (_name, criteria, expected) => expect(verdict(criteria)).toBe(expected));
});

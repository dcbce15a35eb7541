import { describe, expect, it } from '@jest/globals';
import { draftFrom, liveResult, mergeDrafts, pointsOf, thresholdsOf, type SheetCriterion, type SheetVeto } from './sheet';

const criteria: SheetCriterion[] = [
  { id: 'a', code: '1.1', contentGroup: 'LEADERSHIP', maxPoints: 7, parentCode: null },
  { id: 'b', code: '1.2', contentGroup: 'LEADERSHIP', maxPoints: 8, parentCode: null },
  { id: 'c', code: '6', contentGroup: 'STAFF_CONFERENCE', maxPoints: 15, parentCode: null },
  { id: 'd', code: '6.1', contentGroup: 'STAFF_CONFERENCE', maxPoints: 15, parentCode: '6' },
];
const bands = [
  { band: 'TOT' as const, minTotal: 20 },
  { band: 'KHA' as const, minTotal: 10 },
  { band: 'TRUNG_BINH' as const, minTotal: 5 },
];
const noConference: SheetVeto = { code: 'NO_STAFF_CONFERENCE', measure: 'STAFF_CONFERENCES_HELD', tripsWhen: 'BELOW', count: 1, capsAt: 'TRUNG_BINH', description: 'Không tổ chức hội nghị' };
const typed = (points: Record<string, string>) => Object.fromEntries(Object.entries(points).map(([id, p]) => [id, { points: p, comment: '', evidence: [] }]));

describe('the live result of a scoring sheet', () => {
  it.each([
    ['nothing typed', {}, { STAFF_CONFERENCES_HELD: 1 }, { total: 0, band: 'YEU', unscored: 3, vetoes: [] }],
    ['a parent counts through its sub-criteria', { a: '7', b: '8', c: '15', d: '10' }, { STAFF_CONFERENCES_HELD: 1 }, { total: 25, band: 'TOT', unscored: 0, vetoes: [] }],
    ['decimals with a comma', { a: '6,5', b: '7.5' }, { STAFF_CONFERENCES_HELD: 1 }, { total: 14, band: 'KHA', unscored: 1, vetoes: [] }],
    ['no staff conference caps the band', { a: '7', b: '8', d: '15' }, {}, { total: 30, band: 'TRUNG_BINH', unscored: 0, vetoes: ['NO_STAFF_CONFERENCE'] }],
  ])('%s', (_case, points, measures, expected) => {
    const result = liveResult(criteria, typed(points), { bands, vetoes: [noConference] }, measures);
    expect({ total: result.total, band: result.band, unscored: result.unscored, vetoes: result.vetoes.map((v) => v.code) }).toEqual(expected);
  });

  it('names the first criterion whose points are out of range', () => {
    expect(liveResult(criteria, typed({ a: '9', b: 'x' }), { bands, vetoes: [] }, {}).invalid?.code).toBe('1.1');
  });

  it.each([
    ['', 8, null],
    ['8', 8, 8],
    ['8,5', 8, Number.NaN],
    ['-1', 8, Number.NaN],
  ])('points "%s" of at most %d read %p', (text, max, expected) => {
    expect(pointsOf(text, max)).toEqual(expected);
  });

  it('reads bands the rubric leaves out as the default ones', () => {
    expect(thresholdsOf([{ band: 'TOT', minTotal: 85 }])).toEqual({ tot: 85, kha: 70, trungBinh: 50 });
  });

  it('a saved score comes back as its draft, each link one activity or one file', () => {
    const saved = [{ criterionId: 'b', points: 8, comment: null, evidence: [{ activityId: 'x', evidenceFileId: null }, { activityId: null, evidenceFileId: 'f' }] }];
    expect(draftFrom(saved)).toEqual({ b: { points: '8', comment: '', evidence: [{ activityId: 'x' }, { evidenceFileId: 'f' }] } });
  });
});

describe('reading again after someone else saved', () => {
  const d = (points: string) => ({ points, comment: '', evidence: [] });
  it('takes their points where this person changed nothing, and keeps this person’s edits', () => {
    const base = { a: d('7'), b: d('8') };
    const mine = { a: d('7'), b: d('6'), c: d('3') };
    const theirs = { a: d('5'), b: d('8'), d: d('2') };
    expect(mergeDrafts(base, mine, theirs)).toEqual({ a: d('5'), b: d('6'), c: d('3'), d: d('2') });
  });
});

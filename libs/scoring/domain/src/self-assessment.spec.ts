import { AppError } from '@qcdc/shared/contracts';
import { bandOf } from './bands';
import { DEFAULT_RUBRIC } from './rubric';
import { scoreSelfAssessment } from './self-assessment';

const criteria = [
  { criterionId: 'a', code: '1.1', maxPoints: 7 },
  { criterionId: 'b', code: '1.2', maxPoints: 8 },
  { criterionId: 'c', code: '2.1', maxPoints: 85 },
];

describe('bandOf', () => {
  it.each([
    [100, 'TOT'],
    [90, 'TOT'],
    [89.99, 'KHA'],
    [70, 'KHA'],
    [69.5, 'TRUNG_BINH'],
    [50, 'TRUNG_BINH'],
    [49.99, 'YEU'],
    [0, 'YEU'],
  ])('%p points -> %s', (total, band) => expect(bandOf(total)).toBe(band));

  it('follows a province’s own thresholds', () => {
    expect(bandOf(85, { tot: 85, kha: 65, trungBinh: 50 })).toBe('TOT');
  });
});

describe('scoreSelfAssessment', () => {
  it('refuses points on a criterion scored through its sub-criteria', () => {
    const tree = [{ criterionId: 'p', code: '1', maxPoints: 7, hasSubCriteria: true }, { criterionId: 'q', code: '1.a', maxPoints: 7 }];
    expect(scoreSelfAssessment(tree, [{ criterionId: 'q', points: 7 }])).toEqual({ total: 7, band: 'YEU' });
    expect(() => scoreSelfAssessment(tree, [{ criterionId: 'p', points: 7 }])).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ reason: 'SCORED_THROUGH_SUB_CRITERIA' }) }),
    );
  });

  it.each([
    [[], 0, 'YEU'],
    [[{ criterionId: 'a', points: 7 }, { criterionId: 'b', points: 8 }, { criterionId: 'c', points: 82 }], 97, 'TOT'],
    [[{ criterionId: 'a', points: 6.5 }, { criterionId: 'c', points: 70.25 }], 76.75, 'KHA'],
    [[{ criterionId: 'b', points: 0.1 }, { criterionId: 'a', points: 0.2 }], 0.3, 'YEU'],
  ])('%j -> %p (%s)', (entries, total, band) => {
    expect(scoreSelfAssessment(criteria, entries)).toEqual({ total, band });
  });

  it.each([
    ['above the maximum', [{ criterionId: 'a', points: 7.01 }], 'points'],
    ['negative', [{ criterionId: 'b', points: -1 }], 'points'],
    ['not a number', [{ criterionId: 'b', points: Number.NaN }], 'points'],
    ['unknown criterion', [{ criterionId: 'zz', points: 1 }], 'criterionId'],
    ['scored twice', [{ criterionId: 'a', points: 1 }, { criterionId: 'a', points: 2 }], 'criterionId'],
  ])('refuses a score %s', (_name, entries, field) => {
    let error: AppError | undefined;
    try {
      scoreSelfAssessment(criteria, entries);
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.details['field']).toBe(field);
  });
});

describe('DEFAULT_RUBRIC', () => {
  it('adds up to 100 with the weights of DOMAIN.md', () => {
    const byGroup: Record<string, number> = {};
    for (const c of DEFAULT_RUBRIC) byGroup[c.contentGroup] = (byGroup[c.contentGroup] ?? 0) + c.maxPoints;
    expect(byGroup).toEqual({
      LEADERSHIP: 15,
      DISCLOSURE: 20,
      DISCUSS_DECIDE: 10,
      OPINIONS: 15,
      INSPECTION: 15,
      STAFF_CONFERENCE: 15,
      RESULTS: 10,
    });
    expect(new Set(DEFAULT_RUBRIC.map((c) => c.code)).size).toBe(DEFAULT_RUBRIC.length);
  });
});

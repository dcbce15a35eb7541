import { submissionRate, summariseSubmissions } from './province-summary';

describe('summariseSubmissions', () => {
  it.each([
    [
      'nothing submitted yet',
      3,
      [],
      { unitsExpected: 3, unitsSubmitted: 0, unitsOnTime: 0, averageScore: null, bandCounts: { TOT: 0, KHA: 0, TRUNG_BINH: 0, YEU: 0 } },
    ],
    [
      'two on time, one late',
      4,
      [
        { unitId: 'a', late: false, scoreTotal: 97, band: 'TOT' },
        { unitId: 'b', late: true, scoreTotal: 72.5, band: 'KHA' },
        { unitId: 'c', late: false, scoreTotal: 40, band: 'YEU' },
      ],
      { unitsExpected: 4, unitsSubmitted: 3, unitsOnTime: 2, averageScore: 69.83, bandCounts: { TOT: 1, KHA: 1, TRUNG_BINH: 0, YEU: 1 } },
    ],
  ] as const)('%s', (_name, expected, submissions, summary) => {
    expect(summariseSubmissions(expected, submissions)).toEqual(summary);
  });

  it.each([
    [{ unitsExpected: 0, unitsSubmitted: 0 }, null],
    [{ unitsExpected: 12, unitsSubmitted: 11 }, 92],
    [{ unitsExpected: 3, unitsSubmitted: 3 }, 100],
  ])('rate of %j is %p', (s, rate) => expect(submissionRate(s)).toBe(rate));
});

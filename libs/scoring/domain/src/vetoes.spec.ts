import { Band } from '@qcdc/shared/contracts';
import { Measures } from './rubric';
import { DEFAULT_VETO_RULES, bandWithVetoes } from './vetoes';

const held: Measures = { STAFF_CONFERENCES_HELD: 1 };

describe('bandWithVetoes', () => {
  it.each<[string, number, Measures, Band, Band, string[]]>([
    ['no rule trips', 97, held, 'TOT', 'TOT', []],
    ['no staff conference caps a 97 at Average', 97, {}, 'TRUNG_BINH', 'TOT', ['NO_STAFF_CONFERENCE']],
    ['a cap above the band changes nothing', 40, { STAFF_CONFERENCES_HELD: 0 }, 'YEU', 'YEU', ['NO_STAFF_CONFERENCE']],
    ['a serious violation caps at Weak', 95, { ...held, SERIOUS_VIOLATIONS: 1 }, 'YEU', 'TOT', ['SERIOUS_VIOLATION']],
    ['both trip: the worst cap holds', 80, { SERIOUS_VIOLATIONS: 2 }, 'YEU', 'KHA', ['NO_STAFF_CONFERENCE', 'SERIOUS_VIOLATION']],
    ['no violation counted', 72, { ...held, SERIOUS_VIOLATIONS: 0 }, 'KHA', 'KHA', []],
  ])('%s', (_name, total, measures, band, bandOfTotal, vetoes) => {
    const result = bandWithVetoes(total, DEFAULT_VETO_RULES, measures);
    expect({ band: result.band, bandOfTotal: result.bandOfTotal, vetoes: result.vetoes.map((v) => v.code) }).toEqual({ band, bandOfTotal, vetoes });
  });

  it('follows a province’s own thresholds before the vetoes', () => {
    expect(bandWithVetoes(85, [], {}, { tot: 85, kha: 65, trungBinh: 50 }).band).toBe('TOT');
  });
});

import { CriterionDefinition, DEFAULT_RUBRIC } from './rubric';
import { totalsOf } from './totals';

const groups = { LEADERSHIP: 0, DISCLOSURE: 0, DISCUSS_DECIDE: 0, OPINIONS: 0, INSPECTION: 0, STAFF_CONFERENCE: 0, RESULTS: 0 };
const full = Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.code, c.maxPoints]));
const fullByGroup = { LEADERSHIP: 15, DISCLOSURE: 20, DISCUSS_DECIDE: 10, OPINIONS: 15, INSPECTION: 15, STAFF_CONFERENCE: 15, RESULTS: 10 };

/** 1 split into 1.a and 1.b, and 2 on its own. */
const tree: Pick<CriterionDefinition, 'code' | 'contentGroup' | 'parentCode'>[] = [
  { code: '1', contentGroup: 'LEADERSHIP', parentCode: null },
  { code: '1.a', contentGroup: 'LEADERSHIP', parentCode: '1' },
  { code: '1.b', contentGroup: 'LEADERSHIP', parentCode: '1' },
  { code: '2', contentGroup: 'RESULTS', parentCode: null },
];

describe('totalsOf', () => {
  it.each<[string, readonly Pick<CriterionDefinition, 'code' | 'contentGroup' | 'parentCode'>[], Record<string, number>, Partial<typeof groups>, number]>([
    ['nothing scored', DEFAULT_RUBRIC, {}, {}, 0],
    ['full marks', DEFAULT_RUBRIC, full, fullByGroup, 100],
    ['the 2006 unit (7.1 at 2 of 5)', DEFAULT_RUBRIC, { ...full, '7.1': 2 }, { ...fullByGroup, RESULTS: 7 }, 97],
    ['decimals kept to two places', DEFAULT_RUBRIC, { '1.1': 0.1, '1.2': 0.2, '7.2': 3.33 }, { LEADERSHIP: 0.3, RESULTS: 3.33 }, 3.63],
    ['a code not in the rubric left out', DEFAULT_RUBRIC, { '9.9': 50, '2.1': 4 }, { DISCLOSURE: 4 }, 4],
    ['sub-criteria count, their parent does not', tree, { '1': 10, '1.a': 3, '1.b': 4.5, '2': 6 }, { LEADERSHIP: 7.5, RESULTS: 6 }, 13.5],
  ])('%s', (_name, criteria, points, byGroup, total) => {
    expect(totalsOf(criteria, points)).toEqual({ byGroup: { ...groups, ...byGroup }, total });
  });
});

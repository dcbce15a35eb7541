import { UnstorableResponseError, fromStoredResponse, toStoredResponse } from './stored-response';

/** Through JSON text, as the `responses` column keeps it. */
const roundTrip = (value: unknown) => fromStoredResponse(JSON.parse(JSON.stringify(toStoredResponse(value))));

describe('a keyed mutation’s stored answer', () => {
  it.each<[string, unknown]>([
    ['a scalar', 'Quán triệt'],
    ['null', null],
    ['a boolean', false],
    ['a number with a fraction', 93.25],
    ['a negative zero as zero', 0],
    ['an answer with a date, nested objects and lists', {
      id: 'b0c6c8f2-2a44-4c4d-9f7f-3c9b4a0c2f10',
      submittedAt: new Date('2026-06-20T02:00:00.123Z'),
      scores: [{ criterionId: 'c1', points: 10, comment: null }, { criterionId: 'c2', points: 0.5, comment: 'Đủ hồ sơ' }],
      viewer: { memberships: [{ role: 'UNIT_REPORTER', orgUnit: { id: 'u1' } }], province: null },
    }],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { a: 1 })],
  ])('%s comes back equal', (_case, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('gives a date back as a Date of the same instant, not as text', () => {
    const back = roundTrip({ at: new Date('2026-01-05T00:00:00Z') }) as { at: unknown };
    expect(back.at).toBeInstanceOf(Date);
    expect((back.at as Date).toISOString()).toBe('2026-01-05T00:00:00.000Z');
  });

  it('keeps a field left out (undefined) as null, which GraphQL answers alike', () => {
    expect(roundTrip({ a: undefined, list: [undefined] })).toEqual({ a: null, list: [null] });
  });

  it('keeps the order of an object’s keys', () => {
    expect(Object.keys(roundTrip({ z: 1, a: 2, m: 3 }) as object)).toEqual(['z', 'a', 'm']);
  });

  class Row {
    constructor(readonly id: string) {}
  }

  it.each<[string, unknown, RegExp]>([
    ['a class instance', { row: new Row('x') }, /row is an instance of Row/],
    ['a Map', { m: new Map() }, /m is an instance of Map/],
    ['a function', { f: () => 1 }, /f is a function/],
    ['a BigInt', { n: BigInt(1) }, /n is a bigint/],
    ['a number that is not finite', { list: [1, Number.NaN] }, /list\[1\] is NaN/],
    ['an invalid date', new Date('not a date'), /the answer is an invalid date/],
    ['the reserved date tag as a key', { '$qcdc.date': 'x' }, /reserved key/],
  ])('refuses %s, which JSON would change', (_case, value, message) => {
    expect(() => toStoredResponse(value)).toThrow(UnstorableResponseError);
    expect(() => toStoredResponse(value)).toThrow(message);
  });
});

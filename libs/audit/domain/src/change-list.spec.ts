import { changeList } from './change-list';

describe('changeList', () => {
  it.each([
    ['a creation', null, { code: 'DV-1', present: 15 }, [
      { field: 'code', before: null, after: '"DV-1"' },
      { field: 'present', before: null, after: '15' },
    ]],
    ['a status change', { status: 'ACTIVE' }, { status: 'SUSPENDED' }, [{ field: 'status', before: '"ACTIVE"', after: '"SUSPENDED"' }]],
    ['nested fields as dotted paths', { scores: { c1: { points: 5 } } }, { scores: { c1: { points: 0 } } }, [
      { field: 'scores.c1.points', before: '5', after: '0' },
    ]],
    ['a value that became null', { email: 'a@b.vn' }, { email: null }, [{ field: 'email', before: '"a@b.vn"', after: 'null' }]],
    ['nothing', null, null, []],
  ])('%s', (_, before, after, expected) => {
    expect(changeList(before, after)).toEqual(expected);
  });
});

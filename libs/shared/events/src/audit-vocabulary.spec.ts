import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, changedFields } from './audit-vocabulary';

describe('changedFields', () => {
  it.each([
    ['a creation keeps every field after', null, { name: 'Khối', code: 'K1' }, { before: null, after: { name: 'Khối', code: 'K1' } }],
    ['a status change keeps that field only', { status: 'ACTIVE', code: 'vl' }, { status: 'SUSPENDED', code: 'vl' }, { before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' } }],
    ['nothing changed: nothing kept', { a: 1 }, { a: 1 }, { before: {}, after: {} }],
    ['a field that appears', { a: 1 }, { a: 1, b: null }, { before: {}, after: { b: null } }],
    ['a field that disappears', { a: 1, b: 2 }, { a: 1 }, { before: { b: 2 }, after: {} }],
    [
      'nested objects field by field',
      { total: 100, scores: { c1: { points: 5, comment: null }, c2: { points: 3, comment: null } } },
      { total: 95, scores: { c1: { points: 0, comment: null }, c2: { points: 3, comment: null } } },
      { before: { total: 100, scores: { c1: { points: 5 } } }, after: { total: 95, scores: { c1: { points: 0 } } } },
    ],
    ['arrays as a whole', { tags: [1, 2] }, { tags: [1, 3] }, { before: { tags: [1, 2] }, after: { tags: [1, 3] } }],
  ])('%s', (_, before, after, expected) => {
    expect(changedFields(before, after)).toEqual(expected);
  });

  it('carries dates as ISO text and drops undefined fields', () => {
    const at = new Date('2026-12-01T03:00:00Z');
    expect(changedFields(null, { at, gone: undefined })).toEqual({ before: null, after: { at: '2026-12-01T03:00:00.000Z' } });
  });
});

describe('the audit vocabulary', () => {
  it('labels every action in Vietnamese and English, on a known object type', () => {
    for (const [name, action] of Object.entries(AUDIT_ACTIONS)) {
      expect({ name, known: AUDIT_OBJECT_TYPES.includes(action.object), vi: action.vi.length > 0, en: action.en.length > 0 }).toEqual({
        name,
        known: true,
        vi: true,
        en: true,
      });
    }
  });
});

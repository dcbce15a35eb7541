import { describe, expect, it } from '@jest/globals';
import { auditValueOf, isObjectId, shortId } from './audit-values';

describe('a changed value, read for the screen', () => {
  it.each([
    [null, { kind: 'absent' }],
    ['null', { kind: 'empty' }],
    ['"Văn phòng"', { kind: 'text', text: 'Văn phòng' }],
    ['"SUSPENDED"', { kind: 'text', text: 'SUSPENDED' }],
    ['"2026-06-14"', { kind: 'date', date: '2026-06-14' }],
    ['"2026-06-20T02:00:00.000Z"', { kind: 'instant', iso: '2026-06-20T02:00:00.000Z' }],
    ['"2026-06-20T09:00:00+07:00"', { kind: 'instant', iso: '2026-06-20T09:00:00+07:00' }],
    ['"2026-13-45T99:00:00Z"', { kind: 'text', text: '2026-13-45T99:00:00Z' }],
    ['97.5', { kind: 'number', value: 97.5 }],
    ['0', { kind: 'number', value: 0 }],
    ['true', { kind: 'yes-no', value: true }],
    ['false', { kind: 'yes-no', value: false }],
    ['[1,2]', { kind: 'other', text: '[1,2]' }],
    ['{"a":1}', { kind: 'other', text: '{"a":1}' }],
    ['not json', { kind: 'other', text: 'not json' }],
  ])('%j -> %j', (json, value) => {
    expect(auditValueOf(json)).toEqual(value);
  });

  it('tells an id from words, and shortens only ids', () => {
    const id = '3f2a9c1d-1111-4111-8111-111111111111';
    expect(isObjectId(id)).toBe(true);
    expect(isObjectId('VP-DUK')).toBe(false);
    expect(shortId(id)).toBe('3f2a9c1d…');
    expect(shortId('points')).toBe('points');
  });
});

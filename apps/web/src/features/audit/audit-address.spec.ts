import { describe, expect, it } from '@jest/globals';
import {
  AUDIT_PAGE_SIZE,
  LAST_REACHABLE_PAGE,
  NO_FILTER,
  auditSearchOf,
  auditVariablesOf,
  auditViewOf,
  isFiltered,
  pageCountOf,
} from './audit-address';

const USER = '11111111-1111-4111-8111-111111111111';
const OBJECT = '22222222-2222-4222-8222-222222222222';

describe('the audit log in its address', () => {
  it('reads every filter and the page back from what it wrote', () => {
    const view = { filter: { userId: USER, objectType: 'org-unit', objectId: OBJECT, from: '2026-06-01', to: '2026-06-30' }, page: 3 };
    const search = auditSearchOf(view);
    expect(search).toBe(`?nguoi=${USER}&loai=org-unit&doi-tuong=${OBJECT}&tu=2026-06-01&den=2026-06-30&trang=3`);
    expect(auditViewOf(new URLSearchParams(search))).toEqual(view);
  });

  it('leaves out blanks and the first page; the whole log is the bare address', () => {
    expect(auditSearchOf({ filter: NO_FILTER, page: 1 })).toBe('');
    expect(auditSearchOf({ filter: { ...NO_FILTER, from: '2026-06-01', userId: '  ' }, page: 1 })).toBe('?tu=2026-06-01');
    expect(auditViewOf(new URLSearchParams(''))).toEqual({ filter: NO_FILTER, page: 1 });
  });

  it.each([
    ['2', 2],
    ['201', 201],
    ['0', null],
    ['-1', null],
    ['2.5', null],
    ['hai', null],
    ['', null],
    ['1234567', null],
  ])('page %j -> %j', (trang, page) => {
    expect(auditViewOf(new URLSearchParams({ trang })).page).toBe(page);
  });

  it('asks the server for the filters in use and the page as an offset of 50', () => {
    expect(AUDIT_PAGE_SIZE).toBe(50);
    expect(auditVariablesOf({ filter: { ...NO_FILTER, objectType: ' user ' }, page: 3 })).toEqual({
      filter: { objectType: 'user' },
      page: { size: 50, offset: 100 },
    });
    expect(auditVariablesOf({ filter: NO_FILTER, page: 1 })).toEqual({ filter: {}, page: { size: 50, offset: 0 } });
  });

  it('pages as deep as the server does (offset 10,000)', () => {
    expect(LAST_REACHABLE_PAGE).toBe(201);
    expect(auditVariablesOf({ filter: NO_FILTER, page: LAST_REACHABLE_PAGE }).page).toEqual({ size: 50, offset: 10_000 });
  });

  it.each([
    [0, 1],
    [1, 1],
    [50, 1],
    [51, 2],
    [10_050, 201],
  ])('%d entries fill %d pages', (total, pages) => {
    expect(pageCountOf(total)).toBe(pages);
  });

  it('knows a filter from none', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, to: '2026-06-30' })).toBe(true);
  });
});

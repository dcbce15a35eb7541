import { AppError } from '@qcdc/shared/contracts';
import {
  UnitAtDate,
  assertAfterLastChange,
  assertMergeable,
  assertNameFreeAmongSiblings,
  assertNoCycle,
  assertNotRoot,
  assertOpen,
  assertReportingLine,
  assertSplittable,
  findCycle,
  unitNameKey,
} from './org-tree-history';

/** The code and reason of what `f` throws, or 'ok'. */
const outcome = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    const error = e as AppError;
    return `${error.code} ${String(error.details['reason'] ?? '')}`.trim();
  }
};

const unit = (id: string, extra: Partial<UnitAtDate & { kind: string; parentId: string | null }> = {}) => ({
  id,
  code: id.toUpperCase(),
  name: `Đơn vị ${id}`,
  closedOn: null,
  kind: 'UNIT',
  parentId: 'root',
  ...extra,
});

describe('changing the org tree over time', () => {
  // root → blocA → (u1, u2); root → blocB → u3
  const parents = new Map<string, string | null>([
    ['root', null],
    ['blocA', 'root'],
    ['blocB', 'root'],
    ['u1', 'blocA'],
    ['u2', 'blocA'],
    ['u3', 'blocB'],
  ]);

  it.each([
    ['u1', 'blocB', null],
    ['blocA', 'root', null],
    ['blocA', 'blocA', ['blocA']],
    ['blocA', 'u1', ['u1', 'blocA']],
    ['root', 'u3', ['u3', 'blocB', 'root']],
    ['root', 'blocA', ['blocA', 'root']],
    ['u1', 'u2', null],
    // A parent the map does not know: nothing above it, so no cycle through the unit.
    ['u1', 'new', null],
  ])('%s under %s: cycle %j', (id, parent, expected) => {
    expect(findCycle(id, parent, parents)).toEqual(expected);
  });

  it('stops at a loop above that does not pass through the unit (the database refuses those)', () => {
    const looped = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'a'],
    ]);
    expect(findCycle('x', 'a', looped)).toBeNull();
  });

  it('names the unit and the parent when a move makes a cycle', () => {
    expect(outcome(() => assertNoCycle(unit('blocA'), unit('u1'), parents))).toBe('BAD_USER_INPUT CYCLE');
    expect(() => assertNoCycle(unit('blocA'), unit('u1'), parents)).toThrow(/"Đơn vị blocA".*"Đơn vị u1"/);
    expect(outcome(() => assertNoCycle(unit('u1'), unit('blocB'), parents))).toBe('ok');
  });

  it.each([
    ['2026-07-01', null, 'ok'],
    ['2026-07-01', '2026-01-01', 'ok'],
    ['2026-07-01', '2026-07-01', 'BAD_USER_INPUT OVERLAPPING_DATES'],
    ['2026-07-01', '2026-09-01', 'BAD_USER_INPUT OVERLAPPING_DATES'],
  ])('a change on %s after the last from %s: %s', (on, last, expected) => {
    expect(outcome(() => assertAfterLastChange(unit('u1'), on, last, { vi: 'tên', en: 'name' }))).toBe(expected);
  });

  it('refuses changes to a closed unit and to the root', () => {
    expect(outcome(() => assertOpen(unit('u1', { closedOn: '2026-01-01' })))).toBe('BAD_USER_INPUT UNIT_CLOSED');
    expect(outcome(() => assertOpen(unit('u1')))).toBe('ok');
    expect(outcome(() => assertNotRoot(unit('root', { parentId: null })))).toBe('BAD_USER_INPUT ROOT');
  });

  it.each([
    ['Sở Tài chính', 'sở tài chính'],
    ['  Sở  Tài   chính ', 'sở tài chính'],
    // The same letters composed differently (NFD from some keyboards) are the same name.
    ['So\u031b\u0309 Ta\u0300i chi\u0301nh', 'sở tài chính'],
  ])('reads %j as %j', (name, key) => {
    expect(unitNameKey(name)).toBe(key);
  });

  it('refuses a name a sibling already has, naming the sibling', () => {
    const siblings = [unit('stc', { name: 'Sở Tài chính' }), unit('stp', { name: 'Sở Tư pháp' })];
    expect(outcome(() => assertNameFreeAmongSiblings(' sở tài chính', 'Khối A', siblings))).toBe('CONFLICT DUPLICATE_NAME');
    expect(() => assertNameFreeAmongSiblings('SỞ TÀI CHÍNH', 'Khối A', siblings)).toThrow(/"Khối A" đã có đơn vị tên "Sở Tài chính" \(mã STC\)/);
    expect(outcome(() => assertNameFreeAmongSiblings('Sở Xây dựng', 'Khối A', siblings))).toBe('ok');
  });

  it.each([
    ['into an open unit of the same level', [unit('a')], unit('t'), 'ok'],
    ['into a unit closed before', [unit('a')], unit('t', { closedOn: '2026-01-01' }), 'BAD_USER_INPUT TARGET_CLOSED'],
    ['into a unit closed that very day', [unit('a')], unit('t', { closedOn: '2026-07-01' }), 'BAD_USER_INPUT TARGET_CLOSED'],
    ['into a unit closing later', [unit('a')], unit('t', { closedOn: '2026-12-01' }), 'ok'],
    ['into itself', [unit('t')], unit('t'), 'BAD_USER_INPUT MERGE_INTO_ITSELF'],
    ['a closed source', [unit('a', { closedOn: '2026-01-01' })], unit('t'), 'BAD_USER_INPUT UNIT_CLOSED'],
    ['a unit into a bloc', [unit('a')], unit('t', { kind: 'BLOC' }), 'BAD_USER_INPUT KIND_MISMATCH'],
    ['nothing', [], unit('t'), 'BAD_USER_INPUT'],
  ])('a merge %s: %s', (_, sources, target, expected) => {
    expect(outcome(() => assertMergeable(sources, target, '2026-07-01'))).toBe(expected);
  });
});

describe('splitting a unit and setting who reviews it', () => {
  const part = (code: string, name = `Đơn vị ${code}`) => ({ code, name });

  it.each([
    ['two parts of an open unit', unit('u1'), [part('A'), part('B')], 'ok'],
    ['three parts', unit('u1'), [part('A'), part('B'), part('C')], 'ok'],
    ['one part', unit('u1'), [part('A')], 'BAD_USER_INPUT TOO_FEW_PARTS'],
    ['no part', unit('u1'), [], 'BAD_USER_INPUT TOO_FEW_PARTS'],
    ['two parts with one code', unit('u1'), [part('A', 'Một'), part('A', 'Hai')], 'CONFLICT DUPLICATE_CODE'],
    ['a closed unit', unit('u1', { closedOn: '2026-01-01' }), [part('A'), part('B')], 'BAD_USER_INPUT UNIT_CLOSED'],
    ['a bloc', unit('b1', { kind: 'BLOC' }), [part('A'), part('B')], 'BAD_USER_INPUT NOT_A_UNIT'],
    ['the root', unit('root', { kind: 'PROVINCE_COMMITTEE', parentId: null }), [part('A'), part('B')], 'BAD_USER_INPUT ROOT'],
  ])('split of %s: %s', (_name, u, parts, expected) => {
    expect(outcome(() => assertSplittable(u, parts))).toBe(expected);
  });

  it.each([
    ['a unit reviewed by an open bloc', unit('u1'), unit('b2', { kind: 'BLOC' }), 'ok'],
    ['a bloc closing after the day', unit('u1'), unit('b2', { kind: 'BLOC', closedOn: '2026-07-01' }), 'ok'],
    ['a bloc closed on the day', unit('u1'), unit('b2', { kind: 'BLOC', closedOn: '2026-06-20' }), 'BAD_USER_INPUT TARGET_CLOSED'],
    ['a reviewer that is a unit', unit('u1'), unit('u2'), 'BAD_USER_INPUT NOT_A_BLOC'],
    ['a bloc reviewed by a bloc', unit('b1', { kind: 'BLOC' }), unit('b2', { kind: 'BLOC' }), 'BAD_USER_INPUT NOT_A_UNIT'],
    ['a closed unit', unit('u1', { closedOn: '2026-01-01' }), unit('b2', { kind: 'BLOC' }), 'BAD_USER_INPUT UNIT_CLOSED'],
  ])('reporting line of %s: %s', (_name, u, reviewer, expected) => {
    expect(outcome(() => assertReportingLine(u, reviewer, '2026-06-20'))).toBe(expected);
  });
});

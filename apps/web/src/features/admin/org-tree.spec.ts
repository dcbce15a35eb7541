import { describe, expect, it } from '@jest/globals';
import { treeRows, unitGroups, type OrgUnit } from './org-tree';

const unit = (id: string, code: string, kind: OrgUnit['kind'], parentId: string | null): OrgUnit => ({
  id,
  code,
  name: `Tên ${code}`,
  kind,
  unitType: kind === 'UNIT' ? 'AGENCY' : 'COMMITTEE',
  parentId,
  openedOn: null,
  closedOn: null,
  mergedIntoId: null,
  splitFromId: null,
  expectedFrom: null,
  reviewedById: null,
});

describe('treeRows', () => {
  it('puts each parent before its children, blocs before direct units, then by code', () => {
    // As the server lists them: by depth, then code.
    const units = [
      unit('root', 'BCD', 'PROVINCE_COMMITTEE', null),
      unit('b2', 'KHOI-XA', 'BLOC', 'root'),
      unit('u0', 'A-DIRECT', 'UNIT', 'root'),
      unit('b1', 'DUK', 'BLOC', 'root'),
      unit('u10', 'XA-10', 'UNIT', 'b2'),
      unit('u2', 'XA-2', 'UNIT', 'b2'),
      unit('u1', 'VP-DUK', 'UNIT', 'b1'),
    ];
    expect(treeRows(units).map((r) => `${'  '.repeat(r.depth)}${r.unit.code}`)).toEqual([
      'BCD',
      '  DUK',
      '    VP-DUK',
      '  KHOI-XA',
      '    XA-2',
      '    XA-10',
      '  A-DIRECT',
    ]);
  });

  it('shows a unit whose parent is out of sight as a root (a bloc reviewer sees only their bloc)', () => {
    const rows = treeRows([unit('b1', 'DUK', 'BLOC', 'root'), unit('u1', 'VP-DUK', 'UNIT', 'b1')]);
    expect(rows.map((r) => [r.unit.code, r.depth])).toEqual([
      ['DUK', 0],
      ['VP-DUK', 1],
    ]);
  });

  it('is empty for no units', () => {
    expect(treeRows([])).toEqual([]);
  });
});

describe('unitGroups', () => {
  it('groups the units under the committee and under each bloc, heads first', () => {
    const groups = unitGroups([
      unit('root', 'BCD', 'PROVINCE_COMMITTEE', null),
      unit('b1', 'DUK', 'BLOC', 'root'),
      unit('u0', 'A-DIRECT', 'UNIT', 'root'),
      unit('u1', 'VP-DUK', 'UNIT', 'b1'),
      unit('b2', 'KHOI-XA', 'BLOC', 'root'),
    ]);
    expect(groups.map((g) => [g.head.code, g.members.map((m) => m.code)])).toEqual([
      ['BCD', ['BCD', 'A-DIRECT']],
      ['DUK', ['DUK', 'VP-DUK']],
      ['KHOI-XA', ['KHOI-XA']],
    ]);
  });
});

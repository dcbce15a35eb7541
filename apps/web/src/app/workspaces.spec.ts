import { describe, expect, it } from '@jest/globals';
import type { Membership, OrgUnit, Viewer } from '../shared/api/api-types';
import { workspaceAt, workspacesOf } from './workspaces';

const root: OrgUnit = {
  id: 'r',
  code: 'BCD',
  name: 'Ban Chỉ đạo',
  kind: 'PROVINCE_COMMITTEE',
  unitType: 'COMMITTEE',
  parentId: null,
};
const unit: OrgUnit = { id: 'u', code: 'VP', name: 'Văn phòng', kind: 'UNIT', unitType: 'AGENCY', parentId: 'r' };
const viewer = (memberships: Membership[]): Viewer => ({
  userId: 'x',
  username: 'x',
  displayName: 'X',
  province: null,
  memberships,
});

describe('workspacesOf', () => {
  it('gives the platform administrator the provinces screen', () => {
    expect(workspacesOf(viewer([{ role: 'PLATFORM_ADMIN', orgUnit: null }])).map((w) => w.route)).toEqual(['provinces']);
  });

  it('gives a province administrator the admin screen first, then the overview', () => {
    expect(workspacesOf(viewer([{ role: 'PROVINCE_ADMIN', orgUnit: root }])).map((w) => w.route)).toEqual([
      'admin/r',
      'overview/r',
    ]);
  });

  it('lists each screen once, in membership order', () => {
    const ws = workspacesOf(
      viewer([
        { role: 'UNIT_REPORTER', orgUnit: unit },
        { role: 'UNIT_HEAD', orgUnit: unit },
        { role: 'PROVINCE_COMMITTEE', orgUnit: root },
        { role: 'PROVINCE_ADMIN', orgUnit: root },
      ]),
    );
    expect(ws.map((w) => `${w.route} ${w.role}`)).toEqual([
      'unit/u UNIT_REPORTER',
      'overview/r PROVINCE_COMMITTEE',
      'admin/r PROVINCE_ADMIN',
    ]);
  });

  it('skips a province membership without a unit', () => {
    expect(workspacesOf(viewer([{ role: 'UNIT_REPORTER', orgUnit: null }]))).toEqual([]);
  });
});

describe('workspaceAt', () => {
  const ws = workspacesOf(viewer([{ role: 'PROVINCE_ADMIN', orgUnit: root }]));
  it.each([
    ['admin/r', 'admin/r'],
    ['admin/r/users', 'admin/r'],
    ['overview/r', 'overview/r'],
    ['', 'admin/r'],
    ['unit/other', 'admin/r'],
    ['overview/rx', 'admin/r'], // not a page of overview/r
  ])('%j opens %s', (hash, route) => {
    expect(workspaceAt(ws, hash)?.route).toBe(route);
  });
  it('is undefined without workspaces', () => {
    expect(workspaceAt([], 'admin/r')).toBeUndefined();
  });
});

import { describe, expect, it } from '@jest/globals';
import { landingOf, workspaceAt, workspaceFor, workspacesOf, type OrgUnit, type Viewer } from './workspaces';

const root: OrgUnit = {
  id: 'r',
  code: 'BCD',
  name: 'Ban Chỉ đạo',
  kind: 'PROVINCE_COMMITTEE',
  unitType: 'COMMITTEE',
  parentId: null,
};
const bloc: OrgUnit = { id: 'b', code: 'DUK', name: 'Đảng ủy Khối', kind: 'BLOC', unitType: 'COMMITTEE', parentId: 'r' };
const unit: OrgUnit = { id: 'u', code: 'VP', name: 'Văn phòng', kind: 'UNIT', unitType: 'AGENCY', parentId: 'b' };
const viewer = (memberships: Viewer['memberships']): Viewer => ({
  userId: 'x',
  username: 'x',
  displayName: 'X',
  province: null,
  memberships,
});

describe('workspacesOf: each role lands on its own home', () => {
  it.each([
    ['PLATFORM_ADMIN', null, ['/tinh-thanh']],
    ['PROVINCE_ADMIN', root, ['/quan-tri/r', '/tong-quan/r']],
    ['PROVINCE_COMMITTEE', root, ['/tong-quan/r']],
    ['BLOC_REVIEWER', bloc, ['/tong-quan/b']],
    ['UNIT_REPORTER', unit, ['/don-vi/u']],
    ['UNIT_HEAD', unit, ['/don-vi/u']],
  ] as const)('%s', (role, orgUnit, homes) => {
    expect(workspacesOf(viewer([{ role, orgUnit }])).map((w) => w.path)).toEqual(homes);
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
    expect(ws.map((w) => `${w.path} ${w.role}`)).toEqual([
      '/don-vi/u UNIT_REPORTER',
      '/tong-quan/r PROVINCE_COMMITTEE',
      '/quan-tri/r PROVINCE_ADMIN',
    ]);
  });

  it('skips a province membership without a unit', () => {
    expect(workspacesOf(viewer([{ role: 'UNIT_REPORTER', orgUnit: null }]))).toEqual([]);
  });
});

describe('workspaceAt', () => {
  const ws = workspacesOf(viewer([{ role: 'PROVINCE_ADMIN', orgUnit: root }]));
  it.each([
    ['/quan-tri/r', '/quan-tri/r'],
    ['/quan-tri/r/nguoi-dung', '/quan-tri/r'],
    ['/tong-quan/r/2026/6-thang', '/tong-quan/r'],
    ['/', undefined],
    ['/don-vi/other', undefined],
    ['/tong-quan/rx', undefined], // not a page of /tong-quan/r
  ])('%j is in %s', (pathname, home) => {
    expect(workspaceAt(ws, pathname)?.path).toBe(home);
  });

  it('finds the workspace of a screen over a unit', () => {
    expect(workspaceFor(ws, 'overview', 'r')?.role).toBe('PROVINCE_ADMIN');
    expect(workspaceFor(ws, 'unit', 'r')).toBeUndefined();
  });
});

describe('landingOf', () => {
  const ws = workspacesOf(viewer([{ role: 'PROVINCE_ADMIN', orgUnit: root }]));
  it.each([
    [null, '/quan-tri/r'],
    ['/tong-quan/r/2026/6-thang', '/tong-quan/r/2026/6-thang'],
    ['/quan-tri/r/nguoi-dung?x=1', '/quan-tri/r/nguoi-dung?x=1'],
    ['/don-vi/u/2026/nam', '/quan-tri/r'], // someone else's page: home instead
    ['/tinh-thanh', '/quan-tri/r'],
  ])('coming from %j lands on %s', (next, landing) => {
    expect(landingOf(ws, next)).toBe(landing);
  });
  it('is "/" without a workspace', () => {
    expect(landingOf([], '/don-vi/u')).toBe('/');
  });
});

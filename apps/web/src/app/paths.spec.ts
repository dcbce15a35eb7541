import { describe, expect, it } from '@jest/globals';
import { adminTabOf, paths, periodKindOf, platformTabOf, safeNext, yearOf, unitPartOf } from './paths';

describe('paths', () => {
  it('names a unit period by year and kind', () => {
    expect(paths.unit('u1', { year: 2026, kind: 'SIX_MONTH' })).toBe('/don-vi/u1/2026/6-thang');
    expect(paths.unit('u1', { year: 2026, kind: 'YEAR' })).toBe('/don-vi/u1/2026/nam');
    expect(paths.unit('u1')).toBe('/don-vi/u1');
    expect(paths.unit('u1', { year: 2026, kind: 'YEAR' }, 'scoring')).toBe('/don-vi/u1/2026/nam/cham-diem');
    expect([undefined, 'cham-diem', 'khac'].map(unitPartOf)).toEqual(['activities', 'scoring', null]);
    expect(paths.overview('r', { year: 2027, kind: 'YEAR' })).toBe('/tong-quan/r/2027/nam');
  });
  it('names a unit report and the reviewers\' queue under the overview', () => {
    expect(paths.unit('u1', { year: 2026, kind: 'YEAR' }, 'report')).toBe('/don-vi/u1/2026/nam/bao-cao');
    expect(unitPartOf('bao-cao')).toBe('report');
    expect(paths.reviewQueue('b', { year: 2026, kind: 'SIX_MONTH' })).toBe('/tong-quan/b/2026/6-thang/bao-cao');
    expect(paths.reviewReport('b', { year: 2026, kind: 'YEAR' }, 'u1')).toBe('/tong-quan/b/2026/nam/bao-cao/u1');
    expect(paths.provinceReport('p', { year: 2026, kind: 'YEAR' })).toBe('/tong-quan/p/2026/nam/bao-cao-tong-hop');
  });
  it("names the committee's dashboards under the overview, and a unit's own standing under its period", () => {
    const p = { year: 2026, kind: 'YEAR' } as const;
    expect(paths.completeness('r', p)).toBe('/tong-quan/r/2026/nam/tien-do');
    expect(paths.completeness('r', p, 'b1')).toBe('/tong-quan/r/2026/nam/tien-do/b1');
    expect(paths.ranking('r', { year: 2026, kind: 'SIX_MONTH' })).toBe('/tong-quan/r/2026/6-thang/xep-hang');
    expect(paths.standing('r', p, 'u1')).toBe('/tong-quan/r/2026/nam/xep-hang/u1');
    expect(paths.ownStanding('u1', p)).toBe('/don-vi/u1/2026/nam/thu-hang');
  });
  it('names the set-up steps, the calendar with its year', () => {
    expect(paths.admin('r')).toBe('/quan-tri/r');
    expect(paths.admin('r', 'users')).toBe('/quan-tri/r/nguoi-dung');
    expect(paths.admin('r', 'unitTypes')).toBe('/quan-tri/r/loai-hinh');
    expect(paths.admin('r', 'calendar', 2026)).toBe('/quan-tri/r/ky-bao-cao/2026');
    expect(paths.provinces()).toBe('/tinh-thanh');
  });
  it('names the audit logs: a tab of the province administrator, and the platform log beside the provinces', () => {
    expect(paths.admin('r', 'audit')).toBe('/quan-tri/r/nhat-ky');
    expect(paths.admin('r', 'audit', 2026)).toBe('/quan-tri/r/nhat-ky');
    expect(paths.provinces('audit')).toBe('/tinh-thanh/nhat-ky');
    expect(paths.provinces('provinces')).toBe('/tinh-thanh');
  });
  it('keeps where to go after signing in', () => {
    expect(paths.login('/don-vi/u1/2026/nam')).toBe('/dang-nhap?tiep=%2Fdon-vi%2Fu1%2F2026%2Fnam');
    expect(paths.login('/')).toBe('/dang-nhap');
    expect(paths.login()).toBe('/dang-nhap');
  });
  it('reads the segments back, and nothing else', () => {
    expect(periodKindOf('6-thang')).toBe('SIX_MONTH');
    expect(periodKindOf('nam')).toBe('YEAR');
    expect(periodKindOf('YEAR')).toBeNull();
    expect(adminTabOf('ky-bao-cao')).toBe('calendar');
    expect(adminTabOf('calendar')).toBeNull();
    expect(adminTabOf('nhat-ky')).toBe('audit');
    expect(adminTabOf('loai-hinh')).toBe('unitTypes');
    expect(platformTabOf(undefined)).toBe('provinces');
    expect(platformTabOf('nhat-ky')).toBe('audit');
    expect(platformTabOf('provinces')).toBeNull();
    expect(platformTabOf('')).toBeNull();
  });
  it.each([
    ['2026', 2026],
    ['2000', 2000],
    ['2100', 2100],
    ['1999', null],
    ['2101', null],
    ['26', null],
    ['2026x', null],
    [undefined, null],
  ])('year %j -> %j', (segment, year) => expect(yearOf(segment)).toBe(year));
  it.each([
    ['/tong-quan/r/2026/nam', '/tong-quan/r/2026/nam'],
    ['//evil.example/x', null],
    ['https://evil.example', null],
    [null, null],
  ])('next %j -> %j', (next, safe) => expect(safeNext(next)).toBe(safe));
});

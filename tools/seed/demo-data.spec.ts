import { DEFAULT_RUBRIC, bandOf, scoreSelfAssessment } from '@qcdc/scoring/domain';
import { assertPasswordAcceptable, normaliseUnitCode, normaliseUsername } from '@qcdc/tenancy/domain';
import { assertPeriod } from '@qcdc/reports/domain';
import { assertAttendance } from '@qcdc/activities/domain';
import {
  ALL_UNITS,
  BLOCS,
  PROVINCE_ADMIN,
  REPORT_UNIT,
  SYNTHETIC_UNITS,
  briefingDays,
  demoUsers,
  distributeScore,
  mulberry32,
  periodsToOpen,
  planCurrentYear,
  selfAssessment2006,
} from './demo-data';

const criteria = DEFAULT_RUBRIC.map((c, i) => ({ id: `c${i}`, code: c.code, maxPoints: c.maxPoints }));
const scored = criteria.map((c) => ({ criterionId: c.id, code: c.code, maxPoints: c.maxPoints }));

describe('the 2006 report', () => {
  it('scores 97 on the default rubric, losing 3 points on 7.1 only', () => {
    const entries = selfAssessment2006(criteria);
    expect(scoreSelfAssessment(scored, entries)).toEqual({ total: 97, band: 'TOT' });
    const below = entries.filter((e, i) => e.points < criteria[i].maxPoints);
    expect(below.map((e) => criteria.find((c) => c.id === e.criterionId)?.code)).toEqual(['7.1']);
  });

  it('refuses a rubric without 7.1', () => {
    expect(() => selfAssessment2006(criteria.filter((c) => c.code !== '7.1'))).toThrow(/7\.1/);
  });

});

describe('distributeScore', () => {
  it.each([100, 97, 90, 89.5, 70, 69.5, 50, 32, 0])('hits %p exactly, within every maximum', (target) => {
    const entries = distributeScore(criteria, target, mulberry32(7));
    expect(scoreSelfAssessment(scored, entries)).toEqual({ total: target, band: bandOf(target) });
    entries.forEach((e, i) => expect(e.comment === null).toBe(e.points === criteria[i].maxPoints));
  });

  it('is deterministic for a seed', () => {
    expect(distributeScore(criteria, 75, mulberry32(1))).toEqual(distributeScore(criteria, 75, mulberry32(1)));
  });

  it('refuses a target above the rubric', () => {
    expect(() => distributeScore(criteria, 100.5, mulberry32(1))).toThrow();
  });
});

describe('the current year', () => {
  const plans = planCurrentYear(SYNTHETIC_UNITS, 2026, '2026-11-28');

  it('submits about two thirds, with every band among the submitted, and leaves units not started', () => {
    const submitted = plans.filter((p) => p.progress === 'SUBMITTED');
    expect(submitted.length).toBe(20);
    expect(new Set(submitted.map((p) => p.band))).toEqual(new Set(['TOT', 'KHA', 'TRUNG_BINH', 'YEU']));
    expect(plans.filter((p) => p.progress === 'NOT_STARTED').length).toBeGreaterThan(0);
  });

  it('gives every scored unit a target in its band and one or two valid briefings before today', () => {
    for (const p of plans) {
      if (p.progress === 'NOT_STARTED') {
        expect([p.target, p.briefings]).toEqual([null, []]);
        continue;
      }
      expect(bandOf(p.target as number)).toBe(p.band);
      expect(p.briefings.length).toBeGreaterThanOrEqual(1);
      expect(p.briefings.length).toBeLessThanOrEqual(2);
      for (const b of p.briefings) {
        expect(b.occurredOn >= '2026-01-05' && b.occurredOn <= '2026-11-27').toBe(true);
        expect(() => assertAttendance(b)).not.toThrow();
      }
    }
  });

  it('is the same plan on a second run', () => {
    expect(planCurrentYear(SYNTHETIC_UNITS, 2026, '2026-11-28')).toEqual(plans);
  });

  it.each([
    ['2026-11-28', { first: '2026-01-05', last: '2026-11-27' }],
    ['2026-12-25', { first: '2026-01-05', last: '2026-12-14' }],
    ['2026-01-03', { first: '2025-12-15', last: '2026-01-02' }],
  ])('puts briefings of a run on %s between %j', (today, days) => {
    expect(briefingDays(2026, today)).toEqual(days);
  });
});

describe('the province', () => {
  it('has valid, unique codes and usernames, passwords the API accepts, and ~30 synthetic units', () => {
    const codes = [...BLOCS.map((b) => b.code), ...ALL_UNITS.map((u) => u.code)];
    expect(new Set(codes).size).toBe(codes.length);
    codes.forEach((c) => expect(normaliseUnitCode(c)).toBe(c));
    expect(ALL_UNITS.every((u) => BLOCS.some((b) => b.code === u.bloc))).toBe(true);
    const users = demoUsers();
    const usernames = [PROVINCE_ADMIN.username, ...users.map((u) => u.username)];
    expect(new Set(usernames).size).toBe(usernames.length);
    usernames.forEach((u) => expect(normaliseUsername(u)).toBe(u));
    [PROVINCE_ADMIN.password, ...users.map((u) => u.password)].forEach((p) => expect(() => assertPasswordAcceptable(p)).not.toThrow());
    expect(SYNTHETIC_UNITS.length).toBe(30);
    expect(users.filter((u) => u.unitCode === REPORT_UNIT.code).map((u) => [u.username, u.role])).toEqual([
      ['vanphong.baocao', 'UNIT_REPORTER'],
      ['vanphong.truongban', 'UNIT_HEAD'],
    ]);
  });

  it.each([2026, 2031])('opens periods the API accepts in %p', (year) => {
    const periods = periodsToOpen(year);
    expect(periods.map((p) => `${p.year} ${p.kind}`)).toEqual(['2006 YEAR', `${year} SIX_MONTH`, `${year} YEAR`]);
    periods.forEach((p) => expect(() => assertPeriod(p)).not.toThrow());
  });
});

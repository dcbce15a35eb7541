import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TenantDb } from '@qcdc/shared/db';
import { createPeriod, createProvince, ownerClient, tenantDbFor } from '@qcdc/shared/testing';
import { UnitRankingQuery } from '@qcdc/reports/domain';
import { DashboardReadsRepository, RankingFilter } from './dashboard-reads.repository';

/**
 * The dashboards' SQL as the reports service's role runs it, on roll-up rows written as the worker keeps
 * them: competition ranks among the filtered units, the accent-insensitive search, paging and its total,
 * medians at read time, ranks in the province and the bloc, last year's twin period.
 */
describe('DashboardReadsRepository', () => {
  let owner: Client;
  let db: TenantDb;
  let close: () => Promise<void>;
  const reads = new DashboardReadsRepository();
  let tenantId: string;
  let periodId: string;
  let lastPeriodId: string;
  const blocs = [randomUUID(), randomUUID()];
  /** code, name, bloc, type, score (null: none), last year's score. */
  const UNITS = [
    ['DV-A1', 'Sở Tài chính', 0, 'AGENCY', 95, 70],
    ['DV-A2', 'Xã Đông Hà', 0, 'COMMUNE', 80, 90],
    ['DV-A3', 'Sở Y tế', 0, 'AGENCY', 80, null],
    ['DV-B1', 'Phường Ánh Dương', 1, 'COMMUNE', 60, null],
    ['DV-B2', 'Ban Quản lý dự án', 1, 'AGENCY', 45, null],
    ['DV-B3', 'Xã Tân Lập', 1, 'COMMUNE', null, null],
  ] as const;
  const unitIds = UNITS.map(() => randomUUID());

  beforeAll(async () => {
    owner = await ownerClient();
    ({ db, close } = await tenantDbFor('reports'));
    ({ tenantId } = await createProvince(owner, { units: 0 }));
    lastPeriodId = await createPeriod(owner, tenantId, 2025);
    periodId = await createPeriod(owner, tenantId, 2026);
    for (const [i, id] of blocs.entries()) {
      await owner.query(`INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type) VALUES ($1, $2, $3, $4, 'BLOC', 'COMMITTEE')`, [
        tenantId,
        id,
        `KHOI-${i}`,
        `Khối ${i}`,
      ]);
    }
    for (const [i, [code, name, bloc, type, score, last]] of UNITS.entries()) {
      await owner.query(
        `INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name) VALUES ($1, $2, $3, $4, 'UNIT', $5, $6, $7)`,
        [tenantId, unitIds[i], code, name, type, blocs[bloc], `Khối ${bloc}`],
      );
      const standing = async (pid: string, s: number | null, expected = true) =>
        owner.query(
          `INSERT INTO rollups.unit_standings (tenant_id, period_id, unit_id, expected, bloc_id, unit_type, status, status_at, submitted_at,
                                               late, score_total, band, criteria)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, false, $9, $10, $11)`,
          [
            tenantId,
            pid,
            unitIds[i],
            expected,
            blocs[bloc],
            type,
            s === null ? null : 'SUBMITTED',
            s === null ? null : new Date(Date.UTC(2026, 5, 1 + i)),
            s,
            s === null ? null : s >= 90 ? 'TOT' : s >= 70 ? 'KHA' : s >= 50 ? 'TRUNG_BINH' : 'YEU',
            JSON.stringify(s === null ? {} : { '1.1': s / 10, '1.2': i }),
          ],
        );
      await standing(periodId, score);
      await standing(lastPeriodId, last);
    }
  });

  afterAll(async () => {
    await close();
    await owner.end();
  });

  const filter = (q: Partial<UnitRankingQuery> & { blocIds?: string[] | null } = {}): RankingFilter => ({
    periodId,
    blocId: null,
    unitType: null,
    band: null,
    search: null,
    sort: 'SCORE_DESC',
    offset: 0,
    limit: 50,
    blocIds: null,
    ...q,
  });
  const ranks = (f: RankingFilter) =>
    db.forTenant(tenantId, async (em) => (await reads.ranking(em, periodId, f, lastPeriodId)).map((r) => [r.code, r.rank, r.lastYearScore]));

  it('finds last year’s period of the same kind and today by the app clock', async () => {
    const period = await db.forTenant(tenantId, (em) => reads.period(em, periodId));
    expect(period).toMatchObject({ id: periodId, year: 2026, kind: 'YEAR', dueOn: '2026-12-20', lastYearPeriodId: lastPeriodId });
    expect(period?.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await db.forTenant(tenantId, (em) => reads.period(em, lastPeriodId)))?.lastYearPeriodId).toBeNull();
  });

  it('ranks with ties among the filtered units with a score, the others last and unranked', async () => {
    expect(await ranks(filter())).toEqual([
      ['DV-A1', 1, 70],
      ['DV-A2', 2, 90],
      ['DV-A3', 2, null],
      ['DV-B1', 4, null],
      ['DV-B2', 5, null],
      ['DV-B3', null, null],
    ]);
    expect((await ranks(filter({ unitType: 'AGENCY' }))).map(([c, r]) => [c, r])).toEqual([
      ['DV-A1', 1],
      ['DV-A3', 2],
      ['DV-B2', 3],
    ]);
    expect((await ranks(filter({ blocIds: [blocs[1]] }))).map(([c, r]) => [c, r])).toEqual([
      ['DV-B1', 1],
      ['DV-B2', 2],
      ['DV-B3', null],
    ]);
    expect((await ranks(filter({ offset: 2, limit: 2 }))).map(([c, r]) => [c, r])).toEqual([
      ['DV-A3', 2],
      ['DV-B1', 4],
    ]);
  });

  it('searches code and name without marks or case', async () => {
    for (const search of ['dong ha', 'ĐÔNG HÀ', 'Xã Đông', 'DV-A2']) expect((await ranks(filter({ search }))).map(([c]) => c)).toEqual(['DV-A2']);
    expect((await ranks(filter({ search: 'so ' }))).map(([c]) => c)).toEqual(['DV-A1', 'DV-A3']);
    // LIKE's wildcards are plain characters here.
    expect(await ranks(filter({ search: '%' }))).toEqual([]);
  });

  it('keeps to the blocs it is given: the standings, the ranking’s total, the cells', async () => {
    const codes = await db.forTenant(tenantId, (em) => reads.standings(em, periodId, [blocs[0]]));
    expect(codes.map((r) => r.code)).toEqual(['DV-A1', 'DV-A2', 'DV-A3']);
    expect(await db.forTenant(tenantId, (em) => reads.standings(em, periodId, []))).toEqual([]);
    expect((await db.forTenant(tenantId, (em) => reads.rankingTotals(em, periodId, filter({ blocIds: [blocs[1]] })))).total).toBe(3);
    await owner.query(
      `INSERT INTO rollups.cells (tenant_id, period_id, dimension, value, units, units_expected, units_submitted, units_on_time, units_late,
                                  units_approved, units_returned, score_count, score_sum, score_histogram, band_counts, criterion_sums,
                                  criterion_counts, activity_counts, figure_sums, units_with_kind, refreshed_at)
       SELECT $1, $2, 'BLOC', b, 3, 3, 3, 3, 0, 0, 0, 3, 255, '{0,0,0,0,0,0,0,0,2,1}', '{}', '{}', '{}', '{}', '{}', '{}', now()
         FROM unnest($3::text[]) b`,
      [tenantId, periodId, blocs],
    );
    const cells = await db.forTenant(tenantId, (em) => reads.cells(em, periodId, 'BLOC', [blocs[1]]));
    expect(cells.map((c) => [c.value, c.unitsSubmitted, c.scoreSum, c.scoreHistogram[9], c.bandCounts])).toEqual([
      [blocs[1], 3, 255, 1, { TOT: 0, KHA: 0, TRUNG_BINH: 0, YEU: 0 }],
    ]);
    expect(await db.forTenant(tenantId, (em) => reads.cells(em, periodId, 'BLOC', null))).toHaveLength(2);
  });

  it('counts the filtered units, and their bands without the band filter', async () => {
    const totals = await db.forTenant(tenantId, (em) => reads.rankingTotals(em, periodId, filter({ band: 'KHA' })));
    expect(totals).toEqual({ total: 2, bandCounts: { TOT: 1, KHA: 2, TRUNG_BINH: 1, YEU: 1 } });
  });

  it('takes medians at read time per cell, and ranks a unit in the province and its bloc', async () => {
    const medians = await db.forTenant(tenantId, (em) => reads.medians(em, periodId, 'BLOC'));
    expect(Object.fromEntries(medians)).toEqual({ [blocs[0]]: 80, [blocs[1]]: 52.5 });
    expect(Object.fromEntries(await db.forTenant(tenantId, (em) => reads.medians(em, periodId, 'UNIT_TYPE')))).toEqual({ AGENCY: 80, COMMUNE: 70 });
    expect(Object.fromEntries(await db.forTenant(tenantId, (em) => reads.medians(em, periodId, 'PROVINCE')))).toEqual({ '': 80 });
    // A period nobody has a score in has no median.
    const empty = await createPeriod(owner, tenantId, 2030);
    expect(Object.fromEntries(await db.forTenant(tenantId, (em) => reads.medians(em, empty, 'PROVINCE')))).toEqual({});
    const ranksOf = (blocId: string, scoreTotal: number | null) => db.forTenant(tenantId, (em) => reads.ranks(em, periodId, { blocId, scoreTotal }));
    expect(await ranksOf(blocs[0], 80)).toEqual({ rank: 2, rankedUnits: 5, blocRank: 2, blocRankedUnits: 3 });
    expect(await ranksOf(blocs[1], null)).toEqual({ rank: null, rankedUnits: 5, blocRank: null, blocRankedUnits: 2 });
    const criteria = await db.forTenant(tenantId, (em) => reads.blocCriterionMedians(em, periodId, blocs[0]));
    expect(Object.fromEntries(criteria)).toEqual({ '1.1': 8, '1.2': 1 });
  });

  it('names the blocs and the unit types', async () => {
    const names = await db.forTenant(tenantId, (em) => reads.blocs(em, blocs));
    expect(names.get(blocs[1])).toEqual({ code: 'KHOI-1', name: 'Khối 1' });
    expect((await db.forTenant(tenantId, (em) => reads.unitTypes(em))).get('COMMUNE')?.name).toBe('Xã, phường, đặc khu');
    expect(await db.forTenant(tenantId, (em) => reads.blocExists(em, unitIds[0]))).toBe(false);
    expect(await db.forTenant(tenantId, (em) => reads.blocExists(em, blocs[0]))).toBe(true);
  });
});

import { AppError, Caller, Role } from '@qcdc/shared/contracts';
import { TenantDb } from '@qcdc/shared/db';
import { DashboardRepository } from './dashboard.repository';
import { CellRow, DashboardReadsRepository, StandingRow } from './dashboard-reads.repository';
import { DashboardService } from './dashboard.service';

/**
 * Who may read which dashboard, with the reads stubbed (the figures are the e2e test's): the committee and the
 * admin the whole province, a bloc reviewer its blocs only, a unit's people their unit's standing only, the
 * platform admin nothing; unknown ids are NOT_FOUND naming the field.
 */
const [ROOT, BLOC_A, BLOC_B, UNIT, PERIOD] = [1, 2, 3, 4, 5].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
const caller = (role: Role, orgUnitId: string | null): Caller => ({ userId: 'x', tenantId: 't', memberships: [{ role, orgUnitId }] });
const COMMITTEE = caller('PROVINCE_COMMITTEE', ROOT);
const ADMIN = caller('PROVINCE_ADMIN', ROOT);
const REVIEWER = caller('BLOC_REVIEWER', BLOC_A);
const REPORTER = caller('UNIT_REPORTER', UNIT);
const HEAD = caller('UNIT_HEAD', UNIT);
const PLATFORM = caller('PLATFORM_ADMIN', null);

const cell = (value: string): CellRow => ({ value } as CellRow);
const STANDING = { unitId: UNIT, blocId: BLOC_A, scoreTotal: 80, criteria: {} } as StandingRow;

function setUp() {
  /** What tenancy.org_unit_ancestors says of the unit: covered by the caller's subtree, or not there (null). */
  const scope = { covered: true as boolean | null };
  const em = { queryRunner: { query: async () => ({ records: scope.covered === null ? [{ covered: null }] : [{ covered: scope.covered }] }) } };
  const db = { transaction: (work: (e: unknown) => Promise<unknown>) => work(em) } as unknown as TenantDb;
  const reads = {
    period: jest.fn(async (_em: unknown, id: string) =>
      id === PERIOD ? { id, year: 2026, kind: 'YEAR', dueOn: '2026-12-20', today: '2026-06-20', lastYearPeriodId: null } : null,
    ),
    criteria: jest.fn(async () => []),
    cells: jest.fn(async (_em: unknown, _p: string, dimension: string, values: string[] | null) =>
      dimension === 'PROVINCE' ? [cell('')] : (values ?? [BLOC_A, BLOC_B]).map(cell),
    ),
    medians: jest.fn(async () => new Map()),
    blocs: jest.fn(async () => new Map()),
    unitTypes: jest.fn(async () => new Map()),
    blocExists: jest.fn(async (_em: unknown, id: string) => id === BLOC_A || id === BLOC_B),
    standings: jest.fn(async () => []),
    lastReminders: jest.fn(async () => new Map()),
    standing: jest.fn(async () => STANDING),
    ranking: jest.fn(async () => []),
    rankingTotals: jest.fn(async () => ({ total: 0, bandCounts: {} })),
    ranks: jest.fn(async () => ({ rank: 1, rankedUnits: 1, blocRank: 1, blocRankedUnits: 1 })),
    blocCriterionMedians: jest.fn(async () => new Map()),
  };
  const service = new DashboardService(db, {} as DashboardRepository, reads as unknown as DashboardReadsRepository);
  return { service, reads, scope };
}

const refusal = async (work: () => Promise<unknown>) => {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) return `${error.code}${error.details['field'] ? ` ${String(error.details['field'])}` : ''}`;
    throw error;
  }
  return 'ok';
};
const query = { periodId: PERIOD, blocId: null, unitType: null, band: null, search: null, sort: 'SCORE_DESC' as const, offset: 0, limit: 50 };

describe('DashboardService: who reads what', () => {
  it('gives the committee and the admin every cell; a bloc reviewer its blocs’ cells only; the others nothing', async () => {
    const { service, reads } = setUp();
    for (const c of [COMMITTEE, ADMIN]) {
      for (const d of ['PROVINCE', 'BLOC', 'UNIT_TYPE'] as const) expect(await refusal(() => service.rollupCells(c, PERIOD, d))).toBe('ok');
    }
    expect((await service.rollupCells(COMMITTEE, PERIOD, 'BLOC')).map((c) => c.cell.value)).toEqual([BLOC_A, BLOC_B]);
    expect((await service.rollupCells(REVIEWER, PERIOD, 'BLOC')).map((c) => c.cell.value)).toEqual([BLOC_A]);
    expect(reads.cells).toHaveBeenLastCalledWith(expect.anything(), PERIOD, 'BLOC', [BLOC_A]);
    for (const d of ['PROVINCE', 'UNIT_TYPE'] as const) expect(await refusal(() => service.rollupCells(REVIEWER, PERIOD, d))).toBe('FORBIDDEN');
    for (const c of [REPORTER, HEAD, PLATFORM]) expect(await refusal(() => service.rollupCells(c, PERIOD, 'BLOC'))).toBe('FORBIDDEN');
    expect(await refusal(() => service.rollupCells(COMMITTEE, UNIT, 'PROVINCE'))).toBe('NOT_FOUND periodId');
  });

  it('lists a bloc reviewer’s units only, and refuses another bloc; an unknown bloc is not found', async () => {
    const { service, reads } = setUp();
    await service.completeness(REVIEWER, PERIOD, null);
    expect(reads.standings).toHaveBeenLastCalledWith(expect.anything(), PERIOD, [BLOC_A]);
    await service.completeness(REVIEWER, PERIOD, BLOC_A);
    expect(reads.standings).toHaveBeenLastCalledWith(expect.anything(), PERIOD, [BLOC_A]);
    expect(await refusal(() => service.completeness(REVIEWER, PERIOD, BLOC_B))).toBe('FORBIDDEN');
    expect(await refusal(() => service.completeness(REVIEWER, PERIOD, UNIT))).toBe('NOT_FOUND blocId');
    await service.completeness(COMMITTEE, PERIOD, null);
    expect(reads.standings).toHaveBeenLastCalledWith(expect.anything(), PERIOD, null);
    await service.completeness(ADMIN, PERIOD, BLOC_B);
    expect(reads.standings).toHaveBeenLastCalledWith(expect.anything(), PERIOD, [BLOC_B]);
    expect(await refusal(() => service.completeness(COMMITTEE, PERIOD, UNIT))).toBe('NOT_FOUND blocId');
    for (const c of [REPORTER, HEAD, PLATFORM]) expect(await refusal(() => service.completeness(c, PERIOD, null))).toBe('FORBIDDEN');
  });

  it('ranks a bloc reviewer’s units only, and refuses another bloc', async () => {
    const { service, reads } = setUp();
    await service.unitRanking(REVIEWER, query);
    expect(reads.ranking).toHaveBeenLastCalledWith(expect.anything(), PERIOD, expect.objectContaining({ blocIds: [BLOC_A] }), null);
    expect(reads.rankingTotals).toHaveBeenLastCalledWith(expect.anything(), PERIOD, expect.objectContaining({ blocIds: [BLOC_A] }));
    expect(await refusal(() => service.unitRanking(REVIEWER, { ...query, blocId: BLOC_B }))).toBe('FORBIDDEN');
    await service.unitRanking(COMMITTEE, query);
    expect(reads.ranking).toHaveBeenLastCalledWith(expect.anything(), PERIOD, expect.objectContaining({ blocIds: null }), null);
    for (const c of [REPORTER, HEAD, PLATFORM]) expect(await refusal(() => service.unitRanking(c, query))).toBe('FORBIDDEN');
  });

  it('compares years for a bloc reviewer’s blocs only', async () => {
    const { service } = setUp();
    expect((await service.yearOverYear(REVIEWER, PERIOD, 'BLOC')).map((r) => r.current.cell.value)).toEqual([BLOC_A]);
    expect((await service.yearOverYear(COMMITTEE, PERIOD, 'BLOC')).map((r) => r.current.cell.value)).toEqual([BLOC_A, BLOC_B]);
    for (const d of ['PROVINCE', 'UNIT_TYPE'] as const) expect(await refusal(() => service.yearOverYear(REVIEWER, PERIOD, d))).toBe('FORBIDDEN');
    for (const c of [REPORTER, HEAD, PLATFORM]) expect(await refusal(() => service.yearOverYear(c, PERIOD, 'BLOC'))).toBe('FORBIDDEN');
  });

  it('shows a unit’s standing to whom its subtree covers; a unit out of reach is FORBIDDEN, an unknown one NOT_FOUND', async () => {
    const { service, scope } = setUp();
    for (const c of [COMMITTEE, ADMIN, REVIEWER, REPORTER, HEAD]) expect(await refusal(() => service.unitStanding(c, PERIOD, UNIT))).toBe('ok');
    scope.covered = false;
    for (const c of [REVIEWER, REPORTER, HEAD]) expect(await refusal(() => service.unitStanding(c, PERIOD, UNIT))).toBe('FORBIDDEN');
    scope.covered = null;
    expect(await refusal(() => service.unitStanding(COMMITTEE, PERIOD, UNIT))).toBe('NOT_FOUND');
    scope.covered = true;
    expect(await refusal(() => service.unitStanding(PLATFORM, PERIOD, UNIT))).toBe('FORBIDDEN');
    expect(await refusal(() => service.unitStanding(COMMITTEE, UNIT, UNIT))).toBe('NOT_FOUND periodId');
  });
});

import { Injectable } from '@nestjs/common';
import { Caller, Role, forbidden, notFound } from '@qcdc/shared/contracts';
import { EntityManager } from 'typeorm';
import { TenantDb, assertRole, assertUnitInScope, hasRole } from '@qcdc/shared/db';
import { PROVINCE_LABEL, RollupDimension, UnitRankingQuery } from '@qcdc/reports/domain';
import { ComparisonRow, DashboardRepository, RollupRow } from './dashboard.repository';
import {
  CellRow,
  DashboardPeriod,
  DashboardReadsRepository,
  LastReminder,
  RankedRow,
  RubricCriterion,
  StandingRow,
} from './dashboard-reads.repository';

/** The province's figures for a period; before the first submission, every unit expected and nothing else. */
export interface PeriodRollup extends RollupRow {
  periodId: string;
}

/** A cell with what it is shown with: its label, its median, the rubric's criteria, its place in the list. */
export interface LabelledCell {
  cell: CellRow;
  label: string;
  medianScore: number | null;
  criteria: RubricCriterion[];
}

export interface CompletenessRow extends StandingRow {
  dueOn: string;
  today: string;
  lastReminder: LastReminder | null;
}

export interface RankingPage {
  total: number;
  rows: RankedRow[];
  bandCounts: Record<string, number>;
  criteria: RubricCriterion[];
}

export interface YearOverYear {
  current: LabelledCell;
  lastYear: CellRow | null;
}

export interface Standing {
  periodId: string;
  unit: StandingRow;
  ranks: { rank: number | null; rankedUnits: number; blocRank: number | null; blocRankedUnits: number };
  lastYear: StandingRow | null;
  criteria: RubricCriterion[];
  blocMedians: Map<string, number>;
}

const PROVINCE_WIDE: Role[] = ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];
const STANDING_READERS: Role[] = ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN', 'BLOC_REVIEWER', 'UNIT_REPORTER', 'UNIT_HEAD'];

/** What a caller may see of the dashboards: the whole province, or the units of its blocs. */
interface Reach {
  provinceWide: boolean;
  blocIds: string[];
}

/** What the provincial committee (and, for their bloc, the bloc reviewers) read every morning. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: TenantDb,
    private readonly dashboards: DashboardRepository,
    private readonly reads: DashboardReadsRepository,
  ) {}

  rollup(caller: Caller, periodId: string): Promise<PeriodRollup> {
    assertRole(caller, PROVINCE_WIDE);
    return this.db.transaction(async (em) => {
      await this.assertPeriod(em, periodId);
      const row = await this.dashboards.rollup(em, periodId);
      return {
        periodId,
        unitsExpected: row?.unitsExpected ?? (await this.dashboards.unitsExpected(em, periodId)),
        unitsSubmitted: row?.unitsSubmitted ?? 0,
        unitsOnTime: row?.unitsOnTime ?? 0,
        averageScore: row?.averageScore ?? null,
        bandCounts: row?.bandCounts ?? {},
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }

  comparison(caller: Caller, periodId: string): Promise<ComparisonRow[]> {
    const reach = this.reach(caller);
    return this.db.transaction(async (em) => {
      await this.assertPeriod(em, periodId);
      return this.dashboards.comparison(em, periodId, reach.provinceWide ? null : reach.blocIds);
    });
  }

  /** The period's cells of a dimension; a bloc reviewer reads only the cells of its blocs. */
  rollupCells(caller: Caller, periodId: string, dimension: RollupDimension): Promise<LabelledCell[]> {
    const reach = this.reach(caller);
    if (!reach.provinceWide && dimension !== 'BLOC') throw forbidden();
    return this.db.transaction(async (em) => {
      const period = await this.periodOf(em, periodId);
      return this.labelledCells(em, period, dimension, reach.provinceWide ? null : reach.blocIds);
    });
  }

  /** The period's units and where their reports are, with the days overdue of those not submitted. */
  completeness(caller: Caller, periodId: string, blocId: string | null): Promise<CompletenessRow[]> {
    const reach = this.reach(caller);
    return this.db.transaction(async (em) => {
      const period = await this.periodOf(em, periodId);
      const blocIds = await this.blocsOf(em, reach, blocId);
      const rows = await this.reads.standings(em, periodId, blocIds);
      const reminded = await this.reads.lastReminders(em, periodId, rows.map((r) => r.unitId));
      return rows.map((r) => ({ ...r, dueOn: period.dueOn, today: period.today, lastReminder: reminded.get(r.unitId) ?? null }));
    });
  }

  unitRanking(caller: Caller, input: UnitRankingQuery): Promise<RankingPage> {
    const reach = this.reach(caller);
    return this.db.transaction(async (em) => {
      const period = await this.periodOf(em, input.periodId);
      const filter = { ...input, blocIds: await this.blocsOf(em, reach, input.blocId) };
      const [rows, totals, criteria] = [
        await this.reads.ranking(em, period.id, filter, period.lastYearPeriodId),
        await this.reads.rankingTotals(em, period.id, filter),
        await this.reads.criteria(em, period.year),
      ];
      return { ...totals, rows, criteria };
    });
  }

  yearOverYear(caller: Caller, periodId: string, dimension: RollupDimension): Promise<YearOverYear[]> {
    const reach = this.reach(caller);
    if (!reach.provinceWide && dimension !== 'BLOC') throw forbidden();
    return this.db.transaction(async (em) => {
      const period = await this.periodOf(em, periodId);
      const values = reach.provinceWide ? null : reach.blocIds;
      const current = await this.labelledCells(em, period, dimension, values);
      const lastYear = period.lastYearPeriodId === null ? [] : await this.reads.cells(em, period.lastYearPeriodId, dimension, values);
      return current.map((c) => ({ current: c, lastYear: lastYear.find((l) => l.value === c.cell.value) ?? null }));
    });
  }

  /** A unit's standing: its own people, the reviewer of its bloc, the committee and the admin. */
  unitStanding(caller: Caller, periodId: string, unitId: string): Promise<Standing> {
    return this.db.transaction(async (em) => {
      // FORBIDDEN for a caller without one of the roles, before the unit is looked up.
      await assertUnitInScope(em, caller, unitId, STANDING_READERS);
      const period = await this.periodOf(em, periodId);
      const unit = await this.reads.standing(em, periodId, unitId);
      if (!unit) {
        throw notFound('Đơn vị này không thuộc kỳ báo cáo đã chọn.', 'This unit is not one of the period’s units.', { field: 'unitId' });
      }
      return {
        periodId,
        unit,
        ranks: await this.reads.ranks(em, periodId, unit),
        lastYear: period.lastYearPeriodId === null ? null : await this.reads.standing(em, period.lastYearPeriodId, unitId),
        criteria: await this.reads.criteria(em, period.year),
        blocMedians: await this.reads.blocCriterionMedians(em, periodId, unit.blocId),
      };
    });
  }

  private reach(caller: Caller): Reach {
    const provinceWide = hasRole(caller, PROVINCE_WIDE);
    const blocIds = caller.memberships.filter((m) => m.role === 'BLOC_REVIEWER' && m.orgUnitId).map((m) => m.orgUnitId as string);
    if (!provinceWide && blocIds.length === 0) throw forbidden();
    return { provinceWide, blocIds };
  }

  /** The blocs a read covers: the one asked (which must be in reach), else all the caller may see (null: all). */
  private async blocsOf(em: EntityManager, reach: Reach, blocId: string | null): Promise<string[] | null> {
    if (blocId === null) return reach.provinceWide ? null : reach.blocIds;
    if (reach.provinceWide || reach.blocIds.includes(blocId)) {
      if (!(await this.reads.blocExists(em, blocId))) throw this.noBloc();
      return [blocId];
    }
    if (!(await this.reads.blocExists(em, blocId))) throw this.noBloc();
    throw forbidden();
  }

  private noBloc() {
    return notFound('Không tìm thấy khối này trong tỉnh của bạn.', 'This bloc does not exist in your province.', { field: 'blocId' });
  }

  private async labelledCells(
    em: EntityManager,
    period: DashboardPeriod,
    dimension: RollupDimension,
    values: string[] | null,
  ): Promise<LabelledCell[]> {
    let cells = await this.reads.cells(em, period.id, dimension, values);
    if (dimension === 'PROVINCE' && cells.length === 0) cells = [emptyCell(period.id)];
    const medians = await this.reads.medians(em, period.id, dimension);
    const criteria = await this.reads.criteria(em, period.year);
    const labels = await this.labels(em, dimension, cells.map((c) => c.value));
    return cells
      .map((cell) => ({ cell, label: labels.get(cell.value)?.label ?? cell.value, medianScore: medians.get(cell.value) ?? null, criteria }))
      .sort((a, b) => {
        const [x, y] = [labels.get(a.cell.value)?.order ?? '', labels.get(b.cell.value)?.order ?? ''];
        return x < y ? -1 : x > y ? 1 : a.cell.value.localeCompare(b.cell.value);
      });
  }

  /** Each cell's label and the key the cells are ordered by (the bloc's code, the unit type's position). */
  private async labels(em: EntityManager, dimension: RollupDimension, values: string[]): Promise<Map<string, { label: string; order: string }>> {
    if (dimension === 'PROVINCE') return new Map([['', { label: PROVINCE_LABEL, order: '' }]]);
    if (dimension === 'BLOC') {
      const blocs = await this.reads.blocs(em, values);
      return new Map([...blocs].map(([id, b]) => [id, { label: b.name, order: b.code }]));
    }
    const types = await this.reads.unitTypes(em);
    return new Map([...types].map(([code, t]) => [code, { label: t.name, order: String(t.position).padStart(6, '0') }]));
  }

  private async periodOf(em: EntityManager, periodId: string): Promise<DashboardPeriod> {
    const period = await this.reads.period(em, periodId);
    if (!period) throw this.noPeriod();
    return period;
  }

  private async assertPeriod(em: EntityManager, periodId: string): Promise<void> {
    if (!(await this.dashboards.periodExists(em, periodId))) throw this.noPeriod();
  }

  private noPeriod() {
    return notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
  }
}

/** The province's cell before the roll-ups have one: nothing expected, nothing submitted. */
function emptyCell(periodId: string): CellRow {
  return {
    periodId,
    dimension: 'PROVINCE',
    value: '',
    unitsExpected: 0,
    unitsSubmitted: 0,
    unitsOnTime: 0,
    unitsLate: 0,
    unitsApproved: 0,
    unitsReturned: 0,
    scoreCount: 0,
    scoreSum: 0,
    scoreHistogram: Array.from({ length: 10 }, () => 0),
    bandCounts: {},
    criterionSums: {},
    criterionCounts: {},
    activityCounts: {},
    figureSums: {},
    unitsWithKind: {},
    refreshedAt: null,
  };
}

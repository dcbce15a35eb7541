import { Injectable } from '@nestjs/common';
import { Caller, forbidden, notFound } from '@qcdc/shared/contracts';
import { EntityManager } from 'typeorm';
import { TenantDb, assertRole, hasRole } from '@qcdc/shared/db';
import { ComparisonRow, DashboardRepository, RollupRow } from './dashboard.repository';

/** The province's figures for a period; before the first submission, every unit expected and nothing else. */
export interface PeriodRollup extends RollupRow {
  periodId: string;
}

/** What the provincial committee (and, for their bloc, the bloc reviewers) read every morning. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: TenantDb,
    private readonly dashboards: DashboardRepository,
  ) {}

  rollup(caller: Caller, periodId: string): Promise<PeriodRollup> {
    assertRole(caller, ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN']);
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
    const provinceWide = hasRole(caller, ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN']);
    const blocIds = caller.memberships
      .filter((m) => m.role === 'BLOC_REVIEWER' && m.orgUnitId)
      .map((m) => m.orgUnitId as string);
    if (!provinceWide && blocIds.length === 0) throw forbidden();
    return this.db.transaction(async (em) => {
      await this.assertPeriod(em, periodId);
      return this.dashboards.comparison(em, periodId, provinceWide ? null : blocIds);
    });
  }

  private async assertPeriod(em: EntityManager, periodId: string): Promise<void> {
    if (!(await this.dashboards.periodExists(em, periodId))) {
      throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
    }
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PG_UNIQUE_VIOLATION, currentTenant, execute, firstOf, pgCode, qb } from '@qcdc/shared/db';
import { LegacyReportImport } from '@qcdc/reports/domain';

/** What decides whether a unit's report for a period may take an import: only a draft nobody wrote in. */
export interface ReportSlot {
  id: string;
  status: string;
  empty: boolean;
  version: number;
}

export interface LegacyDraftWrite extends Pick<LegacyReportImport, 'templateCode' | 'prose' | 'header' | 'imported'> {
  unitId: string;
  periodId: string;
  by: string;
  at: Date;
}

/** The import's writes to reports.reports: a new draft, or the fill of an empty one. */
@Injectable()
export class LegacyImportRepository {
  /** The unit's report for the period, locked until the transaction ends; null when there is none. */
  async lockSlot(em: EntityManager, unitId: string, periodId: string): Promise<ReportSlot | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('reports.reports')
        .select(['id', 'status', 'version', 'prose', 'placements', 'header', 'imported', 'snapshot_id as snapshotId'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId)
        .forUpdate(),
    );
    if (!row) return null;
    const blank = (v: unknown) => v === null || (typeof v === 'object' && Object.keys(v as object).length === 0);
    const empty = row.status === 'DRAFT' && blank(row.prose) && blank(row.placements) && row.header === null && row.imported === null && row.snapshotId === null;
    return { id: row.id, status: row.status, empty, version: row.version };
  }

  /** Inserts the draft; null when another request created the unit's report for the period meanwhile. */
  async insert(em: EntityManager, d: LegacyDraftWrite): Promise<string | null> {
    try {
      const row = await firstOf(
        em,
        qb
          .insertInto('reports.reports')
          .values({
            tenant_id: currentTenant(),
            unit_id: d.unitId,
            period_id: d.periodId,
            status: 'DRAFT',
            ...this.content(d),
          })
          .returning('id'),
      );
      return row?.id ?? null;
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  /** Fills an empty draft (locked by lockSlot), a new version of it. */
  async fill(em: EntityManager, slot: ReportSlot, d: LegacyDraftWrite): Promise<void> {
    await execute(em, qb.updateTable('reports.reports').set({ ...this.content(d), version: slot.version + 1 }).where('id', '=', slot.id));
  }

  private content(d: LegacyDraftWrite) {
    return {
      template_code: d.templateCode,
      prose: JSON.stringify(d.prose),
      header: d.header === null ? null : JSON.stringify(d.header),
      imported: JSON.stringify(d.imported),
      updated_at: d.at,
      updated_by: d.by,
    };
  }
}

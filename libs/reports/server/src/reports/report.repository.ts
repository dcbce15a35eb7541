import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Band } from '@qcdc/shared/contracts';
import { currentTenant, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import type { OfficialDocument, ReportAction, ReportHeader, ReportStatus, ReportTemplateCode } from '@qcdc/reports/domain';

/** A unit's report for a period, as the reports service keeps it: the draft and where it is in the workflow. */
export interface ReportRow {
  id: string;
  unitId: string;
  periodId: string;
  status: ReportStatus;
  submittedAt: Date | null;
  late: boolean | null;
  scoreTotal: number | null;
  band: Band | null;
  templateCode: ReportTemplateCode;
  prose: Record<string, string>;
  placements: Record<string, string>;
  /** Null until someone saves one: the service proposes one from the unit. */
  header: ReportHeader | null;
  imported: Record<string, unknown> | null;
  version: number;
  returnReason: string | null;
  reviewedAt: Date | null;
  approvedAt: Date | null;
  returnedAt: Date | null;
  snapshotId: string | null;
}

export interface AssessmentTotal {
  total: number;
  band: Band;
}

/** What a submission froze: everything the document was built from, and the document. */
export interface SnapshotContent {
  [key: string]: unknown;
  document: OfficialDocument;
}

export interface SnapshotRow {
  id: string;
  reportId: string;
  number: number;
  contentHash: string;
  submittedAt: Date;
  late: boolean;
  scoreTotal: number;
  band: Band;
}

export interface HistoryRow {
  action: ReportAction;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  reason: string | null;
  byUser: string;
  at: Date;
  snapshotId: string | null;
}

const COLUMNS = [
  'id',
  'unit_id as unitId',
  'period_id as periodId',
  'status',
  'submitted_at as submittedAt',
  'late',
  'score_total as scoreTotal',
  'band',
  'template_code as templateCode',
  'prose',
  'placements',
  'header',
  'imported',
  'version',
  'return_reason as returnReason',
  'reviewed_at as reviewedAt',
  'approved_at as approvedAt',
  'returned_at as returnedAt',
  'snapshot_id as snapshotId',
] as const;

type ReportColumns = Omit<ReportRow, 'status' | 'scoreTotal' | 'band' | 'templateCode' | 'prose' | 'placements' | 'header' | 'imported'> & {
  status: string;
  scoreTotal: string | null;
  band: string | null;
  templateCode: string;
  prose: unknown;
  placements: unknown;
  header: unknown;
  imported: unknown;
};

const asReport = (row: ReportColumns): ReportRow => ({
  ...row,
  status: row.status as ReportStatus,
  scoreTotal: row.scoreTotal === null ? null : Number(row.scoreTotal),
  band: row.band as Band | null,
  templateCode: row.templateCode as ReportTemplateCode,
  prose: (row.prose ?? {}) as Record<string, string>,
  placements: (row.placements ?? {}) as Record<string, string>,
  header: row.header as ReportHeader | null,
  imported: row.imported as Record<string, unknown> | null,
});

const SNAPSHOT_COLUMNS = [
  'id',
  'report_id as reportId',
  'number',
  'content_hash as contentHash',
  'submitted_at as submittedAt',
  'late',
  'score_total as scoreTotal',
  'band',
] as const;

const asSnapshot = (row: Omit<SnapshotRow, 'scoreTotal' | 'band'> & { scoreTotal: string; band: string }): SnapshotRow => ({
  ...row,
  scoreTotal: Number(row.scoreTotal),
  band: row.band as Band,
});

export interface DraftWrite {
  unitId: string;
  periodId: string;
  templateCode: ReportTemplateCode;
  prose: Record<string, string>;
  placements: Record<string, string>;
  header: ReportHeader | null;
  userId: string;
  at: Date;
}

/** The workflow's columns a transition sets, besides the status. */
export interface TransitionWrite {
  submittedAt?: Date;
  submittedBy?: string;
  late?: boolean;
  scoreTotal?: number;
  band?: Band;
  snapshotId?: string;
  reviewedAt?: Date;
  reviewedBy?: string;
  approvedAt?: Date;
  approvedBy?: string;
  returnedAt?: Date;
  returnedBy?: string;
  returnReason?: string;
}

/** Unit reports of the current tenant: drafts, snapshots and their history. */
@Injectable()
export class ReportRepository {
  async find(em: EntityManager, unitId: string, periodId: string): Promise<ReportRow | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('reports.reports').select(COLUMNS).where('unit_id', '=', unitId).where('period_id', '=', periodId),
    );
    return row ? asReport(row) : null;
  }

  async findById(em: EntityManager, id: string): Promise<ReportRow | null> {
    const row = await firstOf(em, qb.selectFrom('reports.reports').select(COLUMNS).where('id', '=', id));
    return row ? asReport(row) : null;
  }

  /** The first save of a draft; null when another save created it first. */
  async insertDraft(em: EntityManager, d: DraftWrite): Promise<ReportRow | null> {
    const row = await firstOf(
      em,
      qb
        .insertInto('reports.reports')
        .values({
          tenant_id: currentTenant(),
          unit_id: d.unitId,
          period_id: d.periodId,
          status: 'DRAFT',
          template_code: d.templateCode,
          prose: JSON.stringify(d.prose),
          placements: JSON.stringify(d.placements),
          header: d.header && JSON.stringify(d.header),
          updated_at: d.at,
          updated_by: d.userId,
        })
        .onConflict((oc) => oc.columns(['tenant_id', 'unit_id', 'period_id']).doNothing())
        .returning(COLUMNS),
    );
    return row ? asReport(row) : null;
  }

  /** A later save: only of the version read, and only while the report may be edited; null otherwise. */
  async updateDraft(em: EntityManager, id: string, expectedVersion: number, d: DraftWrite): Promise<ReportRow | null> {
    const row = await firstOf(
      em,
      qb
        .updateTable('reports.reports')
        .set({
          template_code: d.templateCode,
          prose: JSON.stringify(d.prose),
          placements: JSON.stringify(d.placements),
          header: d.header && JSON.stringify(d.header),
          version: sql<number>`version + 1`,
          updated_at: d.at,
          updated_by: d.userId,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .where('status', 'in', ['DRAFT', 'RETURNED'])
        .returning(COLUMNS),
    );
    return row ? asReport(row) : null;
  }

  /**
   * Moves the report from `from` to `to` in one statement (compare and set): of two transitions at once
   * (two tabs, two reviewers) exactly one finds the status it expects; the other gets null.
   */
  async transition(em: EntityManager, id: string, from: ReportStatus, to: ReportStatus, w: TransitionWrite): Promise<ReportRow | null> {
    const row = await firstOf(
      em,
      qb
        .updateTable('reports.reports')
        .set({
          status: to,
          ...(w.submittedAt && { submitted_at: w.submittedAt, submitted_by: w.submittedBy, late: w.late }),
          ...(w.scoreTotal !== undefined && { score_total: w.scoreTotal, band: w.band }),
          ...(w.snapshotId && { snapshot_id: w.snapshotId }),
          ...(w.reviewedAt && { reviewed_at: w.reviewedAt, reviewed_by: w.reviewedBy }),
          ...(w.approvedAt && { approved_at: w.approvedAt, approved_by: w.approvedBy }),
          ...(w.returnedAt && { returned_at: w.returnedAt, returned_by: w.returnedBy, return_reason: w.returnReason }),
        })
        .where('id', '=', id)
        .where('status', '=', from)
        .returning(COLUMNS),
    );
    return row ? asReport(row) : null;
  }

  async assessmentTotal(em: EntityManager, unitId: string, periodId: string): Promise<AssessmentTotal | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('scoring.assessment_totals')
        .select(['total', 'band'])
        .where('unit_id', '=', unitId)
        .where('period_id', '=', periodId),
    );
    return row && row.total !== null ? { total: Number(row.total), band: row.band as Band } : null;
  }

  async insertSnapshot(
    em: EntityManager,
    s: { reportId: string; number: number; content: SnapshotContent; contentHash: string; submittedAt: Date; submittedBy: string; late: boolean } & AssessmentTotal,
  ): Promise<SnapshotRow> {
    const row = await firstOf(
      em,
      qb
        .insertInto('reports.report_snapshots')
        .values({
          tenant_id: currentTenant(),
          report_id: s.reportId,
          number: s.number,
          content: JSON.stringify(s.content),
          content_hash: s.contentHash,
          submitted_at: s.submittedAt,
          submitted_by: s.submittedBy,
          late: s.late,
          score_total: s.total,
          band: s.band,
        })
        .returning(SNAPSHOT_COLUMNS),
    );
    return asSnapshot(row as NonNullable<typeof row>);
  }

  /** The report's submitted versions, newest first. */
  async snapshotsOf(em: EntityManager, reportId: string): Promise<SnapshotRow[]> {
    const rows = await rowsOf(
      em,
      qb.selectFrom('reports.report_snapshots').select(SNAPSHOT_COLUMNS).where('report_id', '=', reportId).orderBy('number', 'desc'),
    );
    return rows.map(asSnapshot);
  }

  async snapshotById(em: EntityManager, id: string): Promise<(SnapshotRow & { content: SnapshotContent }) | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('reports.report_snapshots').select([...SNAPSHOT_COLUMNS, 'content']).where('id', '=', id),
    );
    return row ? { ...asSnapshot(row), content: row.content as SnapshotContent } : null;
  }

  async snapshotByNumber(em: EntityManager, reportId: string, number: number): Promise<(SnapshotRow & { content: SnapshotContent }) | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('reports.report_snapshots')
        .select([...SNAPSHOT_COLUMNS, 'content'])
        .where('report_id', '=', reportId)
        .where('number', '=', number),
    );
    return row ? { ...asSnapshot(row), content: row.content as SnapshotContent } : null;
  }

  async insertHistory(
    em: EntityManager,
    h: { reportId: string; action: ReportAction; from: ReportStatus; to: ReportStatus; snapshotId: string | null; reason: string | null; userId: string; at: Date },
  ): Promise<void> {
    await firstOf(
      em,
      qb
        .insertInto('reports.report_history')
        .values({
          tenant_id: currentTenant(),
          report_id: h.reportId,
          action: h.action,
          from_status: h.from,
          to_status: h.to,
          snapshot_id: h.snapshotId,
          reason: h.reason,
          by_user: h.userId,
          at: h.at,
        })
        .returning('id'),
    );
  }

  async historyOf(em: EntityManager, reportId: string): Promise<HistoryRow[]> {
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('reports.report_history')
        .select(['action', 'from_status as fromStatus', 'to_status as toStatus', 'reason', 'by_user as byUser', 'at', 'snapshot_id as snapshotId'])
        .where('report_id', '=', reportId)
        .orderBy('id'),
    );
    return rows.map((r) => ({ ...r, action: r.action as ReportAction, fromStatus: r.fromStatus as ReportStatus, toStatus: r.toStatus as ReportStatus }));
  }

  /**
   * The reports of a period in the given statuses, of the units under `roots` (the caller's org units, as
   * access is decided everywhere: tenancy.org_unit_ancestors), by bloc and code.
   */
  async queue(
    em: EntityManager,
    periodId: string,
    statuses: readonly ReportStatus[],
    roots: readonly string[],
  ): Promise<(ReportRow & { unitCode: string; unitName: string; blocName: string | null })[]> {
    const query = qb
      .selectFrom('reports.reports as r')
      .innerJoin('rollups.unit_directory_view as u', 'u.unit_id', 'r.unit_id')
      .select(COLUMNS.map((c) => `r.${c}` as const))
      .select(['u.code as unitCode', 'u.name as unitName', 'u.bloc_name as blocName'])
      .where('r.period_id', '=', periodId)
      .where('r.status', 'in', [...statuses])
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom('tenancy.org_unit_ancestors as a')
            .select(sql<number>`1`.as('one'))
            .whereRef('a.unit_id', '=', 'r.unit_id')
            .where('a.ancestor_id', 'in', [...roots]),
        ),
      )
      .orderBy('u.bloc_name')
      .orderBy('u.code');
    const rows = await rowsOf(em, query);
    return rows.map((row) => ({ ...asReport(row as unknown as ReportColumns), unitCode: row.unitCode ?? '', unitName: row.unitName ?? '', blocName: row.blocName }));
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type OfficialDocument, type RenderJobStatus, type RenderSubject, type ReportFileMedia, canonicalJson } from '@qcdc/reports/domain';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf } from '@qcdc/shared/db';


/** A document asked to be rendered, without the document itself. */
export interface RenderJobRow {
  id: string;
  subject: RenderSubject;
  reportId: string | null;
  /** The report's unit (null for the province's consolidated report): whose readers may see the job. */
  unitId: string | null;
  snapshotId: string | null;
  periodId: string;
  fileStem: string;
  status: RenderJobStatus;
  progress: number;
  stage: string | null;
  error: string | null;
  requestedBy: string;
  requestedAt: Date;
  finishedAt: Date | null;
}

/** What the reports service freezes when it asks for a render (in the transaction of its mutation). */
export interface NewRenderJob {
  subject: RenderSubject;
  reportId: string | null;
  snapshotId: string | null;
  periodId: string;
  document: OfficialDocument;
  /** ASCII, e.g. `bao-cao-VP-DUKCQ-2006-nam-v1`: the files are `<stem>.docx` and `<stem>.pdf`. */
  fileStem: string;
  requestedBy: string;
  requestedAt: Date;
}

/** A rendered file, without its bytes. */
export interface ReportFileRow {
  id: string;
  jobId: string;
  media: ReportFileMedia;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

export interface RenderedFile {
  media: ReportFileMedia;
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

const JOB_COLUMNS = [
  'j.id',
  'j.subject',
  'j.report_id as reportId',
  'r.unit_id as unitId',
  'j.snapshot_id as snapshotId',
  'j.period_id as periodId',
  'j.file_stem as fileStem',
  'j.status',
  'j.progress',
  'j.stage',
  'j.error',
  'j.requested_by as requestedBy',
  'j.requested_at as requestedAt',
  'j.finished_at as finishedAt',
] as const;

const FILE_COLUMNS = [
  'id',
  'job_id as jobId',
  'media',
  'file_name as fileName',
  'size_bytes as sizeBytes',
  'sha256',
  'created_at as createdAt',
] as const;

const jobs = () =>
  qb
    .selectFrom('reports.render_jobs as j')
    .leftJoin('reports.reports as r', (join) => join.onRef('r.tenant_id', '=', 'j.tenant_id').onRef('r.id', '=', 'j.report_id'))
    .select(JOB_COLUMNS);

const asJob = (row: { subject: string; status: string; unitId: string | null } & Omit<RenderJobRow, 'subject' | 'status' | 'unitId'>): RenderJobRow => ({
  ...row,
  subject: row.subject as RenderSubject,
  status: row.status as RenderJobStatus,
});
const asFile = (row: Omit<ReportFileRow, 'media'> & { media: string }): ReportFileRow => ({ ...row, media: row.media as ReportFileMedia });

/** Render jobs and their files (reports.render_jobs, reports.report_files) of the current tenant. */
@Injectable()
export class RenderJobRepository {
  async find(em: EntityManager, id: string): Promise<RenderJobRow | null> {
    const row = await firstOf(em, jobs().where('j.id', '=', id));
    return row && asJob(row);
  }

  /** The files of a job, DOCX first. */
  async filesOf(em: EntityManager, jobId: string): Promise<ReportFileRow[]> {
    const rows = await rowsOf(em, qb.selectFrom('reports.report_files').select(FILE_COLUMNS).where('job_id', '=', jobId).orderBy('media'));
    return rows.map(asFile);
  }

  /** The report's newest job, whatever its status. */
  async latestForReport(em: EntityManager, reportId: string): Promise<RenderJobRow | null> {
    const row = await firstOf(em, jobs().where('j.report_id', '=', reportId).orderBy('j.requested_at', 'desc').orderBy('j.id').limit(1));
    return row && asJob(row);
  }

  /** The newest job of the province's consolidated report for a period. */
  async latestForProvince(em: EntityManager, periodId: string): Promise<RenderJobRow | null> {
    const row = await firstOf(
      em,
      jobs().where('j.subject', '=', 'PROVINCE_REPORT').where('j.period_id', '=', periodId).orderBy('j.requested_at', 'desc').orderBy('j.id').limit(1),
    );
    return row && asJob(row);
  }

  /** `job` if it renders this very document and has not failed: asking again then renders nothing new. */
  async reusable(em: EntityManager, job: RenderJobRow | null, document: OfficialDocument): Promise<RenderJobRow | null> {
    if (!job || job.status === 'FAILED') return null;
    const row = await firstOf(em, qb.selectFrom('reports.render_jobs').select('document').where('id', '=', job.id));
    return row && canonicalJson(row.document) === canonicalJson(document) ? job : null;
  }

  async insert(em: EntityManager, job: NewRenderJob): Promise<RenderJobRow> {
    const inserted = await firstOf(
      em,
      qb
        .insertInto('reports.render_jobs')
        .values({
          tenant_id: currentTenant(),
          subject: job.subject,
          report_id: job.reportId,
          snapshot_id: job.snapshotId,
          period_id: job.periodId,
          document: JSON.stringify(job.document),
          file_stem: job.fileStem,
          requested_by: job.requestedBy,
          requested_at: job.requestedAt,
        })
        .returning('id'),
    );
    return (await this.find(em, (inserted as { id: string }).id)) as RenderJobRow;
  }

  /** A file with its bytes, for the download. */
  async fileWithBytes(em: EntityManager, id: string): Promise<(ReportFileRow & { bytes: Buffer }) | null> {
    const row = await firstOf(em, qb.selectFrom('reports.report_files').select([...FILE_COLUMNS, 'bytes']).where('id', '=', id));
    return row && { ...asFile(row), bytes: row.bytes };
  }

  // ---- The worker's side

  /**
   * Starts (or restarts, after a failed attempt) a job that is not finished: RUNNING at the first stage. Null
   * when the job is DONE or FAILED already (a redelivered event), or does not exist.
   */
  async start(
    em: EntityManager,
    id: string,
    stage: { progress: number; stage: string },
  ): Promise<{ document: OfficialDocument; fileStem: string } | null> {
    const row = await firstOf(
      em,
      qb
        .updateTable('reports.render_jobs')
        .set({ status: 'RUNNING', progress: stage.progress, stage: stage.stage })
        .where('id', '=', id)
        .where('status', 'in', ['QUEUED', 'RUNNING'])
        .returning(['document', 'file_stem as fileStem']),
    );
    return row && { document: row.document as unknown as OfficialDocument, fileStem: row.fileStem };
  }

  async progress(em: EntityManager, id: string, stage: { progress: number; stage: string }): Promise<void> {
    await execute(
      em,
      qb.updateTable('reports.render_jobs').set({ progress: stage.progress, stage: stage.stage }).where('id', '=', id).where('status', '=', 'RUNNING'),
    );
  }

  /**
   * Keeps the files and marks the job DONE (one transaction with the caller's). False when it was finished
   * meanwhile (a second delivery rendering at the same time): nothing is written.
   */
  async complete(em: EntityManager, id: string, files: RenderedFile[], stage: string): Promise<boolean> {
    const locked = await firstOf(
      em,
      qb.selectFrom('reports.render_jobs').select('status').where('id', '=', id).forUpdate(),
    );
    if (!locked || locked.status === 'DONE' || locked.status === 'FAILED') return false;
    await execute(
      em,
      qb.insertInto('reports.report_files').values(
        files.map((f) => ({
          tenant_id: currentTenant(),
          job_id: id,
          media: f.media,
          file_name: f.fileName,
          bytes: f.bytes,
          size_bytes: f.bytes.length,
          sha256: f.sha256,
          created_at: appNow(),
        })),
      ),
    );
    await execute(
      em,
      qb
        .updateTable('reports.render_jobs')
        .set({ status: 'DONE', progress: 100, stage, error: null, finished_at: appNow() })
        .where('id', '=', id),
    );
    return true;
  }

  /** Marks a job that is not finished FAILED with the reason a person reads. */
  async fail(em: EntityManager, id: string, error: string): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('reports.render_jobs')
        .set({ status: 'FAILED', error, finished_at: appNow() })
        .where('id', '=', id)
        .where('status', 'in', ['QUEUED', 'RUNNING']),
    );
  }
}

import { createHash } from 'node:crypto';
import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { notFound } from '@qcdc/shared/contracts';
import { EnvelopeFor, parseEnvelope } from '@qcdc/shared/events';
import { ConsumeOutcome, EventConsumerHost } from '@qcdc/shared/relay';
import { convertDocxToPdf, renderDocx } from '@qcdc/reports/documents';
import { RenderDb } from './render-db';
import { RenderJobRepository, RenderedFile } from './render-job.repository';

/** The stages a job goes through, as the person waiting reads them. */
export const RENDER_STAGES = {
  building: { progress: 10, stage: 'Đang dựng văn bản' },
  docx: { progress: 50, stage: 'Đang tạo DOCX' },
  pdf: { progress: 80, stage: 'Đang chuyển sang PDF' },
  done: { progress: 100, stage: 'Đã xong' },
} as const;

/** The job an event asks to render; null for a submission that asked for none. */
export const renderJobIdOf = (envelope: EnvelopeFor<'documents'>): string | null => envelope.payload.renderJobId;

/** The reason a person reads on a job whose last attempt failed. */
export function renderFailure(error: unknown, attempts: number): string {
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  return (
    `Không xuất được văn bản sau ${attempts} lần thử: ${reason}. Hãy yêu cầu xuất lại; nếu vẫn lỗi, hãy báo quản trị hệ thống. ` +
    `/ The document could not be rendered after ${attempts} attempts. Ask for it again; if it fails again, tell the administrator.`
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * The `documents` consumer: renders a render job (reports.render_jobs) to DOCX and PDF. It writes the stage
 * and progress to the job as it goes (each in its own short transaction, so the person polling sees it), and
 * keeps both files and marks the job DONE in one transaction. A job already finished is a redelivery and is
 * left alone, as is a submission that asked for no rendering. A failure is retried with backoff; the last
 * attempt's failure marks the job FAILED with the reason.
 */
@Processor('documents', { concurrency: 2 })
export class ReportRenderingConsumer extends EventConsumerHost<'documents'> {
  constructor(
    private readonly db: RenderDb,
    private readonly jobs: RenderJobRepository,
    /** The worker's main connection, which may file dead letters (`qcdc_reports` may not). */
    dataSource: DataSource,
  ) {
    super('documents', dataSource);
  }

  override async process(job: Job<unknown>): Promise<ConsumeOutcome> {
    try {
      return await super.process(job);
    } catch (error) {
      const attempts = job.opts.attempts ?? 1;
      if (job.attemptsMade + 1 >= attempts) await this.markFailed(job, error, attempts);
      throw error;
    }
  }

  async apply(envelope: EnvelopeFor<'documents'>): Promise<'applied' | 'duplicate'> {
    const jobId = renderJobIdOf(envelope);
    if (!jobId) return 'duplicate';
    const tenantId = envelope.tenantId;
    const started = await this.db.forTenant(tenantId, async (em) => {
      const found = await this.jobs.start(em, jobId, RENDER_STAGES.building);
      if (found) return found;
      if (await this.jobs.find(em, jobId)) return null;
      throw notFound('Không tìm thấy yêu cầu xuất văn bản.', `The render job ${jobId} does not exist.`, { renderJobId: jobId });
    });
    if (!started) return 'duplicate';
    const { document, fileStem } = started;

    await this.db.forTenant(tenantId, (em) => this.jobs.progress(em, jobId, RENDER_STAGES.docx));
    const docx = await renderDocx(document);
    await this.db.forTenant(tenantId, (em) => this.jobs.progress(em, jobId, RENDER_STAGES.pdf));
    const pdf = await convertDocxToPdf(docx);

    const files: RenderedFile[] = [
      { media: 'DOCX', fileName: `${fileStem}.docx`, bytes: docx, sha256: sha256(docx) },
      { media: 'PDF', fileName: `${fileStem}.pdf`, bytes: pdf, sha256: sha256(pdf) },
    ];
    const completed = await this.db.forTenant(tenantId, (em) => this.jobs.complete(em, jobId, files, RENDER_STAGES.done.stage));
    this.logger.log(`render job ${jobId}: ${completed ? `DOCX ${docx.length} B, PDF ${pdf.length} B` : 'finished meanwhile'}`);
    return completed ? 'applied' : 'duplicate';
  }

  private async markFailed(job: Job<unknown>, error: unknown, attempts: number): Promise<void> {
    const parsed = parseEnvelope(this.consumer, job.data);
    if (!parsed.ok) return;
    const jobId = renderJobIdOf(parsed.envelope);
    if (!jobId) return;
    try {
      await this.db.forTenant(parsed.envelope.tenantId, (em) => this.jobs.fail(em, jobId, renderFailure(error, attempts)));
      this.logger.warn(`render job ${jobId} FAILED: ${(error as Error).message}`);
    } catch (failure) {
      this.logger.error(`render job ${jobId} could not be marked FAILED: ${(failure as Error).message}`);
    }
  }
}

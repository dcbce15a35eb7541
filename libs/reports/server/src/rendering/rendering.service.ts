import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller, Role, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, assertUnitInScope } from '@qcdc/shared/db';
import { RenderJobRepository, RenderJobRow, ReportFileRow } from './render-job.repository';

/** Who may read a unit report's documents: whoever may read the report's unit (in scope). */
export const UNIT_REPORT_READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];
/** Who may read the province's consolidated report and its documents. */
export const PROVINCE_REPORT_READERS: Role[] = ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN', 'BLOC_REVIEWER'];

const noJob = (id: string) =>
  notFound('Không tìm thấy yêu cầu xuất văn bản này. Hãy tải lại trang.', 'There is no such render job. Reload the page.', { id });
const noFile = (id: string) =>
  notFound('Không tìm thấy tệp văn bản này. Hãy tải lại trang rồi tải tệp lại.', 'There is no such report file. Reload the page and download it again.', { id });

/** May the caller read what this job renders? (The province is the tenant: another province's job is not found.) */
export async function assertMayReadRenderJob(em: EntityManager, caller: Caller, job: RenderJobRow): Promise<void> {
  if (job.subject === 'PROVINCE_REPORT') return assertRole(caller, PROVINCE_REPORT_READERS);
  await assertUnitInScope(em, caller, job.unitId as string, UNIT_REPORT_READERS);
}

/** Reading render jobs and downloading their files, for those who may read the report rendered. */
@Injectable()
export class RenderingService {
  constructor(
    private readonly db: TenantDb,
    private readonly jobs: RenderJobRepository,
  ) {}

  job(caller: Caller, id: string): Promise<RenderJobRow> {
    return this.db.transaction(async (em) => {
      const job = await this.jobs.find(em, id);
      if (!job) throw noJob(id);
      await assertMayReadRenderJob(em, caller, job);
      return job;
    });
  }

  /** The files of a job the caller was allowed to read (the parent field checked). */
  filesOf(jobId: string): Promise<ReportFileRow[]> {
    return this.db.transaction((em) => this.jobs.filesOf(em, jobId));
  }

  download(caller: Caller, id: string): Promise<ReportFileRow & { bytes: Buffer }> {
    return this.db.transaction(async (em) => {
      const file = await this.jobs.fileWithBytes(em, id);
      if (!file) throw noFile(id);
      const job = await this.jobs.find(em, file.jobId);
      if (!job) throw noFile(id);
      await assertMayReadRenderJob(em, caller, job);
      return file;
    });
  }
}

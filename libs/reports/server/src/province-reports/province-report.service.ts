import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@qcdc/shared/config';
import { EntityManager } from 'typeorm';
import { Caller, Clock, Role, conflict, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, publishEvent, recordAudit } from '@qcdc/shared/db';
import {
  OfficialDocument,
  ProvinceReportFigures,
  ReportHeader,
  SaveProvinceReport,
  buildProvinceReportDocument,
  proposedProvinceReportHeader,
  provinceReportFigures,
} from '@qcdc/reports/domain';
import { PeriodRepository, PeriodRow } from '../periods/period.repository';
import { RenderJobRepository, RenderJobRow } from '../rendering/render-job.repository';
import { PROVINCE_REPORT_READERS } from '../rendering/rendering.service';
import { ProvinceReportRepository, ProvinceReportRow } from './province-report.repository';

const WRITERS: Role[] = ['PROVINCE_COMMITTEE'];
const RENDERERS: Role[] = ['PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** The consolidated report as the API shows it: saved or proposed, with its figures and its document now. */
export interface ProvinceReportView {
  periodId: string;
  prose: Record<string, string>;
  header: ReportHeader;
  version: number;
  figures: ProvinceReportFigures;
  document: OfficialDocument;
  latestRenderJob: RenderJobRow | null;
}

const noPeriod = (periodId: string) =>
  notFound('Không tìm thấy kỳ báo cáo này. Hãy tải lại trang.', 'There is no such reporting period. Reload the page.', { field: 'periodId', periodId });

const stale = (currentVersion: number) =>
  conflict(
    'Báo cáo tổng hợp vừa được người khác lưu. Vui lòng tải lại để xem bản mới nhất rồi sửa tiếp; thay đổi của bạn chưa được lưu.',
    'Someone else has just saved the consolidated report. Reload to see the latest version, then edit again; your changes were not saved.',
    { field: 'expectedVersion', reason: 'VERSION_MISMATCH', currentVersion },
  );

/** `bao-cao-tong-hop-nam-2026`, `bao-cao-tong-hop-6-thang-2026`: the files' names. */
const fileStemOf = (period: PeriodRow) => `bao-cao-tong-hop-${period.kind === 'YEAR' ? 'nam' : '6-thang'}-${period.year}`;

/**
 * The province's consolidated report of a period: the committee's prose and header around the figures of the
 * roll-ups, read by the committee, the province admin and the bloc reviewers; saved by the committee; rendered
 * (DOCX and PDF, by the worker) at the committee's or the admin's request.
 */
@Injectable()
export class ProvinceReportService {
  constructor(
    private readonly db: TenantDb,
    private readonly reports: ProvinceReportRepository,
    private readonly periods: PeriodRepository,
    private readonly renderJobs: RenderJobRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  find(caller: Caller, periodId: string): Promise<ProvinceReportView> {
    assertRole(caller, PROVINCE_REPORT_READERS);
    return this.db.transaction(async (em) => {
      const period = await this.period(em, periodId);
      return this.view(em, period, await this.reports.find(em, periodId));
    });
  }

  save(caller: Caller, input: SaveProvinceReport): Promise<ProvinceReportView> {
    assertRole(caller, WRITERS);
    return this.db.transaction(
      async (em) => {
        const period = await this.period(em, input.periodId);
        const before = await this.reports.find(em, input.periodId, true);
        const currentVersion = before?.version ?? 0;
        if (input.expectedVersion !== currentVersion) throw stale(currentVersion);
        const prose = { ...(before?.prose ?? {}) };
        for (const [key, text] of Object.entries(input.prose ?? {})) {
          if (text) prose[key] = text;
          else delete prose[key];
        }
        const header = input.header === undefined || input.header === null ? (before?.header ?? null) : input.header;
        const saved = await this.reports.save(em, { periodId: period.id, prose, header, expectedVersion: currentVersion, userId: caller.userId });
        if (!saved) throw stale(currentVersion + 1);
        await recordAudit(em, 'reports', {
          by: caller,
          as: WRITERS,
          action: 'province-report.save',
          objectId: saved.id,
          before: before && { prose: before.prose, header: before.header, version: before.version },
          after: { prose: saved.prose, header: saved.header, version: saved.version },
        });
        return this.view(em, period, saved);
      },
      { write: true },
    );
  }

  /** Freezes the document as it is now in a render job and asks the worker for it (one transaction). */
  requestRender(caller: Caller, periodId: string): Promise<RenderJobRow> {
    assertRole(caller, RENDERERS);
    return this.db.transaction(
      async (em) => {
        const period = await this.period(em, periodId);
        const { document } = await this.view(em, period, await this.reports.find(em, periodId));
        // The same document asked again (a second click): its job, not a second rendering.
        const again = await this.renderJobs.reusable(em, await this.renderJobs.latestForProvince(em, period.id), document);
        if (again) return again;
        const job = await this.renderJobs.insert(em, {
          subject: 'PROVINCE_REPORT',
          reportId: null,
          snapshotId: null,
          periodId: period.id,
          document,
          fileStem: fileStemOf(period),
          requestedBy: caller.userId,
          requestedAt: this.clock.now(),
        });
        await publishEvent(em, 'reports', 'report.compile-requested', { renderJobId: job.id, subject: 'PROVINCE_REPORT', periodId: period.id, reportId: null });
        return job;
      },
      { write: true },
    );
  }

  private async period(em: EntityManager, periodId: string): Promise<PeriodRow> {
    const period = await this.periods.findById(em, periodId);
    if (!period) throw noPeriod(periodId);
    return period;
  }

  private async view(em: EntityManager, period: PeriodRow, saved: ProvinceReportRow | null): Promise<ProvinceReportView> {
    const figures = provinceReportFigures(await this.reports.counts(em, period));
    const header = saved?.header ?? proposedProvinceReportHeader(await this.reports.provinceName(em), period);
    const prose = saved?.prose ?? {};
    return {
      periodId: period.id,
      prose,
      header,
      version: saved?.version ?? 0,
      figures,
      document: buildProvinceReportDocument({ period, figures, prose, header }),
      latestRenderJob: await this.renderJobs.latestForProvince(em, period.id),
    };
  }
}

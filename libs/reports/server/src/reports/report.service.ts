import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@qcdc/shared/config';
import { Band, Caller, Clock, Role, badInput, conflict, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertUnitInScope, lockUnitForSubmission, publishEvent, recordAudit } from '@qcdc/shared/db';
import { SubmitReport, isLate } from '@qcdc/reports/domain';
import { PeriodRepository } from '../periods/period.repository';
import { ReportRepository, ReportRow } from './report.repository';

const SUBMITTERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];
const READERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE', 'PROVINCE_ADMIN'];

/** A unit's report for a period and its submission. */
@Injectable()
export class ReportService {
  constructor(
    private readonly db: TenantDb,
    private readonly reports: ReportRepository,
    private readonly periods: PeriodRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  find(caller: Caller, unitId: string, periodId: string): Promise<ReportRow | null> {
    return this.db.transaction(async (em) => {
      await assertUnitInScope(em, caller, unitId, READERS);
      return this.reports.find(em, unitId, periodId);
    });
  }

  /**
   * Submits the report with the unit's current self-score. The report row and the `report.submitted` event
   * commit together (transactional outbox); the worker rolls the event up into the province's figures.
   */
  submit(caller: Caller, input: SubmitReport): Promise<ReportRow> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, SUBMITTERS);
        // Writes of the unit's records in flight commit first; later ones wait, then find the report frozen.
        await lockUnitForSubmission(em, input.unitId);
        const period = await this.periods.findById(em, input.periodId);
        if (!period) throw notFound('Không tìm thấy kỳ báo cáo.', 'The reporting period does not exist.', { field: 'periodId' });
        if (period.status !== 'OPEN') {
          throw badInput(
            'Kỳ báo cáo đã đóng, không nhận báo cáo. Vui lòng liên hệ Ban chỉ đạo tỉnh.',
            'The reporting period is closed. Contact the provincial committee.',
            { field: 'periodId' },
          );
        }
        const score = await this.reports.assessmentTotal(em, input.unitId, input.periodId);
        if (!score) {
          throw badInput(
            'Đơn vị chưa tự chấm điểm cho kỳ này. Vui lòng chấm điểm và lưu trước khi nộp.',
            'The unit has not self-scored this period. Score and save before submitting.',
            { field: 'selfAssessment' },
          );
        }
        const draft = await this.reports.find(em, input.unitId, input.periodId);
        const submittedAt = this.clock.now();
        const report = await this.reports.submit(em, {
          unitId: input.unitId,
          periodId: input.periodId,
          userId: caller.userId,
          submittedAt,
          late: isLate(submittedAt, period.dueOn, period.graceDays),
          ...score,
        });
        if (!report) {
          throw conflict(
            'Báo cáo của đơn vị cho kỳ này đã được nộp trước đó; không cần nộp lại.',
            'This unit’s report for the period was already submitted.',
          );
        }
        const submitted = {
          reportId: report.id,
          unitId: report.unitId,
          periodId: report.periodId,
          submittedAt: submittedAt.toISOString(),
          late: Boolean(report.late),
          scoreTotal: Number(report.scoreTotal),
          band: report.band as Band,
          snapshotId: null,
          number: 1,
          renderJobId: null,
        };
        await publishEvent(em, 'reports', 'report.submitted', submitted);
        await recordAudit(em, 'reports', {
          by: caller, as: SUBMITTERS, within: report.unitId, action: 'report.submit', objectId: report.id,
          before: draft && { status: draft.status }, after: { status: report.status, ...submitted },
        });
        return report;
      },
      { write: true },
    );
  }
}

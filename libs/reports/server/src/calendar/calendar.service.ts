import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, publishEvent, recordAudit } from '@qcdc/shared/db';
import { CalendarRule, SaveReportingCalendar, assertCalendar, defaultCalendar, periodsOfYear } from '@qcdc/reports/domain';
import { PeriodRepository, PeriodRow, periodOpened } from '../periods/period.repository';
import { CalendarRepository } from './calendar.repository';

const ADMIN = ['PROVINCE_ADMIN'] as const;

export interface ReportingCalendarView {
  rules: CalendarRule[];
  /** Null while the province keeps the customary windows (never saved). */
  updatedAt: Date | null;
}

/** The province's reporting calendar, the periods generated from it, and closing and reopening a period. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly db: TenantDb,
    private readonly calendars: CalendarRepository,
    private readonly periods: PeriodRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  find(): Promise<ReportingCalendarView> {
    return this.db.transaction(async (em) => (await this.calendars.find(em)) ?? { rules: defaultCalendar(), updatedAt: null });
  }

  save(caller: Caller, input: SaveReportingCalendar): Promise<ReportingCalendarView> {
    assertRole(caller, [...ADMIN]);
    assertCalendar(input.rules);
    return this.db.transaction(
      async (em) => {
        const before = await this.calendars.find(em);
        const saved = await this.calendars.save(em, input.rules, caller.userId, this.clock.now());
        await recordAudit(em, 'reports', {
          by: caller, as: ADMIN, action: 'reporting-period.save-calendar', objectId: caller.tenantId,
          before: { rules: before?.rules ?? defaultCalendar() }, after: { rules: saved.rules },
        });
        return saved;
      },
      { write: true },
    );
  }

  /**
   * Creates the year's periods the calendar gives that the province does not have yet; the ones it has are
   * kept as they are (whatever their dates). Answers every period of the year, so a second call changes
   * nothing and answers the same.
   */
  generate(caller: Caller, year: number): Promise<PeriodRow[]> {
    assertRole(caller, [...ADMIN]);
    return this.db.transaction(
      async (em) => {
        const rules = (await this.calendars.find(em))?.rules ?? defaultCalendar();
        for (const draft of periodsOfYear(rules, year)) {
          const created = await this.periods.insertIfMissing(em, draft);
          if (created) {
            await publishEvent(em, 'reports', 'reporting-period.opened', periodOpened(created));
            const { id, ...after } = created;
            await recordAudit(em, 'reports', { by: caller, as: ADMIN, action: 'reporting-period.generate', objectId: id, after });
          }
        }
        return this.periods.listByYear(em, year);
      },
      { write: true },
    );
  }

  close(caller: Caller, periodId: string): Promise<PeriodRow> {
    return this.setStatus(caller, periodId, 'CLOSED');
  }

  reopen(caller: Caller, periodId: string): Promise<PeriodRow> {
    return this.setStatus(caller, periodId, 'OPEN');
  }

  /** A period already in the status asked is answered as it is (no change, no audit entry). */
  private setStatus(caller: Caller, periodId: string, status: PeriodRow['status']): Promise<PeriodRow> {
    assertRole(caller, [...ADMIN]);
    return this.db.transaction(
      async (em) => {
        const period = await this.periods.lock(em, periodId);
        if (!period) throw notFound('Không tìm thấy kỳ báo cáo. Vui lòng tải lại trang.', 'There is no such reporting period. Reload the page.', { field: 'periodId' });
        if (period.status === status) return period;
        const changed = await this.periods.setStatus(em, periodId, status);
        if (status === 'OPEN') await publishEvent(em, 'reports', 'reporting-period.opened', periodOpened(changed));
        await recordAudit(em, 'reports', {
          by: caller, as: ADMIN, action: status === 'CLOSED' ? 'reporting-period.close' : 'reporting-period.reopen', objectId: periodId,
          before: { status: period.status }, after: { status },
        });
        return changed;
      },
      { write: true },
    );
  }
}

import { Injectable } from '@nestjs/common';
import { Caller } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, publishEvent, recordAudit } from '@qcdc/shared/db';
import { OpenReportingPeriod, assertPeriod } from '@qcdc/reports/domain';
import { PeriodRepository, PeriodRow, periodOpened } from './period.repository';

/** The province's reporting calendar. */
@Injectable()
export class PeriodService {
  constructor(
    private readonly db: TenantDb,
    private readonly periods: PeriodRepository,
  ) {}

  list(year: number): Promise<PeriodRow[]> {
    return this.db.transaction((em) => this.periods.listByYear(em, year));
  }

  /** Each date is checked at the edge (openReportingPeriodInput); here, the dates against each other. */
  open(caller: Caller, input: OpenReportingPeriod): Promise<PeriodRow> {
    assertRole(caller, ['PROVINCE_ADMIN']);
    const draft = { ...input, graceDays: input.graceDays ?? 0 };
    assertPeriod(draft);
    return this.db.transaction(
      async (em) => {
        const period = await this.periods.insert(em, draft);
        await publishEvent(em, 'reports', 'reporting-period.opened', periodOpened(period));
        const { id, ...after } = period;
        await recordAudit(em, 'reports', { by: caller, as: ['PROVINCE_ADMIN'], action: 'reporting-period.open', objectId: id, after });
        return period;
      },
      { write: true },
    );
  }
}

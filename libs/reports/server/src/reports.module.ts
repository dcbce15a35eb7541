import { Module } from '@nestjs/common';
import { CalendarRepository } from './calendar/calendar.repository';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { DashboardReadsRepository } from './dashboards/dashboard-reads.repository';
import { DashboardRepository } from './dashboards/dashboard.repository';
import { DashboardResolver } from './dashboards/dashboard.resolver';
import { DashboardService } from './dashboards/dashboard.service';
import { LegacyImportModule } from './legacy/legacy.module';
import { PeriodRepository } from './periods/period.repository';
import { PeriodResolver } from './periods/period.resolver';
import { PeriodService } from './periods/period.service';
import { DocumentSourcesRepository } from './reports/document-sources.repository';
import { ReportRepository } from './reports/report.repository';
import { ReportResolver } from './reports/report.resolver';
import { ReportService } from './reports/report.service';
import { RenderingModule } from './rendering/rendering.module';
import { RemindersApiModule } from './reminders/reminders-api.module';
import { ProvinceReportRepository } from './province-reports/province-report.repository';
import { ProvinceReportResolver } from './province-reports/province-report.resolver';
import { ProvinceReportService } from './province-reports/province-report.service';

/** Reports: reporting periods, unit reports and their submission, the committee's dashboards, the deadline reminders' schedules and notifications. */
@Module({
  imports: [RenderingModule, LegacyImportModule, RemindersApiModule],
  providers: [
    CalendarRepository,
    CalendarResolver,
    CalendarService,
    DashboardReadsRepository,
    DashboardRepository,
    DashboardResolver,
    DashboardService,
    PeriodRepository,
    PeriodResolver,
    PeriodService,
    DocumentSourcesRepository,
    ReportRepository,
    ReportResolver,
    ReportService,
    ProvinceReportRepository,
    ProvinceReportResolver,
    ProvinceReportService,
  ],
})
export class ReportsModule {}

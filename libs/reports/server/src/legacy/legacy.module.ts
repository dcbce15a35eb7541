import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { PeriodRepository } from '../periods/period.repository';
import { ReportRepository } from '../reports/report.repository';
import { LegacyImportController, LegacyUploadMiddleware } from './legacy.controller';
import { LegacyImportRepository } from './legacy.repository';
import { LegacyImportResolver } from './legacy.resolver';
import { LegacyImportService } from './legacy.service';

/** Past reports: read from pasted text or an uploaded file (through the gateway), confirmed into a draft. */
@Module({
  controllers: [LegacyImportController],
  providers: [LegacyImportRepository, LegacyImportResolver, LegacyImportService, PeriodRepository, ReportRepository],
})
export class LegacyImportModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(LegacyUploadMiddleware).forRoutes({ path: 'legacy-reports/*path', method: RequestMethod.ALL });
  }
}

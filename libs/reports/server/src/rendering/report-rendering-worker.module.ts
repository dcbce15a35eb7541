import { Module } from '@nestjs/common';
import { DatabaseModule } from '@qcdc/shared/db';
import { RenderDb } from './render-db';
import { RenderJobRepository } from './render-job.repository';
import { ReportRenderingConsumer } from './report-rendering.consumer';

/** The worker's `documents` consumer, with its own connection as `qcdc_reports`. */
@Module({
  imports: [DatabaseModule.forRole({ role: 'reports', db: RenderDb, poolSize: 2 })],
  providers: [RenderJobRepository, ReportRenderingConsumer],
})
export class ReportRenderingWorkerModule {}

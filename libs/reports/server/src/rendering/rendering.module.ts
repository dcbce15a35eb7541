import { Inject, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@qcdc/shared/config';
import { badInput } from '@qcdc/shared/contracts';
import { sendAppError, signedFileBody } from '@qcdc/shared/subgraph';
import { RenderJobRepository } from './render-job.repository';
import { RenderJobResolver } from './render-job.resolver';
import { RenderingService } from './rendering.service';
import { ReportFileController } from './report-file.controller';

/** A download sends no body: anything over this is refused before it is read. */
const DOWNLOAD_BODY_BYTES = 1024;

/** Render jobs as the API reads them, and the download of their files (from the gateway only). */
@Module({
  controllers: [ReportFileController],
  providers: [RenderJobRepository, RenderingService, RenderJobResolver],
  exports: [RenderJobRepository, RenderingService],
})
export class RenderingModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  configure(consumer: MiddlewareConsumer): void {
    const tooLarge = badInput('Yêu cầu tải tệp không được kèm nội dung.', 'A download request carries no body.', { reason: 'FILE_TOO_LARGE' });
    consumer
      .apply(signedFileBody(this.config, DOWNLOAD_BODY_BYTES, (res) => sendAppError(res, tooLarge)))
      .forRoutes({ path: 'report-files', method: RequestMethod.ALL }, { path: 'report-files/*path', method: RequestMethod.ALL });
  }
}

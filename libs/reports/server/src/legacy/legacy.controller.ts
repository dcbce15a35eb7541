import { Controller, Inject, Injectable, NestMiddleware, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '@qcdc/shared/config';
import { Caller } from '@qcdc/shared/contracts';
import { FileRouteErrorFilter, sendFileRouteError, signedFileBody } from '@qcdc/shared/subgraph';
import { LEGACY_FILE_MAX_BYTES } from '@qcdc/reports/domain';
import { LegacyImportService } from './legacy.service';

type FileRequest = Request & { body: unknown; user?: Caller };

/** The file route takes the file as it is, up to LEGACY_FILE_MAX_BYTES, and only from the gateway. */
@Injectable()
export class LegacyUploadMiddleware implements NestMiddleware {
  private readonly handle: ReturnType<typeof signedFileBody>;
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const mb = LEGACY_FILE_MAX_BYTES / 1024 / 1024;
    this.handle = signedFileBody(config, LEGACY_FILE_MAX_BYTES, (res) =>
      sendFileRouteError(res, 'BAD_USER_INPUT', `Tệp quá lớn (tối đa ${mb} MB). Hãy chỉ giữ phần báo cáo năm hoặc dán nội dung báo cáo.`, `The file is too large (at most ${mb} MB). Keep only the yearly report or paste its text.`, {
        field: 'file',
        reason: 'FILE_TOO_LARGE',
      }),
    );
  }

  use(req: FileRequest, res: Response, next: NextFunction): void {
    this.handle(req, res, next);
  }
}

/** POST /legacy-reports/parse: a past report's file (DOCX or UTF-8 text) from the gateway; answers `{ draft, warnings }`. */
@Controller('legacy-reports')
@UseFilters(FileRouteErrorFilter)
export class LegacyImportController {
  constructor(private readonly service: LegacyImportService) {}

  @Post('parse')
  async parse(@Req() req: FileRequest, @Res() res: Response): Promise<void> {
    res.status(200).json(await this.service.parseFile(req.user as Caller, req.body as Buffer));
  }
}

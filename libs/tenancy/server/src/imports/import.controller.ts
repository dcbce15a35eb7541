import { Controller, Get, Inject, Injectable, NestMiddleware, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { FILE_NAME_HEADER } from '@qcdc/shared/auth';
import { AppConfig, APP_CONFIG, IMPORT_FILE_BYTES } from '@qcdc/shared/config';
import { Caller, badInput, hasUnsafeCharacters } from '@qcdc/shared/contracts';
import { FileRouteErrorFilter, sendFileRouteError, signedFileBody } from '@qcdc/shared/subgraph';
import { ImportService } from './import.service';

type RawRequest = Request & { body: unknown; user?: Caller };

export const tooLarge = () =>
  [
    'REQUEST_TOO_LARGE',
    `Tệp quá lớn (tối đa ${IMPORT_FILE_BYTES / 1024 / 1024} MB). Hãy chia thành nhiều tệp nhỏ hơn.`,
    `The file is too large (at most ${IMPORT_FILE_BYTES / 1024 / 1024} MB). Split it into smaller files.`,
    { field: 'file', reason: 'FILE_TOO_LARGE' },
  ] as const;

/** The import routes take the file as it is, up to the import's limit, and only from the gateway (signedFileBody). */
@Injectable()
export class ImportUploadMiddleware implements NestMiddleware {
  private readonly handle: ReturnType<typeof signedFileBody>;
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.handle = signedFileBody(config, IMPORT_FILE_BYTES, (res) => sendFileRouteError(res, ...tooLarge()));
  }

  use(req: RawRequest, res: Response, next: NextFunction): void {
    this.handle(req, res, next);
  }
}

/**
 * POST /imports: the province admin's file (XLSX or CSV, the body as it is, its name in `x-file-name`); answers
 * the new import, whose dry run is queued (then `importJob(id)` shows its progress and problems).
 * GET /imports/template: the template workbook.
 */
@Controller('imports')
@UseFilters(FileRouteErrorFilter)
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Post()
  async upload(@Req() req: RawRequest, @Res() res: Response): Promise<void> {
    const fileName = decodeURIComponent(req.header(FILE_NAME_HEADER) ?? '').trim().slice(0, 200) || 'tep-nhap';
    if (hasUnsafeCharacters(fileName)) throw badInput('Tên tệp không hợp lệ.', 'The file name is not valid.', { field: 'file' });
    const row = await this.imports.upload(req.user as Caller, fileName, req.body as Buffer);
    res.status(201).json({ data: { import: { id: row.id, fileName: row.fileName, status: row.status, rowCount: row.rowCount } } });
  }

  @Get('template')
  async template(@Req() req: RawRequest, @Res() res: Response): Promise<void> {
    const template = await this.imports.template(req.user as Caller);
    res
      .status(200)
      .set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="mau-nhap-du-lieu.xlsx"`,
      })
      .send(template);
  }
}

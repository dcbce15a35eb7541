import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, Inject, Injectable, Logger, NestMiddleware, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { FILE_NAME_HEADER, GATEWAY_SIGNATURE_HEADER, fileRequestSigned, verifyGatewaySignature } from '@qcdc/shared/auth';
import { AppConfig, APP_CONFIG, IMPORT_FILE_BYTES } from '@qcdc/shared/config';
import { AppError, Caller, ErrorCode, badInput, hasUnsafeCharacters } from '@qcdc/shared/contracts';
import { readCappedBody } from '@qcdc/shared/subgraph';
import { ImportService } from './import.service';

type RawRequest = Request & { body: unknown; user?: Caller };

const STATUS: Partial<Record<ErrorCode | 'REQUEST_TOO_LARGE', number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TENANT_SUSPENDED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  REQUEST_TOO_LARGE: 413,
};

/** An answer of the import routes in the shape a GraphQL client reads: `errors[0].extensions.code`, a Vietnamese message. */
export function sendImportError(res: Response, code: string, vi: string, en: string, details: Record<string, unknown> = {}): void {
  res.status(STATUS[code as ErrorCode] ?? 500).json({ errors: [{ message: vi, extensions: { code, messageEn: en, ...details } }] });
}

export const tooLarge = () =>
  [
    'REQUEST_TOO_LARGE',
    `Tệp quá lớn (tối đa ${IMPORT_FILE_BYTES / 1024 / 1024} MB). Hãy chia thành nhiều tệp nhỏ hơn.`,
    `The file is too large (at most ${IMPORT_FILE_BYTES / 1024 / 1024} MB). Split it into smaller files.`,
    { field: 'file', reason: 'FILE_TOO_LARGE' },
  ] as const;

/**
 * The import routes take the file as it is (not JSON), up to the import's limit, and only from the gateway: its
 * signature covers the method, path, file name and the file's hash. Before the token is checked, like /graphql.
 */
@Injectable()
export class ImportUploadMiddleware implements NestMiddleware {
  private readonly logger = new Logger('ImportUpload');
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  use(req: RawRequest, res: Response, next: NextFunction): void {
    readCappedBody(req, IMPORT_FILE_BYTES).then((bytes) => {
      if (bytes === null) return sendImportError(res, ...tooLarge());
      const fileName = decodeURIComponent(req.header(FILE_NAME_HEADER) ?? '');
      const secret = this.config.gatewaySecret;
      const signed = fileRequestSigned(req.method, req.baseUrl + req.path, fileName, bytes);
      if (secret && verifyGatewaySignature(secret, signed, req.header(GATEWAY_SIGNATURE_HEADER), Math.floor(Date.now() / 1000))) {
        req.body = bytes;
        return next();
      }
      this.logger.warn(`refused a request to ${req.originalUrl} that did not come through the gateway (${req.ip})`);
      sendImportError(res, 'FORBIDDEN', 'Dịch vụ này chỉ nhận yêu cầu qua cổng của hệ thống.', 'This service answers the system’s gateway only.');
    }, next);
  }
}

/** Every refusal of the import routes (the token's too) as JSON with its stable code. */
@Catch()
export class ImportHttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ImportHttp');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      const { code, messages, details } = error;
      return sendImportError(res, code, messages.vi, messages.en, details);
    }
    this.logger.error(`an import request failed: ${(error as Error).message}`, (error as Error).stack);
    sendImportError(res, 'INTERNAL_SERVER_ERROR', 'Lỗi hệ thống; vui lòng thử lại sau ít phút.', 'A system error; try again in a few minutes.');
  }
}

/**
 * POST /imports: the province admin's file (XLSX or CSV, the body as it is, its name in `x-file-name`); answers
 * the new import, whose dry run is queued (then `importJob(id)` shows its progress and problems).
 * GET /imports/template: the template workbook.
 */
@Controller('imports')
@UseFilters(ImportHttpErrorFilter)
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

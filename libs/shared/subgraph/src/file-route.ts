import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { FILE_NAME_HEADER, GATEWAY_SIGNATURE_HEADER, fileRequestSigned, verifyGatewaySignature } from '@qcdc/shared/auth';
import { AppConfig } from '@qcdc/shared/config';
import { AppError, ErrorCode } from '@qcdc/shared/contracts';
import { readCappedBody } from './capped-body';

const STATUS: Partial<Record<ErrorCode | 'REQUEST_TOO_LARGE', number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TENANT_SUSPENDED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  REQUEST_TOO_LARGE: 413,
};

/**
 * An answer of a file route (imports, evidence) in the shape a GraphQL client reads: `errors[0].extensions.code`,
 * a Vietnamese message first. A file over its limit is 413 whatever its code.
 */
export function sendFileRouteError(res: Response, code: string, vi: string, en: string, details: Record<string, unknown> = {}): void {
  const status = details['reason'] === 'FILE_TOO_LARGE' ? 413 : (STATUS[code as ErrorCode] ?? 500);
  res.status(status).json({ errors: [{ message: vi, extensions: { code, messageEn: en, ...details } }] });
}

export const sendAppError = (res: Response, error: AppError) => sendFileRouteError(res, error.code, error.messages.vi, error.messages.en, error.details);

/**
 * The body of a file route: the file as it is (not JSON), up to `maxBytes`, and only from the gateway, whose
 * signature covers the method, path, file name and the file's hash. Runs before the token is checked, like
 * the gateway-only check of /graphql; the bytes become `req.body`.
 */
export function signedFileBody(config: AppConfig, maxBytes: number, refuseTooLarge: (res: Response) => void) {
  const logger = new Logger('FileRoute');
  return (req: Request & { body: unknown }, res: Response, next: NextFunction): void => {
    readCappedBody(req, maxBytes).then((bytes) => {
      if (bytes === null) return refuseTooLarge(res);
      const fileName = decodeURIComponentSafe(req.header(FILE_NAME_HEADER) ?? '');
      const secret = config.gatewaySecret;
      const signed = fileRequestSigned(req.method, req.baseUrl + req.path, fileName, bytes);
      if (secret && verifyGatewaySignature(secret, signed, req.header(GATEWAY_SIGNATURE_HEADER), Math.floor(Date.now() / 1000))) {
        req.body = bytes;
        return next();
      }
      logger.warn(`refused a request to ${req.originalUrl} that did not come through the gateway (${req.ip})`);
      sendFileRouteError(res, 'FORBIDDEN', 'Dịch vụ này chỉ nhận yêu cầu qua cổng của hệ thống.', 'This service answers the system’s gateway only.');
    }, next);
  };
}

/** Every refusal of a file route (the token's too) as JSON with its stable code. */
@Catch()
export class FileRouteErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('FileRoute');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) return sendAppError(res, error);
    this.logger.error(`a file request failed: ${(error as Error).message}`, (error as Error).stack);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendFileRouteError(res, 'INTERNAL_SERVER_ERROR', 'Lỗi hệ thống; vui lòng thử lại sau ít phút.', 'A system error; try again in a few minutes.');
  }
}

export function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CLIENT_ADDRESS_HEADER, FILE_NAME_HEADER, GATEWAY_SIGNATURE_HEADER, clientAddressOf, fileRequestSigned, signGatewayRequest } from '@qcdc/shared/auth';
import { AppConfig, IMPORT_FILE_BYTES, SubgraphName } from '@qcdc/shared/config';
import { isRequestId } from '@qcdc/shared/contracts';
import { readCappedBody } from '@qcdc/shared/subgraph';

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export const refuse = (res: Response, status: number, code: string, vi: string, en: string, details: Record<string, unknown> = {}) =>
  res.status(status).json({ errors: [{ message: vi, extensions: { code, messageEn: en, ...details } }] });

const refuseTooLarge = (res: Response) =>
  refuse(
    res,
    413,
    'REQUEST_TOO_LARGE',
    `Tệp quá lớn (tối đa ${IMPORT_FILE_BYTES / 1024 / 1024} MB). Hãy chia thành nhiều tệp nhỏ hơn.`,
    `The file is too large (at most ${IMPORT_FILE_BYTES / 1024 / 1024} MB). Split it into smaller files.`,
    { field: 'file', reason: 'FILE_TOO_LARGE' },
  );

/**
 * The import's file route at the edge: a spreadsheet is larger than the 100 KB of /graphql, so it comes as
 * the body of `POST /imports` (up to IMPORT_FILE_BYTES), with the same bearer token. The gateway checks
 * the size, then forwards the file, the token, the request id and the client's address to the tenancy
 * service, signed (method, path, file name and the file's hash); tenancy checks the token and the role.
 * `GET /imports/template` fetches the template the same way.
 */
@Controller('imports')
export class ImportUploadController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: AppConfig) {}

  @All()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (req.method !== 'POST') {
      refuse(res, 405, 'BAD_USER_INPUT', 'Hãy gửi tệp bằng POST.', 'Send the file with POST.');
      return;
    }
    const bytes = await readCappedBody(req, IMPORT_FILE_BYTES);
    if (bytes === null) {
      refuseTooLarge(res);
      return;
    }
    await this.forward(req, res, 'POST', '/imports', bytes);
  }

  @All('template')
  async template(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.forward(req, res, 'GET', '/imports/template', Buffer.alloc(0));
  }

  private forward(req: Request, res: Response, method: 'GET' | 'POST', path: string, bytes: Buffer): Promise<void> {
    const fileName = decodeURIComponentSafe(req.header(FILE_NAME_HEADER) ?? '');
    return forwardFile(this.config, req, res, { subgraph: 'tenancy', method, path, fileName, bytes });
  }
}

/** The headers of a subgraph's answer that the gateway passes on to the browser. */
const ANSWER_HEADERS = ['content-type', 'content-disposition', 'content-length', 'cache-control', 'x-content-type-options'];

/**
 * Forwards a file route to a subgraph: the file (or nothing), its name, the token, the request id and the
 * client's address, signed (method, path, file name and the file's hash); the subgraph checks the token and
 * the role. The answer is streamed back with its status and its content headers.
 */
/** The services as the refusal names them when one does not answer. */
const SERVICE_NAMES: Record<SubgraphName, string> = {
  tenancy: 'quản lý tỉnh',
  activities: 'ghi nhận hoạt động',
  scoring: 'chấm điểm',
  reports: 'báo cáo',
};

export async function forwardFile(
  config: AppConfig,
  req: Request,
  res: Response,
  file: { subgraph: SubgraphName; method: 'GET' | 'POST'; path: string; fileName: string; bytes: Buffer },
): Promise<void> {
  const { method, path, fileName, bytes } = file;
  const secret = config.gatewaySecret as string;
  const requestId = req.header('x-request-id');
  const headers: Record<string, string> = {
    [GATEWAY_SIGNATURE_HEADER]: signGatewayRequest(secret, fileRequestSigned(method, path, fileName, bytes), Math.floor(Date.now() / 1000)),
    [FILE_NAME_HEADER]: encodeURIComponent(fileName),
    [CLIENT_ADDRESS_HEADER]: clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxyHops),
    'x-request-id': requestId && isRequestId(requestId) ? requestId : randomUUID(),
    'content-type': 'application/octet-stream',
  };
  if (req.headers.authorization) headers['authorization'] = req.headers.authorization;
  let answer: globalThis.Response;
  try {
    answer = await fetch(new URL(path, config.subgraphUrls[file.subgraph]), { method, headers, body: method === 'POST' ? bytes : undefined });
  } catch {
    const service = SERVICE_NAMES[file.subgraph];
    refuse(res, 503, 'SERVICE_UNAVAILABLE', `Dịch vụ ${service} tạm thời không trả lời; hãy thử lại sau ít phút.`, `The ${file.subgraph} service does not answer; try again in a few minutes.`);
    return;
  }
  res.status(answer.status);
  for (const name of ANSWER_HEADERS) {
    const value = answer.headers.get(name);
    if (value) res.setHeader(name, value);
  }
  if (!answer.body) {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream), res);
  } catch {
    // The browser went away, or the subgraph broke off: the connection is closed, nothing more to say.
    res.destroy();
  }
}

export function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

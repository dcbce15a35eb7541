import { All, Controller, Inject, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { AppConfig } from '@qcdc/shared/config';
import { GATEWAY_CONFIG, forwardFile, refuse } from './import-upload';

/** A past report's file at most (the reports domain's LEGACY_FILE_MAX_BYTES, which the service checks again). */
export const LEGACY_REPORT_FILE_BYTES = 2 * 1024 * 1024;
/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 16 * 1024;
const MB = LEGACY_REPORT_FILE_BYTES / 1024 / 1024;

type Refusal = { status: number; code: string; vi: string; en: string; details?: Record<string, unknown> };

const TOO_LARGE: Refusal = {
  status: 413,
  code: 'BAD_USER_INPUT',
  vi: `Tệp quá lớn (tối đa ${MB} MB). Hãy chỉ giữ phần báo cáo năm hoặc dán nội dung báo cáo.`,
  en: `The file is too large (at most ${MB} MB). Keep only the yearly report or paste its text.`,
  details: { field: 'file', reason: 'FILE_TOO_LARGE', maxBytes: LEGACY_REPORT_FILE_BYTES },
};
const NOT_MULTIPART: Refusal = {
  status: 400,
  code: 'BAD_USER_INPUT',
  vi: 'Hãy gửi tệp dưới dạng biểu mẫu (multipart/form-data) với tệp ở trường file.',
  en: 'Send the file as a multipart/form-data form with the file in the field file.',
  details: { field: 'file' },
};

/**
 * `POST /legacy-reports`: a past report (DOCX or text) as the browser's multipart form, field `file`. Refused
 * as soon as the stream passes the limit; otherwise forwarded as it is to the reports service
 * (`POST /legacy-reports/parse`, signed like an evidence file), which checks the token, the role and the
 * file's content, and answers `{ draft, warnings }`. Nothing is written.
 */
@Controller('legacy-reports')
export class LegacyReportUploadController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: AppConfig) {}

  @All()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (req.method !== 'POST') {
      refuse(res, 405, 'BAD_USER_INPUT', 'Hãy gửi tệp bằng POST.', 'Send the file with POST.');
      return;
    }
    const file = await readFile(req).catch((refusal: Refusal) => refusal);
    if (file && 'status' in file) {
      refuse(res, file.status, file.code, file.vi, file.en, file.details);
      return;
    }
    if (!file) {
      refuse(res, 400, 'BAD_USER_INPUT', 'Hãy chọn tệp báo cáo (.docx hoặc .txt) để tải lên.', 'Choose a report file (.docx or .txt) to upload.', {
        field: 'file',
        reason: 'FILE_MISSING',
      });
      return;
    }
    await forwardFile(this.config, req, res, { subgraph: 'reports', method: 'POST', path: '/legacy-reports/parse', fileName: file.name, bytes: file.bytes });
  }
}

/** The form's file `file`, or null without one; refused as soon as it passes the limit (the rest is drained unread). */
function readFile(req: Request): Promise<{ name: string; bytes: Buffer } | null> {
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    req.resume();
    return Promise.reject(NOT_MULTIPART);
  }
  if (Number(req.headers['content-length'] ?? 0) > LEGACY_REPORT_FILE_BYTES + ENVELOPE_BYTES) {
    req.resume();
    return Promise.reject(TOO_LARGE);
  }
  return new Promise((resolve, reject) => {
    let file: { name: string; bytes: Buffer } | null = null;
    let refused = false;
    let parser: ReturnType<typeof busboy>;
    const stop = (why: Refusal) => {
      if (refused) return;
      refused = true;
      req.unpipe(parser);
      req.resume();
      reject(why);
    };
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 2, fieldSize: 200, parts: 3, fileSize: LEGACY_REPORT_FILE_BYTES } });
    } catch {
      req.resume();
      reject(NOT_MULTIPART);
      return;
    }
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || file) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => stop(TOO_LARGE));
      stream.on('end', () => {
        if (!stream.truncated) file = { name: info.filename ?? '', bytes: Buffer.concat(chunks) };
      });
    });
    parser.on('error', () => stop(NOT_MULTIPART));
    parser.on('close', () => {
      if (!refused) resolve(file);
    });
    req.pipe(parser);
  });
}

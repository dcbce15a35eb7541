import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { AppConfig } from '@qcdc/shared/config';
import { GATEWAY_CONFIG, forwardFile, refuse } from './import-upload';

/** Room for the multipart envelope around the file (boundaries, part headers, the activity's id). */
const ENVELOPE_BYTES = 16 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Form = { activityId?: string; file?: { name: string; bytes: Buffer } };
type Refusal = { status: number; code: string; vi: string; en: string; details?: Record<string, unknown> };

/**
 * The evidence routes at the edge. `POST /evidence` takes the browser's multipart form (the field
 * `activityId` and one file `file`), refuses a file over EVIDENCE_MAX_BYTES as soon as the stream passes it,
 * and forwards the file as it is to the activities service (signed, like an import's file), which checks
 * the token, the role, the activity and the file's type. `GET /evidence/<id>` streams the file back.
 */
@Controller('evidence')
export class EvidenceUploadController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: AppConfig) {}

  @All()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (req.method !== 'POST') {
      refuse(res, 405, 'BAD_USER_INPUT', 'Hãy gửi tệp bằng POST.', 'Send the file with POST.');
      return;
    }
    const form = await this.readForm(req).catch((refusal: Refusal) => refusal);
    if ('status' in form) {
      refuse(res, form.status, form.code, form.vi, form.en, form.details);
      return;
    }
    const { activityId, file } = form;
    if (!activityId || !UUID.test(activityId)) {
      refuse(res, 404, 'NOT_FOUND', 'Không tìm thấy hoạt động này. Hãy tải lại danh sách hoạt động.', 'There is no such activity. Reload the list of activities.', {
        field: 'activityId',
      });
      return;
    }
    if (!file) {
      refuse(res, 400, 'BAD_USER_INPUT', 'Hãy chọn một tệp để tải lên.', 'Choose a file to upload.', { field: 'file', reason: 'FILE_MISSING' });
      return;
    }
    const path = `/evidence/activities/${activityId.toLowerCase()}`;
    await forwardFile(this.config, req, res, { subgraph: 'activities', method: 'POST', path, fileName: file.name, bytes: file.bytes });
  }

  @All(':id')
  async download(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    if (req.method !== 'GET') {
      refuse(res, 405, 'BAD_USER_INPUT', 'Hãy tải tệp bằng GET.', 'Fetch the file with GET.');
      return;
    }
    const path = `/evidence/${encodeURIComponent(id)}`;
    await forwardFile(this.config, req, res, { subgraph: 'activities', method: 'GET', path, fileName: '', bytes: Buffer.alloc(0) });
  }

  private tooLarge(): Refusal {
    const maxBytes = this.config.evidence.maxBytes;
    const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return {
      status: 413,
      code: 'BAD_USER_INPUT',
      vi: `Tệp quá lớn (tối đa ${mb} MB). Hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.`,
      en: `The file is too large (at most ${mb} MB). Scan it at a lower resolution or split it into several files.`,
      details: { field: 'file', reason: 'FILE_TOO_LARGE', maxBytes },
    };
  }

  /** The form's activity id and file; refused as soon as the file passes the limit (the rest is drained unread). */
  private readForm(req: Request): Promise<Form> {
    const maxBytes = this.config.evidence.maxBytes;
    const notMultipart: Refusal = {
      status: 400,
      code: 'BAD_USER_INPUT',
      vi: 'Hãy gửi tệp dưới dạng biểu mẫu (multipart/form-data) với trường activityId và tệp file.',
      en: 'Send the file as a multipart/form-data form with the field activityId and the file file.',
      details: { field: 'file' },
    };
    if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
      req.resume();
      return Promise.reject(notMultipart);
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBytes + ENVELOPE_BYTES) {
      req.resume();
      return Promise.reject(this.tooLarge());
    }
    return new Promise<Form>((resolve, reject) => {
      const form: Form = {};
      let refusal: Refusal | null = null;
      const stop = (why: Refusal) => {
        if (refusal) return;
        refusal = why;
        req.unpipe(parser);
        req.resume();
        reject(why);
      };
      let parser: ReturnType<typeof busboy>;
      try {
        parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 4, fieldSize: 200, parts: 6, fileSize: maxBytes } });
      } catch {
        req.resume();
        reject(notMultipart);
        return;
      }
      parser.on('field', (name, value) => {
        if (name === 'activityId') form.activityId = value.trim();
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || form.file) {
          stream.resume();
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => stop(this.tooLarge()));
        stream.on('end', () => {
          if (!stream.truncated) form.file = { name: info.filename ?? '', bytes: Buffer.concat(chunks) };
        });
      });
      parser.on('error', () => stop(notMultipart));
      parser.on('close', () => {
        if (!refusal) resolve(form);
      });
      req.pipe(parser);
    });
  }
}

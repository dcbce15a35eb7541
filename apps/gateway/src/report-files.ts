import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppConfig } from '@qcdc/shared/config';
import { GATEWAY_CONFIG, forwardFile, refuse } from './import-upload';

/**
 * `GET /report-files/<id>` at the edge: a rendered report (DOCX or PDF), streamed from the reports service,
 * which checks the token and who may read the report.
 */
@Controller('report-files')
export class ReportFilesController {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: AppConfig) {}

  @All(':id')
  async download(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    if (req.method !== 'GET') {
      refuse(res, 405, 'BAD_USER_INPUT', 'Hãy tải tệp bằng GET.', 'Fetch the file with GET.');
      return;
    }
    const path = `/report-files/${encodeURIComponent(id)}`;
    await forwardFile(this.config, req, res, { subgraph: 'reports', method: 'GET', path, fileName: '', bytes: Buffer.alloc(0) });
  }
}

import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Caller, attachmentDisposition, parseInput } from '@qcdc/shared/contracts';
import { FileRouteErrorFilter } from '@qcdc/shared/subgraph';
import { reportFileArgs } from '@qcdc/reports/domain';
import type { ReportFileMedia } from '@qcdc/reports/domain';
import { RenderingService } from './rendering.service';

export const REPORT_FILE_CONTENT_TYPES: Record<ReportFileMedia, string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PDF: 'application/pdf',
};

type FileRequest = Request & { user?: Caller };

/**
 * GET /report-files/<id> behind the gateway (signed, like the evidence routes): a rendered DOCX or PDF, as an
 * attachment named as rendered, for whoever may read the report it renders.
 */
@Controller('report-files')
@UseFilters(FileRouteErrorFilter)
export class ReportFileController {
  constructor(private readonly rendering: RenderingService) {}

  @Get(':id')
  async download(@Req() req: FileRequest, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const file = await this.rendering.download(req.user as Caller, parseInput(reportFileArgs, { id }).id);
    res
      .status(200)
      .set({
        'Content-Type': REPORT_FILE_CONTENT_TYPES[file.media],
        'Content-Length': String(file.bytes.length),
        'Content-Disposition': attachmentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
      })
      .end(file.bytes);
  }
}

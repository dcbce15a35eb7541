import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { FILE_NAME_HEADER } from '@qcdc/shared/auth';
import { Caller, parseInput } from '@qcdc/shared/contracts';
import { FileRouteErrorFilter, decodeURIComponentSafe } from '@qcdc/shared/subgraph';
import { evidenceDisposition, evidenceDownloadArgs, evidenceUploadFields } from '@qcdc/activities/domain';
import { EvidenceService } from './evidence.service';
import { toEvidenceFile } from './to-graphql';

type FileRequest = Request & { body: unknown; user?: Caller };

/**
 * The evidence routes behind the gateway, which parses the browser's multipart form and forwards the file as
 * it is, signed (signedFileBody):
 * POST /evidence/activities/<activityId>: the file (its name in `x-file-name`); answers `{ file }`.
 * GET /evidence/<id>: the bytes, as an attachment named as uploaded.
 */
@Controller('evidence')
@UseFilters(FileRouteErrorFilter)
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('activities/:activityId')
  async upload(@Req() req: FileRequest, @Res() res: Response, @Param('activityId') activityId: string): Promise<void> {
    const fields = parseInput(evidenceUploadFields, { activityId });
    const fileName = decodeURIComponentSafe(req.header(FILE_NAME_HEADER) ?? '');
    const row = await this.evidence.upload(req.user as Caller, fields.activityId, fileName, req.body as Buffer);
    res.status(200).json({ file: toEvidenceFile(row) });
  }

  @Get(':id')
  async download(@Req() req: FileRequest, @Res() res: Response, @Param('id') id: string): Promise<void> {
    const { file, content } = await this.evidence.download(req.user as Caller, parseInput(evidenceDownloadArgs, { id }).id);
    res.status(200).set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.sizeBytes),
      'Content-Disposition': evidenceDisposition(file.fileName),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
    await pipeline(content, res);
  }
}

import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Queue } from 'bullmq';
import { WORKER_QUEUE_LIST } from '../consumers/consumer-queues';
import { operationsMetrics } from '../metrics/operations-metrics';

/**
 * GET /metrics: what Prometheus scrapes from the worker (queue depth and failures). The worker's port is
 * internal, like /health: it serves no user, and no data of any province, only counts.
 */
@Controller('metrics')
export class WorkerMetricsController {
  constructor(@Inject(WORKER_QUEUE_LIST) private readonly queues: readonly Queue[]) {}

  @Get()
  @Header('cache-control', 'no-store')
  async metrics(@Res() res: Response): Promise<void> {
    const { contentType, text } = await operationsMetrics(this.queues);
    res.type(contentType).send(text);
  }
}

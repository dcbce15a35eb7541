import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CONSUMER_NAMES } from '@qcdc/shared/events';
import { CONSUMER_QUEUES, ConsumerQueues } from '../consumers/consumer-queues';
import { operationsMetrics } from '../metrics/operations-metrics';

/**
 * GET /metrics: what Prometheus scrapes from the worker (queue depth and failures). The worker's port is
 * internal, like /health: it serves no user, and no data of any province, only counts.
 */
@Controller('metrics')
export class WorkerMetricsController {
  constructor(@Inject(CONSUMER_QUEUES) private readonly queues: ConsumerQueues) {}

  @Get()
  @Header('cache-control', 'no-store')
  async metrics(@Res() res: Response): Promise<void> {
    const { contentType, text } = await operationsMetrics(CONSUMER_NAMES.map((name) => this.queues[name]));
    res.type(contentType).send(text);
  }
}

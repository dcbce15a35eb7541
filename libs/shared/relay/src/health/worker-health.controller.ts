import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONSUMER_NAMES, ConsumerName } from '@qcdc/shared/events';
import { CONSUMER_QUEUES, ConsumerQueues } from '../consumers/consumer-queues';

/** GET /health: 200 when the worker reaches PostgreSQL and Redis, with each consumer queue's depth. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CONSUMER_QUEUES) private readonly queues: ConsumerQueues,
  ) {}

  @Get()
  async health(): Promise<{ status: 'ok'; waiting: Record<ConsumerName, number> }> {
    const failed = new Set<string>();
    await this.dataSource.query('SELECT 1').catch(() => failed.add('database'));
    const waiting = {} as Record<ConsumerName, number>;
    for (const name of CONSUMER_NAMES) {
      waiting[name] = await this.queues[name].getWaitingCount().catch(() => {
        failed.add('redis');
        return -1;
      });
    }
    if (failed.size) throw new ServiceUnavailableException({ status: 'unavailable', failed: [...failed] });
    return { status: 'ok', waiting };
  }
}

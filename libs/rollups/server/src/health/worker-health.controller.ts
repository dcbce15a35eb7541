import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUES } from '@qcdc/shared/contracts';

/** GET /health: 200 when the worker reaches PostgreSQL and Redis, with the roll-up queue's depth. */
@Controller('health')
export class WorkerHealthController {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.rollups) private readonly queue: Queue,
  ) {}

  @Get()
  async health(): Promise<{ status: 'ok'; rollupsWaiting: number }> {
    const failed: string[] = [];
    await this.dataSource.query('SELECT 1').catch(() => failed.push('database'));
    const rollupsWaiting = await this.queue.getWaitingCount().catch(() => failed.push('redis'));
    if (failed.length) throw new ServiceUnavailableException({ status: 'unavailable', failed });
    return { status: 'ok', rollupsWaiting: Number(rollupsWaiting) };
  }
}

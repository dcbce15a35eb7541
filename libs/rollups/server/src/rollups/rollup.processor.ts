import { Logger } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { OutboxJob, QUEUES } from '@qcdc/shared/contracts';
import { RollupService } from './rollup.service';

/** Consumes the relayed domain events and keeps the province roll-ups fresh. */
@Processor(QUEUES.rollups, { concurrency: 4 })
export class RollupProcessor extends WorkerHost {
  private readonly logger = new Logger(RollupProcessor.name);

  constructor(private readonly rollups: RollupService) {
    super();
  }

  async process(job: Job<OutboxJob>): Promise<string> {
    const outcome = await this.rollups.apply(job.data);
    this.logger.debug(`${job.data.event.type} ${job.data.eventId}: ${outcome}`);
    return outcome;
  }
}

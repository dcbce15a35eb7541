import { Processor } from '@nestjs/bullmq';
import { DataSource } from 'typeorm';
import { EnvelopeFor } from '@qcdc/shared/events';
import { EventConsumerHost } from '@qcdc/shared/relay';
import { RollupService } from './rollup.service';

/** The roll-ups consumer: keeps the province figures from org units and submissions. */
@Processor('rollups', { concurrency: 4 })
export class RollupConsumer extends EventConsumerHost<'rollups'> {
  constructor(
    private readonly rollups: RollupService,
    dataSource: DataSource,
  ) {
    super('rollups', dataSource);
  }

  apply(envelope: EnvelopeFor<'rollups'>): Promise<'applied' | 'duplicate'> {
    return this.rollups.apply(envelope);
  }
}

import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { RECOMPUTE_QUEUE, RollupRecomputeProcessor } from './rollups/rollup-recompute.processor';
import { RollupConsumer } from './rollups/rollup.consumer';
import { RollupRepository } from './rollups/rollup.repository';
import { RollupService } from './rollups/rollup.service';

/**
 * The worker's roll-ups: the consumer of the `rollups` queue (events, applied incrementally) and the processor
 * of the `rollups-recompute` queue (a full recompute of a province's period). Keeps `rollups.*`, which the
 * reports subgraph reads for the dashboards.
 */
@Module({
  imports: [BullModule.registerQueue({ name: RECOMPUTE_QUEUE })],
  providers: [RollupConsumer, RollupRecomputeProcessor, RollupRepository, RollupService],
  exports: [RollupService],
})
export class RollupsModule {}

import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { QUEUES } from '@qcdc/shared/contracts';
import { WorkerHealthController } from './health/worker-health.controller';
import { OutboxRelayService } from './relay/outbox-relay.service';
import { RollupProcessor } from './rollups/rollup.processor';
import { RollupRepository } from './rollups/rollup.repository';
import { RollupService } from './rollups/rollup.service';

/** The worker's roll-up side: the outbox relay and the processor that keeps the province figures. */
@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.rollups })],
  controllers: [WorkerHealthController],
  providers: [OutboxRelayService, RollupProcessor, RollupRepository, RollupService],
  exports: [OutboxRelayService, RollupService],
})
export class RollupsModule {}

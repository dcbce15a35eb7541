import { Module } from '@nestjs/common';
import { RollupConsumer } from './rollups/rollup.consumer';
import { RollupRepository } from './rollups/rollup.repository';
import { RollupService } from './rollups/rollup.service';

/** The worker's roll-ups consumer: keeps `rollups.*`, which the reports subgraph reads for the dashboards. */
@Module({
  providers: [RollupConsumer, RollupRepository, RollupService],
  exports: [RollupService],
})
export class RollupsModule {}

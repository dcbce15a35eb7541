import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { RollupService } from './rollup.service';

/** The queue of full recomputes: one job per province and period. */
export const RECOMPUTE_QUEUE = 'rollups-recompute';

/** A full recompute asked for: which province (tenant) and which period. */
export interface RecomputeJob {
  tenantId: string;
  periodId: string;
}

/**
 * Runs the full recompute of a province's period (one set-based SQL job: the standings' activities, then every
 * cell from the standings). For a repair or after a data fix; the incremental cells equal it by design, which
 * the roll-ups' medium test proves. Enqueue with `npm run rollups:recompute` (tools/rollups/recompute.ts).
 */
@Processor(RECOMPUTE_QUEUE, { concurrency: 1 })
export class RollupRecomputeProcessor extends WorkerHost {
  constructor(private readonly rollups: RollupService) {
    super();
  }

  async process(job: Job<RecomputeJob>): Promise<void> {
    await this.rollups.recompute(job.data.tenantId, job.data.periodId);
  }
}

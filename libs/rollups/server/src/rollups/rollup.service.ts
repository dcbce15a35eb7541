import { Injectable } from '@nestjs/common';
import { OutboxJob } from '@qcdc/shared/contracts';
import { TenantDb } from '@qcdc/shared/db';
import { RollupRepository } from './rollup.repository';

/**
 * Applies one relayed event to the province's roll-ups, in one transaction of the event's tenant (taken from
 * the payload, never from anywhere else). Idempotent: an event applied before changes nothing.
 */
@Injectable()
export class RollupService {
  constructor(
    private readonly db: TenantDb,
    private readonly rollups: RollupRepository,
  ) {}

  apply(job: OutboxJob): Promise<'applied' | 'duplicate'> {
    const { event } = job;
    return this.db.forTenant(event.tenantId, async (em) => {
      if (!(await this.rollups.markProcessed(em, job.eventId))) return 'duplicate';
      switch (event.type) {
        case 'org-unit.upserted': {
          await this.rollups.upsertUnit(em, event);
          // Units expected changed: every period already rolled up follows.
          for (const { periodId } of await this.rollups.periodsWithRollups(em)) {
            await this.rollups.recomputeProvince(em, periodId);
          }
          break;
        }
        case 'report.submitted': {
          await this.rollups.upsertSubmission(em, event);
          await this.rollups.recomputeProvince(em, event.periodId);
          break;
        }
        default: {
          // A new event type without a case here is a compile error; an unknown one from the queue is a bug.
          const unknown: never = event;
          throw new Error(`roll-ups cannot apply event ${JSON.stringify(unknown)}`);
        }
      }
      return 'applied';
    });
  }
}

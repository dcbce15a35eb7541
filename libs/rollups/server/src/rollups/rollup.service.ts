import { Injectable } from '@nestjs/common';
import { TenantDb } from '@qcdc/shared/db';
import { EnvelopeFor } from '@qcdc/shared/events';
import { RollupRepository } from './rollup.repository';

/**
 * Applies one checked event to the province's roll-ups, in one transaction of the event's tenant (taken from
 * the envelope, never from anywhere else). Idempotent: an event applied before changes nothing.
 */
@Injectable()
export class RollupService {
  constructor(
    private readonly db: TenantDb,
    private readonly rollups: RollupRepository,
  ) {}

  apply(envelope: EnvelopeFor<'rollups'>): Promise<'applied' | 'duplicate'> {
    return this.db.forTenant(envelope.tenantId, async (em) => {
      if (!(await this.rollups.markProcessed(em, envelope.eventId))) return 'duplicate';
      switch (envelope.name) {
        case 'org-unit.upserted': {
          await this.rollups.upsertUnit(em, envelope.payload);
          // Units expected changed: every period already rolled up follows.
          for (const { periodId } of await this.rollups.periodsWithRollups(em)) {
            await this.rollups.recomputeProvince(em, periodId);
          }
          break;
        }
        case 'report.submitted': {
          await this.rollups.upsertSubmission(em, envelope.payload);
          await this.rollups.recomputeProvince(em, envelope.payload.periodId);
          break;
        }
        default: {
          // A subscription added to the registry without a case here is a compile error.
          const unknown: never = envelope;
          throw new Error(`roll-ups cannot apply event ${JSON.stringify(unknown)}`);
        }
      }
      return 'applied';
    });
  }
}

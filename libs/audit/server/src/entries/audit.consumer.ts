import { Processor } from '@nestjs/bullmq';
import { EnvelopeFor } from '@qcdc/shared/events';
import { EventConsumerHost } from '@qcdc/shared/relay';
import { AuditDb } from './audit-db';
import { AuditEntryRepository } from './audit-entry.repository';

/** The audit consumer: files every `audit.recorded` event in `audit.entries`, once per event id. */
@Processor('audit', { concurrency: 4 })
export class AuditConsumer extends EventConsumerHost<'audit'> {
  constructor(
    private readonly db: AuditDb,
    private readonly entries: AuditEntryRepository,
  ) {
    super('audit', db.dataSource);
  }

  apply(envelope: EnvelopeFor<'audit'>): Promise<'applied' | 'duplicate'> {
    return this.db.forTenant(envelope.tenantId, async (em) =>
      (await this.entries.file(em, envelope)) ? 'applied' : 'duplicate',
    );
  }
}

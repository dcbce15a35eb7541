import { Processor } from '@nestjs/bullmq';
import { EnvelopeFor } from '@qcdc/shared/events';
import { EventConsumerHost } from '@qcdc/shared/relay';
import { RemindersDb } from './reminders-db';
import { ReminderService } from './reminder.service';

/**
 * The `reminders` consumer: a submission stops the unit's reminders (its unread ones are marked read; every
 * job still queued checks the submission when it runs and sends nothing); an opened period makes sure the
 * province ticks daily. Both are idempotent, so a redelivery changes nothing.
 */
@Processor('reminders', { concurrency: 2 })
export class RemindersConsumer extends EventConsumerHost<'reminders'> {
  constructor(
    private readonly reminders: ReminderService,
    db: RemindersDb,
  ) {
    super('reminders', db.dataSource);
  }

  async apply(envelope: EnvelopeFor<'reminders'>): Promise<'applied' | 'duplicate'> {
    switch (envelope.name) {
      case 'report.submitted':
        await this.reminders.unitSubmitted(envelope.tenantId, envelope.payload.periodId, envelope.payload.unitId);
        return 'applied';
      case 'reporting-period.opened':
        await this.reminders.scheduleProvince(envelope.tenantId);
        return 'applied';
    }
  }
}

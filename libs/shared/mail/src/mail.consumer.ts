import { Processor } from '@nestjs/bullmq';
import { AppError } from '@qcdc/shared/contracts';
import { EnvelopeFor } from '@qcdc/shared/events';
import { EventConsumerHost } from '@qcdc/shared/relay';
import { DeliveryRepository } from './delivery.repository';
import { MailDb } from './mail-db';
import { Mailer, OutgoingMail, isPermanentMailFailure } from './mailer';
import { invitationMail, passwordResetMail } from './templates';

/** The mail each event sends, by the template's name (kept with the delivery). */
export function mailFor(envelope: EnvelopeFor<'mail'>): { template: string; mail: OutgoingMail } {
  switch (envelope.name) {
    case 'user.invited': {
      const p = envelope.payload;
      return { template: 'invitation', mail: { to: p.email, ...invitationMail({ ...p, expiresAt: new Date(p.expiresAt) }) } };
    }
    case 'user.password-reset-requested': {
      const p = envelope.payload;
      return { template: 'password-reset', mail: { to: p.email, ...passwordResetMail({ ...p, expiresAt: new Date(p.expiresAt) }) } };
    }
  }
}

/**
 * The mail consumer: sends the mail of every event it subscribes to, once per event id. The delivery record
 * and the sending share one transaction, which commits only once the SMTP server has taken the message: a
 * failure leaves no record, and BullMQ retries with backoff. A permanent refusal (5xx: no such mailbox) is
 * dead-lettered with the server's answer instead of retried for days.
 */
@Processor('mail', { concurrency: 2 })
export class MailConsumer extends EventConsumerHost<'mail'> {
  constructor(
    private readonly db: MailDb,
    private readonly deliveries: DeliveryRepository,
    private readonly mailer: Mailer,
  ) {
    super('mail', db.dataSource);
  }

  apply(envelope: EnvelopeFor<'mail'>): Promise<'applied' | 'duplicate'> {
    const { template, mail } = mailFor(envelope);
    return this.db.forTenant(envelope.tenantId, async (em) => {
      if (!(await this.deliveries.claim(em, { eventId: envelope.eventId, template, recipient: mail.to }))) return 'duplicate';
      try {
        await this.mailer.send(mail);
      } catch (error) {
        if (!isPermanentMailFailure(error)) throw error;
        throw new AppError('BAD_USER_INPUT', {
          vi: `Máy chủ thư từ chối thư gửi ${mail.to}: ${(error as Error).message}`,
          en: `The mail server refused the message to ${mail.to}: ${(error as Error).message}`,
        });
      }
      return 'applied';
    });
  }
}

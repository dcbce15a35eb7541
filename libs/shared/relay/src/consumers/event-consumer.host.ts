import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppError } from '@qcdc/shared/contracts';
import { ConsumerName, EnvelopeFor, parseEnvelope } from '@qcdc/shared/events';
import { CountedWorkerHost } from '../metrics/counted-worker.host';
import { fileDeadLetter } from './dead-letters';

export type ConsumeOutcome = 'applied' | 'duplicate' | 'dead-lettered';

/**
 * The base of every consumer's BullMQ processor (`@Processor('<consumer>')` on the subclass). Before anything
 * is applied it checks the event against the catalogue and the consumer's subscriptions; an event that fails
 * (or that `apply` refuses with an AppError, such as an unknown tenant) is dead-lettered with the reason and
 * never applied. Other errors (PostgreSQL away) are thrown, and BullMQ retries the job with backoff.
 */
export abstract class EventConsumerHost<C extends ConsumerName> extends CountedWorkerHost {
  protected readonly logger = new Logger(this.constructor.name);

  protected constructor(
    readonly consumer: C,
    /** Where dead letters go: the consumer's own connection. */
    private readonly deadLetterDb: DataSource,
  ) {
    super();
  }

  /**
   * Applies one checked event in one transaction of its tenant, deduplicating on this consumer's own record
   * of the event ids it has applied: 'duplicate' when it had this one already.
   */
  abstract apply(envelope: EnvelopeFor<C>): Promise<'applied' | 'duplicate'>;

  async process(job: Job<unknown>): Promise<ConsumeOutcome> {
    const parsed = parseEnvelope(this.consumer, job.data);
    let reason: string;
    if (parsed.ok) {
      try {
        return await this.apply(parsed.envelope);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        reason = `refused: ${error.messages.en}`;
      }
    } else {
      reason = parsed.reason;
    }
    await fileDeadLetter(this.deadLetterDb, { consumer: this.consumer, jobId: String(job.id), data: job.data, reason });
    this.logger.warn(`${job.id} dead-lettered: ${reason}`);
    return 'dead-lettered';
  }
}

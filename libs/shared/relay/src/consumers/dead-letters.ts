import { DataSource } from 'typeorm';
import { execute, qb } from '@qcdc/shared/db';
import { ConsumerName } from '@qcdc/shared/events';

export interface DeadLetter {
  consumer: ConsumerName;
  /** The BullMQ job id (`<consumer>.<event id>`), present even when the envelope is unreadable. */
  jobId: string;
  /** The job's data exactly as it arrived. */
  data: unknown;
  reason: string;
}

/**
 * Files an event a consumer refused in `events.dead_letters` (write-only for the consumers' roles; operators
 * read it as the owner). Filing the same job twice keeps the first.
 */
export async function fileDeadLetter(dataSource: DataSource, letter: DeadLetter): Promise<void> {
  // No conflict target: naming one would need SELECT on it, which the consumers do not have.
  await execute(
    dataSource.manager,
    qb
      .insertInto('events.dead_letters')
      .values({
        consumer: letter.consumer,
        job_id: letter.jobId,
        data: JSON.stringify(letter.data ?? null),
        reason: letter.reason.slice(0, 2000),
      })
      .onConflict((oc) => oc.doNothing()),
  );
}

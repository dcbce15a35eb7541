import { DataSource } from 'typeorm';
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
  await dataSource.query(
    `INSERT INTO events.dead_letters (consumer, job_id, data, reason) VALUES ($1, $2, $3::jsonb, $4)
     ON CONFLICT DO NOTHING`,
    [letter.consumer, letter.jobId, JSON.stringify(letter.data ?? null), letter.reason.slice(0, 2000)],
  );
}

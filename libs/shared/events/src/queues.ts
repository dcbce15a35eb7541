import { CONSUMER_NAMES } from './catalogue';

/** The roll-ups' full recompute of a province's period (one set-based SQL job; libs/rollups/server). */
export const ROLLUPS_RECOMPUTE_QUEUE = 'rollups-recompute';
/** The deadline reminders' ticks, unit reminders, emails and digests (libs/reports/server/src/reminders). */
export const REMINDER_JOBS_QUEUE = 'reminder-jobs';

/**
 * Every BullMQ queue the worker runs: one per consumer of the event catalogue, and the schedulers' own.
 * What operators see on the queue board and in the metrics; a queue missing here is invisible to them.
 */
export const WORKER_QUEUES: readonly string[] = [...CONSUMER_NAMES, ROLLUPS_RECOMPUTE_QUEUE, REMINDER_JOBS_QUEUE];

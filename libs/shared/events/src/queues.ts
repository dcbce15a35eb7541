import { CONSUMER_NAMES } from './catalogue';

/**
 * Every BullMQ queue the worker runs: one per consumer of the event catalogue, and the schedulers' own.
 * What operators see on the queue board and in the metrics; a queue missing here is invisible to them.
 */
export const WORKER_QUEUES: readonly string[] = [...CONSUMER_NAMES];

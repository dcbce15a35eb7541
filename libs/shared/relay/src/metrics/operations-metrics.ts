import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Queue } from 'bullmq';

/** The states a queue's jobs are counted in: its depth (waiting … delayed) and what went wrong (failed). */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'] as const;

/** What this process counts as it works: the Node.js process and every failed attempt of a job, by queue. */
const processRegistry = new Registry();
collectDefaultMetrics({ register: processRegistry, prefix: 'qcdc_worker_' });
const attemptFailures = new Counter({
  name: 'qcdc_queue_job_attempt_failures_total',
  help: 'Attempts of a job that threw in this process (BullMQ retries them with backoff), by queue',
  labelNames: ['queue'],
  registers: [processRegistry],
});

/** Counts one failed attempt of a job of `queue` (a processor's `failed` event). */
export function countJobFailure(queue: string): void {
  attemptFailures.inc({ queue });
}

/**
 * The worker's metrics in Prometheus's text format: the process's own counters, and each queue's jobs by
 * state, read from Redis at scrape time (so every worker answers the same depth, and a restarted one too).
 */
export async function operationsMetrics(queues: readonly Queue[]): Promise<{ contentType: string; text: string }> {
  const scrape = new Registry();
  const jobs = new Gauge({ name: 'qcdc_queue_jobs', help: 'Jobs of a queue by state, as Redis holds them', labelNames: ['queue', 'state'], registers: [scrape] });
  for (const queue of queues) {
    const counts = await queue.getJobCounts(...JOB_STATES);
    for (const state of JOB_STATES) jobs.set({ queue: queue.name, state }, counts[state] ?? 0);
  }
  const merged = Registry.merge([processRegistry, scrape]);
  return { contentType: merged.contentType, text: await merged.metrics() };
}

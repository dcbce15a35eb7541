import { countJobFailure, operationsMetrics } from './operations-metrics';

describe("the worker's metrics", () => {
  it('counts each failed attempt by queue, in the text Prometheus reads', async () => {
    countJobFailure('rollups');
    countJobFailure('rollups');
    countJobFailure('mail');
    const { contentType, text } = await operationsMetrics([]);
    expect(contentType).toMatch(/^text\/plain/);
    expect(text).toMatch(/^qcdc_queue_job_attempt_failures_total\{queue="rollups"\} 2$/m);
    expect(text).toMatch(/^qcdc_queue_job_attempt_failures_total\{queue="mail"\} 1$/m);
  });
});

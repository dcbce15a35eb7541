import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { countJobFailure } from './operations-metrics';

/** The base of every BullMQ processor of the worker: each attempt that throws counts in /metrics, by queue. */
export abstract class CountedWorkerHost extends WorkerHost {
  @OnWorkerEvent('failed')
  onFailed(): void {
    countJobFailure(this.worker.name);
  }
}

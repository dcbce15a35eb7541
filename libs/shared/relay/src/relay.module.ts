import { Module } from '@nestjs/common';
import {
  CONSUMER_QUEUES,
  WORKER_QUEUE_LIST,
  consumerQueuesModule,
  consumerQueuesProvider,
  consumerRegistryProvider,
  workerQueueListProvider,
} from './consumers/consumer-queues';
import { WorkerHealthController } from './health/worker-health.controller';
import { WorkerMetricsController } from './health/worker-metrics.controller';
import { OutboxRelayService } from './relay/outbox-relay.service';

/**
 * The worker's event plumbing: one queue per consumer of the registry, the outbox relay that fans each event
 * out to its subscribers, /health and /metrics (Prometheus). The consumers' processors live in their own libs.
 */
@Module({
  imports: [consumerQueuesModule()],
  controllers: [WorkerHealthController, WorkerMetricsController],
  providers: [consumerQueuesProvider, consumerRegistryProvider, workerQueueListProvider, OutboxRelayService],
  exports: [CONSUMER_QUEUES, WORKER_QUEUE_LIST, OutboxRelayService],
})
export class RelayModule {}

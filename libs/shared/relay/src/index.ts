export * from './relay.module';
export * from './relay/outbox-relay.service';
export * from './consumers/consumer-queues';
export * from './consumers/dead-letters';
export * from './consumers/event-consumer.host';
export * from './metrics/operations-metrics';
export * from './metrics/counted-worker.host';

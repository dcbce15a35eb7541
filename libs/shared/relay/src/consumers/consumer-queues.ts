import { Provider } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { CONSUMERS, CONSUMER_NAMES, ConsumerName, EventEnvelope, WORKER_QUEUES } from '@qcdc/shared/events';

/** Injection token of every consumer's queue, by consumer name. */
export const CONSUMER_QUEUES = Symbol('CONSUMER_QUEUES');
export type ConsumerQueues = Record<ConsumerName, Queue<EventEnvelope>>;

/** Injection token of the subscriptions the relay follows: CONSUMERS (a test may give its own). */
export const CONSUMER_REGISTRY = Symbol('CONSUMER_REGISTRY');
export const consumerRegistryProvider: Provider = { provide: CONSUMER_REGISTRY, useValue: CONSUMERS };

/** Injection token of every queue of the worker (WORKER_QUEUES), for /metrics. */
export const WORKER_QUEUE_LIST = Symbol('WORKER_QUEUE_LIST');

/** Every queue of the worker: one per consumer of the registry, named after the consumer, and the schedulers'. */
export const consumerQueuesModule = () => BullModule.registerQueue(...WORKER_QUEUES.map((name) => ({ name })));

export const workerQueueListProvider: Provider = {
  provide: WORKER_QUEUE_LIST,
  inject: WORKER_QUEUES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue[]): readonly Queue[] => queues,
};

export const consumerQueuesProvider: Provider = {
  provide: CONSUMER_QUEUES,
  inject: CONSUMER_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue<EventEnvelope>[]): ConsumerQueues =>
    Object.fromEntries(CONSUMER_NAMES.map((name, i) => [name, queues[i]])) as ConsumerQueues,
};

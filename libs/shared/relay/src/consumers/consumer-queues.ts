import { Provider } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { CONSUMERS, CONSUMER_NAMES, ConsumerName, EventEnvelope } from '@qcdc/shared/events';

/** Injection token of every consumer's queue, by consumer name. */
export const CONSUMER_QUEUES = Symbol('CONSUMER_QUEUES');
export type ConsumerQueues = Record<ConsumerName, Queue<EventEnvelope>>;

/** Injection token of the subscriptions the relay follows: CONSUMERS (a test may give its own). */
export const CONSUMER_REGISTRY = Symbol('CONSUMER_REGISTRY');
export const consumerRegistryProvider: Provider = { provide: CONSUMER_REGISTRY, useValue: CONSUMERS };

/** One BullMQ queue per consumer of the registry, named after the consumer. */
export const consumerQueuesModule = () => BullModule.registerQueue(...CONSUMER_NAMES.map((name) => ({ name })));

export const consumerQueuesProvider: Provider = {
  provide: CONSUMER_QUEUES,
  inject: CONSUMER_NAMES.map((name) => getQueueToken(name)),
  useFactory: (...queues: Queue<EventEnvelope>[]): ConsumerQueues =>
    Object.fromEntries(CONSUMER_NAMES.map((name, i) => [name, queues[i]])) as ConsumerQueues,
};

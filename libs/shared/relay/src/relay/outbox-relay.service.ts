import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Pool, PoolClient } from 'pg';
import { AppConfig, APP_CONFIG, roleDatabaseUrl } from '@qcdc/shared/config';
import { OUTBOX_CHANNEL, OUTBOX_SCHEMAS } from '@qcdc/shared/db';
import {
  ConsumerName,
  ConsumerRegistry,
  EventEnvelope,
  EventName,
  isEventName,
  jobIdOf,
  subscribersOf,
} from '@qcdc/shared/events';
import { CONSUMER_QUEUES, CONSUMER_REGISTRY, ConsumerQueues } from '../consumers/consumer-queues';
import { OutboxRelayRepository, OutboxRow } from './outbox-relay.repository';

const BATCH = 200;
/** Polling is the safety net; NOTIFY wakes the relay at once in the normal case. */
const POLL_MS = 1000;
const MAX_BACKOFF_MS = 10_000;

type EnvelopeJob = { name: string; data: EventEnvelope; opts: { jobId: string } };

/**
 * Moves committed outbox rows to the queue of every consumer subscribed to the event's name (the registry in
 * @qcdc/shared/events), as job `<consumer>.<event id>`. At-least-once: a row is marked published only after
 * Redis took every job of it; if Redis is down the rows stay and the relay retries with backoff, so consumers
 * are late, never short. A row relayed twice is one job per consumer while BullMQ still holds it, and each
 * consumer deduplicates on its own afterwards.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private readonly pool: Pool;
  private readonly repository: OutboxRelayRepository;
  private listener: PoolClient | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private wakeAgain = false;
  private stopped = false;
  private failures = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CONSUMER_QUEUES) private readonly queues: ConsumerQueues,
    @Inject(CONSUMER_REGISTRY) private readonly registry: ConsumerRegistry,
  ) {
    this.pool = new Pool({ connectionString: roleDatabaseUrl(config, 'relay'), max: 2, application_name: 'qcdc-relay' });
    this.pool.on('error', (error) => this.logger.warn(`relay connection lost: ${error.message}`));
    this.repository = new OutboxRelayRepository(this.pool);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.startListening();
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.listener?.release(true);
    await this.pool.end();
  }

  /** Drains every outbox until empty; returns how many rows it moved. Exposed for tests. */
  async drain(): Promise<number> {
    let moved = 0;
    for (const schema of OUTBOX_SCHEMAS) {
      for (;;) {
        const n = await this.repository.drainBatch(schema, BATCH, (rows) => this.publish(rows));
        moved += n;
        if (n < BATCH) break;
      }
    }
    return moved;
  }

  private async publish(rows: OutboxRow[]): Promise<void> {
    const jobs = new Map<ConsumerName, EnvelopeJob[]>();
    for (const row of rows) {
      if (!isEventName(row.name)) this.logger.warn(`outbox event ${row.eventId} has the unknown name "${row.name}"; no consumer gets it`);
      const envelope: EventEnvelope = {
        eventId: row.eventId,
        name: row.name as EventName,
        version: row.version,
        tenantId: row.tenantId,
        occurredAt: row.occurredAt.toISOString(),
        payload: row.payload as EventEnvelope['payload'],
      };
      for (const consumer of subscribersOf(row.name, this.registry)) {
        const list = jobs.get(consumer) ?? [];
        list.push({ name: row.name, data: envelope, opts: { jobId: jobIdOf(consumer, row.eventId) } });
        jobs.set(consumer, list);
      }
    }
    for (const [consumer, list] of jobs) await this.queues[consumer].addBulk(list);
  }

  private async startListening(): Promise<void> {
    try {
      this.listener = await this.repository.listen(OUTBOX_CHANNEL, () => this.schedule(0));
      this.listener.on('error', () => {
        this.listener = null;
        if (!this.stopped) setTimeout(() => void this.startListening(), POLL_MS);
      });
    } catch (error) {
      this.logger.warn(`cannot LISTEN for outbox rows, polling only: ${(error as Error).message}`);
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.running) {
      this.wakeAgain = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delayMs);
  }

  private async tick(): Promise<void> {
    this.running = true;
    this.wakeAgain = false;
    let next = POLL_MS;
    try {
      await this.drain();
      if (this.failures > 0) this.logger.log('relay recovered; outbox rows are flowing again');
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      next = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures);
      this.logger.warn(`relay could not publish (attempt ${this.failures}), retrying in ${next} ms: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
    this.schedule(this.wakeAgain && this.failures === 0 ? 0 : next);
  }
}

import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Pool, PoolClient } from 'pg';
import { AppConfig, APP_CONFIG, roleDatabaseUrl } from '@qcdc/shared/config';
import { OutboxJob, QUEUES } from '@qcdc/shared/contracts';
import { OUTBOX_CHANNEL, OUTBOX_SCHEMAS, OutboxSchema } from '@qcdc/shared/db';
import { OutboxRelayRepository, OutboxRow } from './outbox-relay.repository';

const BATCH = 200;
/** Polling is the safety net; NOTIFY wakes the relay at once in the normal case. */
const POLL_MS = 1000;
const MAX_BACKOFF_MS = 10_000;

/** The BullMQ job id of an outbox row: fixed by the row, so a row relayed twice is one job. */
export const jobIdOf = (schema: OutboxSchema, eventId: string) => `${schema}-${eventId}`;

/**
 * Moves committed outbox rows to BullMQ. At-least-once: a row is marked published only after Redis took the
 * job; if Redis is down the rows stay and the relay retries with backoff, so roll-ups are late, never lost.
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
    @InjectQueue(QUEUES.rollups) private readonly queue: Queue<OutboxJob>,
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
        const n = await this.repository.drainBatch(schema, BATCH, (rows) => this.publish(schema, rows));
        moved += n;
        if (n < BATCH) break;
      }
    }
    return moved;
  }

  private async publish(schema: OutboxSchema, rows: OutboxRow[]): Promise<void> {
    await this.queue.addBulk(
      rows.map((row) => {
        const eventId = jobIdOf(schema, row.eventId);
        return { name: row.event.type, data: { eventId, event: row.event }, opts: { jobId: eventId } };
      }),
    );
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

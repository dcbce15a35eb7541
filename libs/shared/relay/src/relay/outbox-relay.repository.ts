import { Pool, PoolClient } from 'pg';
import { OutboxSchema, appNow, outboxOf, pgRowsOf, qb, sql } from '@qcdc/shared/db';

/** An outbox row as the relay reads it: the envelope of the event, unchecked (consumers check it). */
export interface OutboxRow {
  /** The row's key in its outbox (bigint as text). */
  id: string;
  eventId: string;
  name: string;
  version: number;
  tenantId: string;
  occurredAt: Date;
  payload: unknown;
}

/**
 * The relay's access to the services' outboxes, as the qcdc_relay role: it may read and mark the outbox
 * rows of every tenant and touch nothing else.
 */
export class OutboxRelayRepository {
  constructor(private readonly pool: Pool) {}

  /**
   * Claims a batch of unpublished rows of one outbox, hands them to `publish`, and marks them published in
   * the same transaction. If `publish` throws (Redis down), the transaction rolls back and the rows wait.
   */
  async drainBatch(
    schema: OutboxSchema,
    limit: number,
    publish: (rows: OutboxRow[]) => Promise<void>,
  ): Promise<number> {
    const client: PoolClient = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const rows: OutboxRow[] = await pgRowsOf(
        client,
        qb
          .selectFrom(outboxOf(schema))
          .select([
            sql<string>`id::text`.as('id'),
            'event_id as eventId',
            'topic as name',
            'version',
            'tenant_id as tenantId',
            'created_at as occurredAt',
            'payload',
          ])
          .where('published_at', 'is', null)
          .orderBy('id')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      );
      if (rows.length > 0) {
        await publish(rows);
        await pgRowsOf(
          client,
          qb
            .updateTable(outboxOf(schema))
            .set({ published_at: appNow() })
            .where(
              sql<boolean>`(tenant_id, id) IN (SELECT * FROM unnest(${rows.map((r) => r.tenantId)}::uuid[], ${rows.map((r) => r.id)}::bigint[]))`,
            ),
        );
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A dedicated connection that wakes `onNotify` whenever a service commits an outbox row. */
  async listen(channel: string, onNotify: () => void): Promise<PoolClient> {
    const client = await this.pool.connect();
    client.on('notification', onNotify);
    await client.query(`LISTEN ${channel}`);
    return client;
  }
}

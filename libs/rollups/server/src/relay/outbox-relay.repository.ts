import { Pool, PoolClient } from 'pg';
import { DomainEvent } from '@qcdc/shared/contracts';
import { OutboxSchema } from '@qcdc/shared/db';

export interface OutboxRow {
  tenantId: string;
  id: string;
  eventId: string;
  event: DomainEvent;
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
      const { rows } = await client.query<OutboxRow>(
        `SELECT tenant_id AS "tenantId", id::text AS id, event_id AS "eventId", payload AS event FROM ${schema}.outbox
          WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (rows.length > 0) {
        await publish(rows);
        await client.query(
          `UPDATE ${schema}.outbox SET published_at = now()
            WHERE (tenant_id, id) IN (SELECT * FROM unnest($1::uuid[], $2::bigint[]))`,
          [rows.map((r) => r.tenantId), rows.map((r) => r.id)],
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

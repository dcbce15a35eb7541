import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/** The subgraphs' schemas and their roles: each keeps the keys of its own mutations. */
const SERVICES = [
  ['tenancy', 'qcdc_tenancy'],
  ['activities', 'qcdc_activities'],
  ['scoring', 'qcdc_scoring'],
  ['reports', 'qcdc_reports'],
] as const;

/**
 * Idempotency keys: `<schema>.idempotency_keys` in every subgraph's schema. A keyed mutation claims its row
 * (caller, key) with INSERT … ON CONFLICT in the transaction of its change, so the row commits exactly with
 * the change: a second request with the same key waits for the first and answers what it stored, and a
 * failed one leaves nothing. Tenant-owned like every table: tenant_id leads the key, row-level security is
 * forced. `request_hash` is an HMAC of the mutation fields and their arguments (never the arguments
 * themselves, which may hold a password); `responses` holds each field's answer by its response key, as
 * JSON text (`json`, not `jsonb`, so the stored text replays in the order it was written). Rows count for
 * 30 days after `created_at` (IDEMPOTENCY_RETENTION_DAYS); keyed mutations delete a tenant's expired rows
 * as they go, hence the index.
 */
export class IdempotencyKeys1765400000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765400000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [schema, role] of SERVICES) {
      await db.query(`
        CREATE TABLE ${schema}.idempotency_keys (
          tenant_id uuid NOT NULL,
          user_id uuid NOT NULL,
          idempotency_key uuid NOT NULL,
          request_hash text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
          responses json NOT NULL DEFAULT '{}',
          created_at timestamptz NOT NULL DEFAULT qcdc.now(),
          PRIMARY KEY (tenant_id, user_id, idempotency_key)
        );
        CREATE INDEX idempotency_keys_by_age ON ${schema}.idempotency_keys (tenant_id, created_at);
        ${tenantIsolation(`${schema}.idempotency_keys`)}
        GRANT SELECT, INSERT, UPDATE, DELETE ON ${schema}.idempotency_keys TO ${role};
      `);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const [schema] of SERVICES) await db.query(`DROP TABLE ${schema}.idempotency_keys`);
  }
}

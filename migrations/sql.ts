/** Helpers that keep the migrations' SQL short and uniform. */

/** Login roles of the processes: own nothing, cannot bypass row-level security. */
export const SERVICE_ROLES = ['qcdc_tenancy', 'qcdc_activities', 'qcdc_scoring', 'qcdc_reports', 'qcdc_rollups'];
export const RELAY_ROLE = 'qcdc_relay';

/**
 * Row-level security for a tenant-owned table: forced (the owner is subject to it too, unless superuser),
 * one policy for every service role reading the transaction-local tenant. `qcdc.current_tenant()` raises
 * when no tenant is set, so a forgotten tenant is an error, not an empty result.
 */
export function tenantIsolation(table: string): string {
  return `
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON ${table} TO ${SERVICE_ROLES.join(', ')}
      USING (tenant_id = (SELECT qcdc.current_tenant()))
      WITH CHECK (tenant_id = (SELECT qcdc.current_tenant()));`;
}

/** The transactional outbox of one service schema; the relay role may read and mark rows of every tenant. */
export function outbox(schema: string, owner: string): string {
  return `
    CREATE TABLE ${schema}.outbox (
      tenant_id uuid NOT NULL,
      id bigint GENERATED ALWAYS AS IDENTITY,
      -- The event's identity beyond this database: the BullMQ job id and the roll-ups' dedup key. Outbox ids
      -- restart with a recreated database while Redis may still hold finished jobs of the old one.
      event_id uuid NOT NULL DEFAULT gen_random_uuid(),
      topic text NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      published_at timestamptz,
      PRIMARY KEY (tenant_id, id)
    );
    CREATE INDEX outbox_unpublished ON ${schema}.outbox (id) WHERE published_at IS NULL;
    CREATE UNIQUE INDEX outbox_event_id ON ${schema}.outbox (tenant_id, event_id);
    ${tenantIsolation(`${schema}.outbox`)}
    CREATE POLICY relay_drains_all ON ${schema}.outbox TO ${RELAY_ROLE} USING (true) WITH CHECK (true);
    GRANT USAGE ON SCHEMA ${schema} TO ${RELAY_ROLE};
    GRANT SELECT, INSERT ON ${schema}.outbox TO ${owner};
    GRANT SELECT, UPDATE (published_at) ON ${schema}.outbox TO ${RELAY_ROLE};`;
}

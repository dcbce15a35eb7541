import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outboxes whose rows now carry the version of their event. */
const OUTBOXES = ['tenancy.outbox', 'activities.outbox', 'scoring.outbox', 'reports.outbox'];
/** The worker's consumer roles: each may file dead letters. */
const CONSUMER_ROLES = ['qcdc_rollups', 'qcdc_audit'];

/**
 * Events to many consumers and the audit log:
 * - each outbox row carries its event's catalogue version;
 * - `events.dead_letters` keeps what a consumer refused, with the reason (consumers may only insert);
 * - the role `qcdc_audit` (the worker's audit consumer) and `audit.entries`, append-only: no role has
 *   UPDATE, DELETE or TRUNCATE on it, and triggers that fire always (even for the owner and with
 *   session_replication_role = replica) refuse them;
 * - the read model `audit.entry_log` for the tenancy subgraph, which serves the `auditLog` query.
 */
export class EventsAndAudit1764900000000 implements MigrationInterface {
  name = 'EventsAndAudit1764900000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create once, harmlessly again for every test database.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qcdc_audit') THEN
          CREATE ROLE qcdc_audit LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS NOREPLICATION;
        END IF;
      END $$;
      ALTER ROLE qcdc_audit SET statement_timeout = '30s';
      ALTER ROLE qcdc_audit SET idle_in_transaction_session_timeout = '60s';
      -- What TenantDb needs: qcdc.current_tenant() and the tenant's status.
      GRANT USAGE ON SCHEMA qcdc, tenancy TO qcdc_audit;
      GRANT SELECT ON tenancy.tenant_directory TO qcdc_audit;
    `);

    for (const outbox of OUTBOXES) {
      await db.query(`ALTER TABLE ${outbox} ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version > 0)`);
    }

    await db.query(`
      CREATE SCHEMA events;
      GRANT USAGE ON SCHEMA events TO ${CONSUMER_ROLES.join(', ')};
      -- Not tenant-owned: an event is dead-lettered because it cannot be trusted, its tenant included. The
      -- consumers may only add; operators read it as the owner.
      CREATE TABLE events.dead_letters (
        consumer text NOT NULL,
        job_id text NOT NULL,
        data jsonb NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, job_id)
      );
      GRANT INSERT ON events.dead_letters TO ${CONSUMER_ROLES.join(', ')};
    `);

    await db.query(`
      CREATE SCHEMA audit;
      GRANT USAGE ON SCHEMA audit TO qcdc_audit, qcdc_tenancy;
      CREATE TABLE audit.entries (
        tenant_id uuid NOT NULL,
        -- The event's id: the audit consumer's deduplication key.
        event_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid NOT NULL,
        actor_role text,
        actor_org_unit_id uuid,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text,
        PRIMARY KEY (tenant_id, event_id)
      );
      CREATE INDEX entries_by_time ON audit.entries (tenant_id, occurred_at DESC);
      CREATE INDEX entries_by_actor ON audit.entries (tenant_id, actor_user_id, occurred_at DESC);
      CREATE INDEX entries_by_object ON audit.entries (tenant_id, object_type, object_id, occurred_at DESC);
      ALTER TABLE audit.entries ENABLE ROW LEVEL SECURITY;
      ALTER TABLE audit.entries FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON audit.entries TO qcdc_audit
        USING (tenant_id = (SELECT qcdc.current_tenant()))
        WITH CHECK (tenant_id = (SELECT qcdc.current_tenant()));
      REVOKE ALL ON audit.entries FROM PUBLIC;
      GRANT SELECT, INSERT ON audit.entries TO qcdc_audit;

      -- Append-only, whoever asks: statement triggers fire even when no row matches, and ENABLE ALWAYS keeps
      -- them firing under session_replication_role = replica. Only dropping them (as the owner) gets past.
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit.entries is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.entries
        FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
      ALTER TABLE audit.entries ENABLE ALWAYS TRIGGER entries_append_only;

      -- Read model for the tenancy subgraph (auditLog): the current tenant's entries.
      CREATE VIEW audit.entry_log AS
        SELECT tenant_id, event_id, occurred_at, actor_user_id, actor_role, actor_org_unit_id, action, object_type,
               object_id, before, after, request_id
          FROM audit.entries WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON audit.entry_log TO qcdc_tenancy;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA audit, events CASCADE;`);
    for (const outbox of OUTBOXES) await db.query(`ALTER TABLE ${outbox} DROP COLUMN version`);
  }
}

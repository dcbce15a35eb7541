import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * People: invitations, password resets and the mail that carries their links.
 * - `tenancy.users.password_hash` may be NULL: an invited person has no password until they accept (and so
 *   cannot sign in); `active` stays the admin's switch (deactivated people cannot sign in).
 * - `tenancy.user_tokens`: single-use links (an invitation, a password reset). Only a SHA-256 of the random
 *   secret is stored; a link works once (`used_at`), until `expires_at`, and not after a newer link of the
 *   same purpose replaced it (`revoked_at`).
 * - the tenancy service may now delete a membership (a person loses one role × unit).
 * - the role `qcdc_mail` (the worker's mail consumer) and `mail.deliveries`, its record of the events it has
 *   mailed (the deduplication key), tenant-owned under forced row-level security.
 */
export class Invitations1765600000000 implements MigrationInterface {
  name = 'Invitations1765600000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create once, harmlessly again for every test database.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qcdc_mail') THEN
          CREATE ROLE qcdc_mail LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS NOREPLICATION;
        END IF;
      END $$;
      ALTER ROLE qcdc_mail SET statement_timeout = '30s';
      ALTER ROLE qcdc_mail SET idle_in_transaction_session_timeout = '60s';
      -- What TenantDb needs: qcdc.current_tenant() and the tenant's status; and the dead letters.
      GRANT USAGE ON SCHEMA qcdc, tenancy, events TO qcdc_mail;
      GRANT SELECT ON tenancy.tenant_directory TO qcdc_mail;
      GRANT INSERT ON events.dead_letters TO qcdc_mail;
    `);

    await db.query(`
      ALTER TABLE tenancy.users ALTER COLUMN password_hash DROP NOT NULL;

      CREATE TABLE tenancy.user_tokens (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        secret_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenancy.users (tenant_id, id)
      );
      CREATE INDEX user_tokens_of_user ON tenancy.user_tokens (tenant_id, user_id, purpose);
      ${tenantIsolation('tenancy.user_tokens')}
      GRANT SELECT, INSERT, UPDATE ON tenancy.user_tokens TO qcdc_tenancy;
      GRANT DELETE ON tenancy.memberships TO qcdc_tenancy;
    `);

    await db.query(`
      CREATE SCHEMA mail;
      GRANT USAGE ON SCHEMA mail TO qcdc_mail;
      CREATE TABLE mail.deliveries (
        tenant_id uuid NOT NULL,
        -- The event's id: the mail consumer's deduplication key (a job delivered twice sends one message).
        event_id uuid NOT NULL,
        template text NOT NULL,
        recipient text NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, event_id)
      );
      ALTER TABLE mail.deliveries ENABLE ROW LEVEL SECURITY;
      ALTER TABLE mail.deliveries FORCE ROW LEVEL SECURITY;
      CREATE POLICY tenant_isolation ON mail.deliveries TO qcdc_mail
        USING (tenant_id = (SELECT qcdc.current_tenant()))
        WITH CHECK (tenant_id = (SELECT qcdc.current_tenant()));
      GRANT SELECT, INSERT ON mail.deliveries TO qcdc_mail;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP SCHEMA mail CASCADE;
      REVOKE DELETE ON tenancy.memberships FROM qcdc_tenancy;
      DROP TABLE tenancy.user_tokens;
      ALTER TABLE tenancy.users ALTER COLUMN password_hash SET NOT NULL;
    `);
  }
}

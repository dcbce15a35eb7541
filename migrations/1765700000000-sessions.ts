import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Sessions: one row per sign-in (a refresh-token family), so that signing out, "sign out everywhere", a
 * deactivation or a new password stop the access tokens of that sign-in too, not only its refresh tokens.
 * - `tenancy.sessions`: who signed in, when, from which address and browser, when it was last renewed, and
 *   when and why it ended. A refresh token's `family_id` is its session.
 * - `tenancy.refresh_tokens.replaced_by`: the token a renewal issued for this one. A spent token that comes back
 *   within seconds, while its replacement is still unused, is an answer that never reached the browser (a
 *   reload mid-renewal), not a theft; anything else ends the session.
 * - `tenancy.users.access_version`: raised whenever a person's memberships change (or they are deactivated),
 *   so that access tokens carrying the old roles stop at once and the next renewal carries the new ones.
 * - `tenancy.session_is_live(tenant, session, version)`: what every subgraph asks in the first statement of
 *   each transaction (TenantDb). It answers one boolean for an unguessable session id taken from a signed
 *   token; it is SECURITY DEFINER so that every service can ask without reading the sessions table.
 */
export class Sessions1765700000000 implements MigrationInterface {
  name = 'Sessions1765700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tenancy.users ADD COLUMN access_version int NOT NULL DEFAULT 1;

      CREATE TABLE tenancy.sessions (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL,
        user_id uuid NOT NULL,
        started_at timestamptz NOT NULL DEFAULT qcdc.now(),
        renewed_at timestamptz NOT NULL DEFAULT qcdc.now(),
        expires_at timestamptz NOT NULL,
        client_address text NOT NULL DEFAULT '',
        user_agent text NOT NULL DEFAULT '' CHECK (length(user_agent) <= 300),
        ended_at timestamptz,
        end_reason text CHECK (end_reason IN ('SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'ENDED_FROM_LIST', 'REPLACED',
          'REFRESH_TOKEN_REUSED', 'USER_DEACTIVATED', 'PASSWORD_CHANGED')),
        CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenancy.users (tenant_id, id)
      );
      CREATE INDEX sessions_of_user ON tenancy.sessions (tenant_id, user_id) WHERE ended_at IS NULL;
      ${tenantIsolation('tenancy.sessions')}
      GRANT SELECT, INSERT, UPDATE ON tenancy.sessions TO qcdc_tenancy;

      -- Every family of refresh tokens so far becomes a session (ended when none of its tokens can renew).
      INSERT INTO tenancy.sessions (tenant_id, id, user_id, started_at, renewed_at, expires_at, ended_at, end_reason)
      SELECT tenant_id, family_id, min(user_id::text)::uuid, min(created_at), max(created_at), max(expires_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL OR used_at IS NOT NULL) THEN max(coalesce(revoked_at, used_at)) END,
             CASE WHEN bool_and(revoked_at IS NOT NULL OR used_at IS NOT NULL) THEN 'SIGNED_OUT' END
        FROM tenancy.refresh_tokens GROUP BY tenant_id, family_id;
      ALTER TABLE tenancy.refresh_tokens
        ADD FOREIGN KEY (tenant_id, family_id) REFERENCES tenancy.sessions (tenant_id, id),
        ADD COLUMN replaced_by uuid;

      CREATE FUNCTION tenancy.session_is_live(p_tenant uuid, p_session uuid, p_version int) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
          SELECT EXISTS (
            SELECT FROM tenancy.sessions s
              JOIN tenancy.users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
              JOIN tenancy.tenants t ON t.id = s.tenant_id
             WHERE s.tenant_id = p_tenant AND s.id = p_session
               AND s.ended_at IS NULL AND s.expires_at > qcdc.now()
               AND u.active AND u.access_version = p_version
               AND t.status <> 'ARCHIVED')
      $$;
      REVOKE ALL ON FUNCTION tenancy.session_is_live(uuid, uuid, int) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION tenancy.session_is_live(uuid, uuid, int)
        TO qcdc_tenancy, qcdc_activities, qcdc_scoring, qcdc_reports;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP FUNCTION tenancy.session_is_live(uuid, uuid, int);
      ALTER TABLE tenancy.refresh_tokens DROP CONSTRAINT refresh_tokens_tenant_id_family_id_fkey, DROP COLUMN replaced_by;
      DROP TABLE tenancy.sessions;
      ALTER TABLE tenancy.users DROP COLUMN access_version;
    `);
  }
}

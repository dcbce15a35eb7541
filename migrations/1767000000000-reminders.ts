import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline reminders (issue 11), schema `reminders`:
 * - the role `qcdc_reminders` (the worker's reminders: the daily tick, the sends, the `reminders` consumer);
 * - `schedules`: a province's offsets (days from the due date) for one period; none means the default
 *   T-14, T-7, T-3, T-0, T+3 (the rule is `reminderMilestones` in the reports domain);
 * - `sent_log`: one row per message that went out, keyed (tenant, period, unit or DIGEST, recipient,
 *   milestone, channel): the exactly-once guard. The email row is written in the transaction that commits
 *   only once the SMTP server accepted the message;
 * - `notifications`: the in-app notifications of a person (unread until `read_at`);
 * - `preferences`: a person's quiet hours (minutes of the day, Vietnam time) and opt-out of the messages that
 *   are not mandatory;
 * - read views for the worker: the units with their bloc (today's tree), the people to write to.
 * The reports service (GraphQL) edits schedules and preferences and reads/marks notifications.
 */
const TABLES = ['reminders.schedules', 'reminders.sent_log', 'reminders.notifications', 'reminders.preferences'];

function isolation(table: string): string {
  return `
    ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
    ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON ${table} TO qcdc_reminders, qcdc_reports
      USING (tenant_id = (SELECT qcdc.current_tenant()))
      WITH CHECK (tenant_id = (SELECT qcdc.current_tenant()));`;
}

export class Reminders1767000000000 implements MigrationInterface {
  name = 'Reminders1767000000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create once, harmlessly again for every test database.
    await db.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qcdc_reminders') THEN
          CREATE ROLE qcdc_reminders LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS NOREPLICATION;
        END IF;
      END $$;
      ALTER ROLE qcdc_reminders SET statement_timeout = '30s';
      ALTER ROLE qcdc_reminders SET idle_in_transaction_session_timeout = '120s';
      GRANT USAGE ON SCHEMA qcdc, tenancy, events, reports, rollups TO qcdc_reminders;
      GRANT SELECT ON tenancy.tenant_directory, reports.period_directory, reports.report_directory TO qcdc_reminders;
      GRANT INSERT ON events.dead_letters TO qcdc_reminders;
    `);

    await db.query(`
      CREATE SCHEMA reminders;
      GRANT USAGE ON SCHEMA reminders TO qcdc_reminders, qcdc_reports;

      CREATE TABLE reminders.schedules (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        offsets int[] NOT NULL CHECK (cardinality(offsets) BETWEEN 1 AND 30),
        updated_at timestamptz NOT NULL DEFAULT qcdc.now(),
        updated_by uuid NOT NULL,
        PRIMARY KEY (tenant_id, period_id),
        FOREIGN KEY (tenant_id, period_id) REFERENCES reports.reporting_periods (tenant_id, id)
      );

      CREATE TABLE reminders.sent_log (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        -- The unit a reminder or an escalation is about (its id as text), or 'DIGEST' for the committee's digest.
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 64),
        recipient_id uuid NOT NULL,
        -- 'T-7', 'T+3' for a unit's milestones; the day 'YYYY-MM-DD' for a digest.
        milestone text NOT NULL CHECK (length(milestone) BETWEEN 1 AND 16),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'IN_APP')),
        address text,
        sent_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, period_id, subject, recipient_id, milestone, channel)
      );

      CREATE TABLE reminders.notifications (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        period_id uuid NOT NULL,
        unit_id uuid,
        kind text NOT NULL CHECK (kind IN ('REMINDER', 'ESCALATION', 'DIGEST')),
        milestone text NOT NULL,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        created_at timestamptz NOT NULL DEFAULT qcdc.now(),
        read_at timestamptz,
        PRIMARY KEY (tenant_id, id)
      );
      CREATE INDEX notifications_of_user ON reminders.notifications (tenant_id, user_id, created_at DESC);
      CREATE INDEX notifications_unread ON reminders.notifications (tenant_id, user_id) WHERE read_at IS NULL;

      CREATE TABLE reminders.preferences (
        tenant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        -- Quiet hours, minutes from midnight in Vietnam's time; start > end spans midnight (22:00–06:00).
        quiet_start smallint CHECK (quiet_start BETWEEN 0 AND 1439),
        quiet_end smallint CHECK (quiet_end BETWEEN 0 AND 1439),
        opt_out boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, user_id),
        CHECK ((quiet_start IS NULL) = (quiet_end IS NULL)),
        CHECK (quiet_start IS NULL OR quiet_start <> quiet_end)
      );

      ${TABLES.map(isolation).join('\n')}
      GRANT SELECT ON reminders.schedules, reminders.preferences TO qcdc_reminders;
      GRANT SELECT, INSERT ON reminders.sent_log TO qcdc_reminders;
      GRANT SELECT, INSERT, UPDATE (read_at) ON reminders.notifications TO qcdc_reminders;
      GRANT SELECT, INSERT, UPDATE ON reminders.schedules, reminders.preferences TO qcdc_reports;
      GRANT SELECT, UPDATE (read_at) ON reminders.notifications TO qcdc_reports;

      -- Read models of the worker, filtered by the transaction's tenant like their neighbours.
      -- The units (kind UNIT) with the rule's dates and their bloc in today's tree (a reviewing bloc first).
      CREATE VIEW reminders.unit_roster AS
        SELECT u.tenant_id, u.id AS unit_id, u.code, u.name, u.expected_from, u.closed_on, b.id AS bloc_id, b.name AS bloc_name
          FROM tenancy.org_units u
          LEFT JOIN LATERAL (
            SELECT o.id, o.name FROM tenancy.org_unit_ancestors a
              JOIN tenancy.org_units o ON o.tenant_id = a.tenant_id AND o.id = a.ancestor_id AND o.kind = 'BLOC'
             WHERE a.tenant_id = u.tenant_id AND a.unit_id = u.id
             ORDER BY a.depth LIMIT 1) b ON true
         WHERE u.tenant_id = qcdc.current_tenant() AND u.kind = 'UNIT';
      -- The people reminders go to: active users by role and org unit, with their email (null: none).
      CREATE VIEW reminders.people AS
        SELECT m.tenant_id, m.role, m.org_unit_id, u.id AS user_id, u.display_name, nullif(trim(u.email), '') AS email
          FROM tenancy.memberships m
          JOIN tenancy.users u ON u.tenant_id = m.tenant_id AND u.id = m.user_id
         WHERE m.tenant_id = qcdc.current_tenant() AND u.active
           AND m.role IN ('UNIT_REPORTER', 'UNIT_HEAD', 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE');
      GRANT SELECT ON reminders.unit_roster, reminders.people TO qcdc_reminders;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP SCHEMA reminders CASCADE;
      REVOKE INSERT ON events.dead_letters FROM qcdc_reminders;
      REVOKE SELECT ON tenancy.tenant_directory, reports.period_directory, reports.report_directory FROM qcdc_reminders;
      REVOKE USAGE ON SCHEMA qcdc, tenancy, events, reports, rollups FROM qcdc_reminders;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { RELAY_ROLE, SERVICE_ROLES, outbox, tenantIsolation } from './sql';

/**
 * The foundation: roles, one schema per service, tenant-owned tables with tenant_id leading every key
 * (ready to be distributed by tenant on Citus) under forced row-level security, the outboxes, and the
 * read models other services may use (views that filter by the current tenant themselves).
 */
export class Foundation1764291600000 implements MigrationInterface {
  name = 'Foundation1764291600000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create them once, harmlessly again for every test database.
    for (const role of [...SERVICE_ROLES, RELAY_ROLE]) {
      await db.query(`
        DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
            CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS NOREPLICATION;
          END IF;
        END $$;
        -- A runaway statement or a transaction left open must not hold locks and connections for long.
        ALTER ROLE ${role} SET statement_timeout = '30s';
        ALTER ROLE ${role} SET idle_in_transaction_session_timeout = '60s';`);
    }
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS pgcrypto;
      CREATE SCHEMA qcdc;
      GRANT USAGE ON SCHEMA qcdc TO ${[...SERVICE_ROLES, RELAY_ROLE].join(', ')};

      CREATE FUNCTION qcdc.current_tenant() RETURNS uuid LANGUAGE plpgsql STABLE AS $$
      DECLARE
        tenant text := current_setting('qcdc.tenant_id', true);
      BEGIN
        IF tenant IS NULL OR tenant = '' THEN
          RAISE EXCEPTION 'qcdc: tenant data touched without a tenant (set qcdc.tenant_id in the transaction)'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN tenant::uuid;
      END $$;
    `);

    // ---- tenancy: provinces, org tree, users, memberships, refresh tokens
    await db.query(`
      CREATE SCHEMA tenancy;
      GRANT USAGE ON SCHEMA tenancy TO ${SERVICE_ROLES.join(', ')};

      -- The registry of tenants (the platform itself and the provinces); not tenant-owned.
      CREATE TABLE tenancy.tenants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,31}$'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('PLATFORM', 'PROVINCE')),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ARCHIVED')),
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX tenants_one_platform ON tenancy.tenants (kind) WHERE kind = 'PLATFORM';
      GRANT SELECT, INSERT, UPDATE ON tenancy.tenants TO qcdc_tenancy;
      -- Read model for every service: is this tenant there, and may it write?
      CREATE VIEW tenancy.tenant_directory AS SELECT id, code, name, kind, status FROM tenancy.tenants;
      GRANT SELECT ON tenancy.tenant_directory TO ${SERVICE_ROLES.join(', ')};

      CREATE TABLE tenancy.org_units (
        tenant_id uuid NOT NULL REFERENCES tenancy.tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        parent_id uuid,
        code text NOT NULL CHECK (length(trim(code)) > 0),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        kind text NOT NULL CHECK (kind IN ('PROVINCE_COMMITTEE', 'BLOC', 'UNIT')),
        unit_type text NOT NULL CHECK (unit_type IN ('COMMITTEE', 'AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, code),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES tenancy.org_units (tenant_id, id),
        CHECK ((kind = 'PROVINCE_COMMITTEE') = (parent_id IS NULL))
      );
      CREATE UNIQUE INDEX org_units_one_root ON tenancy.org_units (tenant_id) WHERE parent_id IS NULL;
      ${tenantIsolation('tenancy.org_units')}

      -- Ancestors of every unit (itself at depth 0), kept by the tenancy service in the same transaction.
      CREATE TABLE tenancy.org_unit_closure (
        tenant_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        ancestor_id uuid NOT NULL,
        depth int NOT NULL CHECK (depth >= 0),
        PRIMARY KEY (tenant_id, unit_id, ancestor_id),
        FOREIGN KEY (tenant_id, unit_id) REFERENCES tenancy.org_units (tenant_id, id),
        FOREIGN KEY (tenant_id, ancestor_id) REFERENCES tenancy.org_units (tenant_id, id)
      );
      CREATE INDEX org_unit_closure_descendants ON tenancy.org_unit_closure (tenant_id, ancestor_id);
      ${tenantIsolation('tenancy.org_unit_closure')}
      -- Read model for scope checks in every service.
      CREATE VIEW tenancy.org_unit_ancestors AS
        SELECT tenant_id, unit_id, ancestor_id, depth FROM tenancy.org_unit_closure
         WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON tenancy.org_unit_ancestors TO ${SERVICE_ROLES.join(', ')};

      CREATE TABLE tenancy.users (
        tenant_id uuid NOT NULL REFERENCES tenancy.tenants (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        username text NOT NULL CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
        display_name text NOT NULL CHECK (length(trim(display_name)) > 0),
        email text,
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, username)
      );
      ${tenantIsolation('tenancy.users')}

      CREATE TABLE tenancy.memberships (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('PLATFORM_ADMIN', 'PROVINCE_ADMIN', 'PROVINCE_COMMITTEE', 'BLOC_REVIEWER',
                                           'UNIT_REPORTER', 'UNIT_HEAD')),
        org_unit_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, user_id, role, org_unit_id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenancy.users (tenant_id, id),
        FOREIGN KEY (tenant_id, org_unit_id) REFERENCES tenancy.org_units (tenant_id, id),
        CHECK ((role = 'PLATFORM_ADMIN') = (org_unit_id IS NULL))
      );
      ${tenantIsolation('tenancy.memberships')}

      -- Refresh tokens: only a hash of the secret is stored; a family links rotations of one login.
      CREATE TABLE tenancy.refresh_tokens (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        family_id uuid NOT NULL,
        secret_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, user_id) REFERENCES tenancy.users (tenant_id, id)
      );
      ${tenantIsolation('tenancy.refresh_tokens')}

      GRANT SELECT, INSERT, UPDATE ON tenancy.org_units, tenancy.org_unit_closure, tenancy.users,
        tenancy.memberships, tenancy.refresh_tokens TO qcdc_tenancy;
      ${outbox('tenancy', 'qcdc_tenancy')}
    `);

    // ---- reports: reporting periods and the unit reports
    await db.query(`
      CREATE SCHEMA reports;
      GRANT USAGE ON SCHEMA reports TO qcdc_reports, qcdc_activities, qcdc_scoring;

      CREATE TABLE reports.reporting_periods (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        kind text NOT NULL CHECK (kind IN ('SIX_MONTH', 'YEAR')),
        window_start date NOT NULL,
        window_end date NOT NULL,
        due_on date NOT NULL,
        grace_days int NOT NULL DEFAULT 0 CHECK (grace_days BETWEEN 0 AND 90),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, year, kind),
        CHECK (window_start <= window_end)
      );
      ${tenantIsolation('reports.reporting_periods')}
      -- Read model: the periods other services file their records under.
      CREATE VIEW reports.period_directory AS
        SELECT tenant_id, id, year, kind, window_start, window_end, due_on, grace_days, status
          FROM reports.reporting_periods WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON reports.period_directory TO qcdc_activities, qcdc_scoring;

      CREATE TABLE reports.reports (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        period_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
        submitted_at timestamptz,
        submitted_by uuid,
        late boolean,
        score_total numeric(6, 2),
        band text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, unit_id, period_id),
        FOREIGN KEY (tenant_id, period_id) REFERENCES reports.reporting_periods (tenant_id, id),
        CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
      );
      ${tenantIsolation('reports.reports')}
      GRANT SELECT, INSERT, UPDATE ON reports.reporting_periods, reports.reports TO qcdc_reports;
      ${outbox('reports', 'qcdc_reports')}
    `);

    // ---- activities: what a unit did during the year
    await db.query(`
      CREATE SCHEMA activities;
      GRANT USAGE ON SCHEMA activities TO qcdc_activities;
      CREATE TABLE activities.activities (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('BRIEFING')),
        occurred_on date NOT NULL,
        topic text NOT NULL CHECK (length(trim(topic)) > 0),
        documents text,
        present int CHECK (present >= 0),
        eligible int CHECK (eligible > 0),
        facts jsonb NOT NULL DEFAULT '{}',
        recorded_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (present IS NULL OR eligible IS NULL OR present <= eligible)
      );
      CREATE INDEX activities_by_unit ON activities.activities (tenant_id, unit_id, occurred_on);
      ${tenantIsolation('activities.activities')}
      GRANT SELECT, INSERT, UPDATE ON activities.activities TO qcdc_activities;
      ${outbox('activities', 'qcdc_activities')}
    `);

    // ---- scoring: rubrics and self-assessments
    await db.query(`
      CREATE SCHEMA scoring;
      GRANT USAGE ON SCHEMA scoring TO qcdc_scoring, qcdc_reports;
      CREATE TABLE scoring.rubrics (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        name text NOT NULL,
        status text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, year)
      );
      ${tenantIsolation('scoring.rubrics')}
      CREATE TABLE scoring.criteria (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        rubric_id uuid NOT NULL,
        code text NOT NULL,
        title text NOT NULL,
        content_group text NOT NULL,
        max_points numeric(6, 2) NOT NULL CHECK (max_points > 0),
        method text NOT NULL DEFAULT 'MANUAL',
        evidence_hint text,
        legal_reference text,
        sort_order int NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, rubric_id, code),
        FOREIGN KEY (tenant_id, rubric_id) REFERENCES scoring.rubrics (tenant_id, id)
      );
      ${tenantIsolation('scoring.criteria')}
      CREATE TABLE scoring.self_assessments (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        period_id uuid NOT NULL,
        rubric_id uuid NOT NULL,
        total numeric(6, 2) NOT NULL,
        band text NOT NULL,
        version int NOT NULL DEFAULT 1,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, unit_id, period_id),
        FOREIGN KEY (tenant_id, rubric_id) REFERENCES scoring.rubrics (tenant_id, id)
      );
      ${tenantIsolation('scoring.self_assessments')}
      CREATE TABLE scoring.self_assessment_scores (
        tenant_id uuid NOT NULL,
        assessment_id uuid NOT NULL,
        criterion_id uuid NOT NULL,
        points numeric(6, 2) NOT NULL CHECK (points >= 0),
        comment text,
        PRIMARY KEY (tenant_id, assessment_id, criterion_id),
        FOREIGN KEY (tenant_id, assessment_id) REFERENCES scoring.self_assessments (tenant_id, id),
        FOREIGN KEY (tenant_id, criterion_id) REFERENCES scoring.criteria (tenant_id, id)
      );
      ${tenantIsolation('scoring.self_assessment_scores')}
      -- Read model for the reports service: the self-score a submission freezes.
      CREATE VIEW scoring.assessment_totals AS
        SELECT tenant_id, id AS assessment_id, unit_id, period_id, total, band, version
          FROM scoring.self_assessments WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON scoring.assessment_totals TO qcdc_reports;
      GRANT SELECT, INSERT, UPDATE, DELETE ON scoring.rubrics, scoring.criteria, scoring.self_assessments,
        scoring.self_assessment_scores TO qcdc_scoring;
      ${outbox('scoring', 'qcdc_scoring')}
    `);

    // ---- rollups: the province aggregates the worker keeps from the relayed events
    await db.query(`
      CREATE SCHEMA rollups;
      GRANT USAGE ON SCHEMA rollups TO qcdc_rollups, qcdc_reports;
      CREATE TABLE rollups.units (
        tenant_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        unit_type text NOT NULL,
        bloc_id uuid,
        bloc_name text,
        PRIMARY KEY (tenant_id, unit_id)
      );
      ${tenantIsolation('rollups.units')}
      CREATE TABLE rollups.unit_period_status (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        report_id uuid NOT NULL,
        submitted_at timestamptz NOT NULL,
        late boolean NOT NULL,
        score_total numeric(6, 2) NOT NULL,
        band text NOT NULL,
        PRIMARY KEY (tenant_id, period_id, unit_id)
      );
      ${tenantIsolation('rollups.unit_period_status')}
      CREATE TABLE rollups.province_rollups (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        units_expected int NOT NULL,
        units_submitted int NOT NULL,
        units_on_time int NOT NULL,
        average_score numeric(6, 2),
        band_counts jsonb NOT NULL,
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, period_id)
      );
      ${tenantIsolation('rollups.province_rollups')}
      -- Events already applied: a job delivered twice changes nothing the second time.
      CREATE TABLE rollups.processed_events (
        tenant_id uuid NOT NULL,
        event_id text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, event_id)
      );
      ${tenantIsolation('rollups.processed_events')}
      GRANT SELECT, INSERT, UPDATE, DELETE ON rollups.units, rollups.unit_period_status, rollups.province_rollups,
        rollups.processed_events TO qcdc_rollups;
      -- Read models for the reports service (dashboards).
      CREATE VIEW rollups.province_rollup_view AS
        SELECT tenant_id, period_id, units_expected, units_submitted, units_on_time, average_score, band_counts,
               refreshed_at
          FROM rollups.province_rollups WHERE tenant_id = qcdc.current_tenant();
      CREATE VIEW rollups.unit_directory_view AS
        SELECT tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name
          FROM rollups.units WHERE tenant_id = qcdc.current_tenant();
      CREATE VIEW rollups.unit_status_view AS
        SELECT tenant_id, period_id, unit_id, report_id, submitted_at, late, score_total, band
          FROM rollups.unit_period_status WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON rollups.province_rollup_view, rollups.unit_directory_view, rollups.unit_status_view
        TO qcdc_reports;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA rollups, scoring, activities, reports, tenancy, qcdc CASCADE;`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Unit profiles per reporting period (hồ sơ đơn vị): a unit's staff, Party and union members, and its boards
 * with their members. The people of a profile are kept apart from their seats, so one person may sit on
 * several boards. Tenancy owns them (the unit's own facts); the period is reports', read through
 * `reports.period_directory`, which tenancy may now read like activities and scoring.
 * - `unit_profiles`: one row per unit and period; `version` counts the saves (optimistic concurrency).
 * - `unit_profile_people`: the profile's people, by a key unique within the profile.
 * - `unit_profile_boards`: one row per board kind the unit has, with the board's term.
 * - `unit_profile_seats`: a person's seat on a board (once per board, at most one head), with its term.
 */
export class UnitProfiles1765800000000 implements MigrationInterface {
  name = 'UnitProfiles1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      GRANT USAGE ON SCHEMA reports TO qcdc_tenancy;
      GRANT SELECT ON reports.period_directory TO qcdc_tenancy;

      CREATE TABLE tenancy.unit_profiles (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL,
        period_id uuid NOT NULL,
        staff_count int NOT NULL CHECK (staff_count >= 0),
        party_members int NOT NULL CHECK (party_members >= 0),
        union_members int NOT NULL CHECK (union_members >= 0),
        version int NOT NULL DEFAULT 1 CHECK (version > 0),
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, unit_id, period_id),
        FOREIGN KEY (tenant_id, unit_id) REFERENCES tenancy.org_units (tenant_id, id),
        FOREIGN KEY (tenant_id, updated_by) REFERENCES tenancy.users (tenant_id, id)
      );
      ${tenantIsolation('tenancy.unit_profiles')}

      CREATE TABLE tenancy.unit_profile_people (
        tenant_id uuid NOT NULL,
        profile_id uuid NOT NULL,
        key text NOT NULL CHECK (length(trim(key)) > 0),
        position int NOT NULL,
        full_name text NOT NULL CHECK (length(trim(full_name)) > 0),
        title text,
        PRIMARY KEY (tenant_id, profile_id, key),
        FOREIGN KEY (tenant_id, profile_id) REFERENCES tenancy.unit_profiles (tenant_id, id) ON DELETE CASCADE
      );
      ${tenantIsolation('tenancy.unit_profile_people')}

      CREATE TABLE tenancy.unit_profile_boards (
        tenant_id uuid NOT NULL,
        profile_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('DEMOCRACY_TEAM', 'PEOPLES_INSPECTION', 'UNION_EXECUTIVE')),
        position int NOT NULL,
        term_start date,
        term_end date,
        PRIMARY KEY (tenant_id, profile_id, kind),
        FOREIGN KEY (tenant_id, profile_id) REFERENCES tenancy.unit_profiles (tenant_id, id) ON DELETE CASCADE,
        CHECK (term_end > term_start)
      );
      ${tenantIsolation('tenancy.unit_profile_boards')}

      CREATE TABLE tenancy.unit_profile_seats (
        tenant_id uuid NOT NULL,
        profile_id uuid NOT NULL,
        kind text NOT NULL,
        person_key text NOT NULL,
        position int NOT NULL,
        role text NOT NULL CHECK (role IN ('HEAD', 'DEPUTY', 'MEMBER')),
        term_start date,
        term_end date,
        PRIMARY KEY (tenant_id, profile_id, kind, person_key),
        FOREIGN KEY (tenant_id, profile_id, kind) REFERENCES tenancy.unit_profile_boards (tenant_id, profile_id, kind) ON DELETE CASCADE,
        FOREIGN KEY (tenant_id, profile_id, person_key) REFERENCES tenancy.unit_profile_people (tenant_id, profile_id, key) ON DELETE CASCADE,
        CHECK (term_end > term_start)
      );
      CREATE UNIQUE INDEX unit_profile_seats_one_head ON tenancy.unit_profile_seats (tenant_id, profile_id, kind) WHERE role = 'HEAD';
      ${tenantIsolation('tenancy.unit_profile_seats')}

      GRANT SELECT, INSERT, UPDATE ON tenancy.unit_profiles TO qcdc_tenancy;
      GRANT SELECT, INSERT, DELETE ON tenancy.unit_profile_people, tenancy.unit_profile_boards, tenancy.unit_profile_seats
        TO qcdc_tenancy;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE tenancy.unit_profile_seats, tenancy.unit_profile_boards, tenancy.unit_profile_people, tenancy.unit_profiles;
      REVOKE SELECT ON reports.period_directory FROM qcdc_tenancy;
      REVOKE USAGE ON SCHEMA reports FROM qcdc_tenancy;
    `);
  }
}

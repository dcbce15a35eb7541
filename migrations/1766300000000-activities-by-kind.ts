import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table for every kind of activity: the common columns (unit, kind, date, who, when) and the kind's facts
 * as jsonb, checked by the kind's schema in the activities service before they are written. Beside the facts,
 * the service stores what the kind's module derives from them: the figures reports and roll-ups add up, and the
 * one line a report writes.
 *
 * - The briefings there were move into the facts (one session each, counted in "người") and their columns go.
 * - A correction raises `version` (optimistic concurrency); a deletion is soft, with its reason.
 * - `activities.activity_directory` (read model): the activities not deleted, with their figures, for scoring
 *   (suggested scores, flags, evidence) and later the reports and roll-ups.
 * - `reports.report_directory` (read model): each unit report's status, and whether it is frozen (submitted or
 *   further on), which reports decides; activities and scoring refuse edits to what a frozen report holds.
 */
export class ActivitiesByKind1766300000000 implements MigrationInterface {
  name = 'ActivitiesByKind1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE activities.activities
        ADD COLUMN figures jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN summary text,
        ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN updated_by uuid,
        ADD COLUMN deleted_at timestamptz,
        ADD COLUMN deleted_by uuid,
        ADD COLUMN deletion_reason text;

      UPDATE activities.activities SET
        facts = jsonb_build_object('topic', topic, 'documents', documents, 'sessions', 1,
                                   'present', present, 'eligible', eligible, 'countUnit', NULL),
        figures = jsonb_build_object('sessions', 1, 'present', present, 'eligible', eligible),
        summary = format('01 cuộc, có %s/%s người dự', lpad(present::text, 2, '0'), lpad(eligible::text, 2, '0'))
      WHERE kind = 'BRIEFING';

      ALTER TABLE activities.activities
        DROP CONSTRAINT activities_kind_check,
        DROP COLUMN topic, DROP COLUMN documents, DROP COLUMN present, DROP COLUMN eligible,
        ALTER COLUMN summary SET NOT NULL,
        ADD CONSTRAINT activities_kind_check CHECK (kind IN ('BRIEFING', 'DISCLOSURE', 'CONSULTATION', 'STAFF_DECISION',
          'INSPECTION', 'STAFF_CONFERENCE', 'COMPLAINT_CASE', 'TRAINING_PERSONNEL')),
        ADD CONSTRAINT activities_facts_object CHECK (jsonb_typeof(facts) = 'object'),
        ADD CONSTRAINT activities_figures_object CHECK (jsonb_typeof(figures) = 'object'),
        ADD CONSTRAINT activities_deletion CHECK (
          (deleted_at IS NULL) = (deleted_by IS NULL) AND (deleted_at IS NULL) = (deletion_reason IS NULL)),
        ADD CONSTRAINT activities_deletion_reason CHECK (deletion_reason IS NULL OR length(trim(deletion_reason)) > 0),
        ADD CONSTRAINT activities_update CHECK ((updated_at IS NULL) = (updated_by IS NULL));

      DROP INDEX activities.activities_by_unit;
      CREATE INDEX activities_by_unit ON activities.activities (tenant_id, unit_id, occurred_on) WHERE deleted_at IS NULL;

      -- Read model: what a unit did, with the figures its kind derives, for the services that count or cite it.
      CREATE VIEW activities.activity_directory AS
        SELECT tenant_id, id, unit_id, kind, occurred_on, figures, summary
          FROM activities.activities WHERE tenant_id = qcdc.current_tenant() AND deleted_at IS NULL;
      GRANT USAGE ON SCHEMA activities TO qcdc_scoring, qcdc_reports;
      GRANT SELECT ON activities.activity_directory TO qcdc_scoring, qcdc_reports;

      -- Read model: each unit report's status; reports says which statuses freeze the report's content.
      CREATE VIEW reports.report_directory AS
        SELECT tenant_id, id, unit_id, period_id, status, status <> 'DRAFT' AS frozen
          FROM reports.reports WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON reports.report_directory TO qcdc_activities, qcdc_scoring;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP VIEW reports.report_directory;
      DROP VIEW activities.activity_directory;
      REVOKE USAGE ON SCHEMA activities FROM qcdc_scoring, qcdc_reports;
      DELETE FROM activities.activities WHERE kind <> 'BRIEFING';
      ALTER TABLE activities.activities
        DROP CONSTRAINT activities_kind_check,
        ADD CONSTRAINT activities_kind_check CHECK (kind IN ('BRIEFING')),
        ADD COLUMN topic text, ADD COLUMN documents text,
        ADD COLUMN present int CHECK (present >= 0), ADD COLUMN eligible int CHECK (eligible > 0);
      UPDATE activities.activities SET topic = facts->>'topic', documents = facts->>'documents',
        present = (facts->>'present')::int, eligible = (facts->>'eligible')::int, facts = '{}';
      ALTER TABLE activities.activities
        ALTER COLUMN topic SET NOT NULL,
        ADD CONSTRAINT activities_topic_check CHECK (length(trim(topic)) > 0),
        ADD CONSTRAINT activities_check CHECK (present IS NULL OR eligible IS NULL OR present <= eligible),
        DROP CONSTRAINT activities_facts_object, DROP CONSTRAINT activities_figures_object,
        DROP COLUMN figures, DROP COLUMN summary, DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN updated_by,
        DROP COLUMN deleted_at, DROP COLUMN deleted_by, DROP COLUMN deletion_reason;
      -- (dropping deleted_at dropped the partial index)
      CREATE INDEX activities_by_unit ON activities.activities (tenant_id, unit_id, occurred_on);
    `);
  }
}

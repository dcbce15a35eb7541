import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Reports become documents (issue 10): a draft with its template, prose and header; the submissions it went
 * through as immutable snapshots; the files rendered from them; and the province's consolidated report.
 *
 * - `reports.reports` gains the draft: `template_code`, `prose` (text per section key), `placements` (record
 *   id → section key), `header` (issuer, number, place, date, subject, format, recipients, signature; null
 *   until someone saves it, the service proposes one from the unit), `imported` (the figures a legacy import
 *   extracted, kept as read for a person to compare), `version` (optimistic concurrency of draft saves), and
 *   the workflow's who/when. `submitted_at` is the last submission's time: a returned report keeps it.
 * - `reports.report_snapshots`: each submission, frozen: the whole input of the document (records, profile,
 *   self-score, prose, header) and the document built from it, with the SHA-256 of the canonical content.
 *   Append-only for everyone (statement triggers, as audit.entries), so a submitted version never changes.
 * - `reports.report_history`: the workflow's transitions with who, when and the reason of a return (the web's
 *   timeline; the audit log has them too, but reports may not read it). Append-only as well.
 * - `reports.render_jobs`: a document asked to be rendered (a draft's compile, a snapshot, the consolidated
 *   report): the document to render frozen at request, and the progress the worker writes as it goes.
 * - `reports.report_files`: the rendered DOCX and PDF. The bytes are kept in the row (tens of kilobytes
 *   each): written with the job's completion in one transaction, served with the same tenant check.
 * - `reports.province_reports`: the committee's consolidated report per period: its prose and header.
 * - Read models the reports service builds documents from: `tenancy.unit_profile_directory`,
 *   `scoring.self_score_directory`, and `activities.activity_directory` now with each record's facts.
 */
export class ReportDrafts1766700000000 implements MigrationInterface {
  name = 'ReportDrafts1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE reports.reports
        ADD COLUMN template_code text NOT NULL DEFAULT 'LAW_10_2022' CHECK (template_code IN ('DECREE_71_2006', 'LAW_10_2022')),
        ADD COLUMN prose jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(prose) = 'object'),
        ADD COLUMN placements jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(placements) = 'object'),
        ADD COLUMN header jsonb CHECK (header IS NULL OR jsonb_typeof(header) = 'object'),
        ADD COLUMN imported jsonb CHECK (imported IS NULL OR jsonb_typeof(imported) = 'object'),
        ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN updated_by uuid,
        ADD COLUMN reviewed_at timestamptz,
        ADD COLUMN reviewed_by uuid,
        ADD COLUMN approved_at timestamptz,
        ADD COLUMN approved_by uuid,
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN returned_by uuid,
        ADD COLUMN return_reason text CHECK (return_reason IS NULL OR length(trim(return_reason)) > 0),
        DROP CONSTRAINT reports_check,
        ADD CONSTRAINT reports_submitted_at CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
        ADD CONSTRAINT reports_returned CHECK (status <> 'RETURNED' OR return_reason IS NOT NULL),
        ADD CONSTRAINT reports_approved CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL));
      UPDATE reports.reports r SET template_code = 'DECREE_71_2006'
        FROM reports.reporting_periods p WHERE p.tenant_id = r.tenant_id AND p.id = r.period_id AND p.year < 2023;

      CREATE FUNCTION reports.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;

      CREATE TABLE reports.report_snapshots (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        report_id uuid NOT NULL,
        number int NOT NULL CHECK (number >= 1),
        content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
        content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
        submitted_at timestamptz NOT NULL,
        submitted_by uuid NOT NULL,
        late boolean NOT NULL,
        score_total numeric(6, 2) NOT NULL,
        band text NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, report_id, number),
        FOREIGN KEY (tenant_id, report_id) REFERENCES reports.reports (tenant_id, id)
      );
      ${tenantIsolation('reports.report_snapshots')}
      CREATE TRIGGER report_snapshots_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON reports.report_snapshots
        FOR EACH STATEMENT EXECUTE FUNCTION reports.refuse_change();
      ALTER TABLE reports.report_snapshots ENABLE ALWAYS TRIGGER report_snapshots_append_only;
      ALTER TABLE reports.reports ADD COLUMN snapshot_id uuid,
        ADD CONSTRAINT reports_snapshot FOREIGN KEY (tenant_id, snapshot_id) REFERENCES reports.report_snapshots (tenant_id, id);

      CREATE TABLE reports.report_history (
        tenant_id uuid NOT NULL,
        id bigint GENERATED ALWAYS AS IDENTITY,
        report_id uuid NOT NULL,
        action text NOT NULL CHECK (action IN ('SUBMIT', 'REVIEW', 'APPROVE', 'RETURN', 'RESUBMIT')),
        from_status text NOT NULL,
        to_status text NOT NULL,
        snapshot_id uuid,
        reason text,
        by_user uuid NOT NULL,
        at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, report_id) REFERENCES reports.reports (tenant_id, id),
        CHECK (action <> 'RETURN' OR length(trim(reason)) > 0)
      );
      CREATE INDEX report_history_by_report ON reports.report_history (tenant_id, report_id, id);
      ${tenantIsolation('reports.report_history')}
      CREATE TRIGGER report_history_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON reports.report_history
        FOR EACH STATEMENT EXECUTE FUNCTION reports.refuse_change();
      ALTER TABLE reports.report_history ENABLE ALWAYS TRIGGER report_history_append_only;

      CREATE TABLE reports.province_reports (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL,
        prose jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(prose) = 'object'),
        header jsonb CHECK (header IS NULL OR jsonb_typeof(header) = 'object'),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_at timestamptz NOT NULL,
        updated_by uuid NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, period_id),
        FOREIGN KEY (tenant_id, period_id) REFERENCES reports.reporting_periods (tenant_id, id)
      );
      ${tenantIsolation('reports.province_reports')}

      CREATE TABLE reports.render_jobs (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        subject text NOT NULL CHECK (subject IN ('UNIT_REPORT', 'PROVINCE_REPORT')),
        report_id uuid,
        snapshot_id uuid,
        period_id uuid NOT NULL,
        document jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
        file_stem text NOT NULL CHECK (file_stem ~ '^[A-Za-z0-9._-]{1,120}$'),
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        stage text,
        error text,
        requested_by uuid NOT NULL,
        requested_at timestamptz NOT NULL,
        finished_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, report_id) REFERENCES reports.reports (tenant_id, id),
        FOREIGN KEY (tenant_id, snapshot_id) REFERENCES reports.report_snapshots (tenant_id, id),
        FOREIGN KEY (tenant_id, period_id) REFERENCES reports.reporting_periods (tenant_id, id),
        CHECK ((subject = 'UNIT_REPORT') = (report_id IS NOT NULL)),
        CHECK ((status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL)),
        CHECK ((status = 'FAILED') = (error IS NOT NULL))
      );
      CREATE INDEX render_jobs_by_report ON reports.render_jobs (tenant_id, report_id, requested_at DESC);
      CREATE UNIQUE INDEX render_jobs_one_per_snapshot ON reports.render_jobs (tenant_id, snapshot_id) WHERE snapshot_id IS NOT NULL;
      ${tenantIsolation('reports.render_jobs')}

      CREATE TABLE reports.report_files (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        job_id uuid NOT NULL,
        media text NOT NULL CHECK (media IN ('DOCX', 'PDF')),
        file_name text NOT NULL CHECK (length(trim(file_name)) BETWEEN 1 AND 200),
        bytes bytea NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, job_id, media),
        FOREIGN KEY (tenant_id, job_id) REFERENCES reports.render_jobs (tenant_id, id)
      );
      ${tenantIsolation('reports.report_files')}

      GRANT SELECT, INSERT ON reports.report_snapshots, reports.report_history, reports.report_files TO qcdc_reports;
      GRANT SELECT, INSERT, UPDATE ON reports.province_reports, reports.render_jobs TO qcdc_reports;

      -- Read model: the unit's profile per period, with each board's size and term, for its report.
      CREATE VIEW tenancy.unit_profile_directory AS
        SELECT p.tenant_id, p.unit_id, p.period_id, p.staff_count, p.party_members, p.union_members,
               coalesce((SELECT jsonb_agg(jsonb_build_object(
                   'kind', b.kind,
                   'members', (SELECT count(*) FROM tenancy.unit_profile_seats s
                                WHERE s.tenant_id = b.tenant_id AND s.profile_id = b.profile_id AND s.kind = b.kind),
                   'termFrom', extract(year FROM b.term_start)::int,
                   'termTo', extract(year FROM b.term_end)::int) ORDER BY b.position)
                  FROM tenancy.unit_profile_boards b WHERE b.tenant_id = p.tenant_id AND b.profile_id = p.id), '[]') AS boards
          FROM tenancy.unit_profiles p WHERE p.tenant_id = qcdc.current_tenant();
      GRANT SELECT ON tenancy.unit_profile_directory TO qcdc_reports;

      -- Read model: a unit's self-score per criterion of its period's rubric (null points: left blank).
      CREATE VIEW scoring.self_score_directory AS
        SELECT a.tenant_id, a.unit_id, a.period_id, c.code, c.title, c.max_points, c.parent_code, c.sort_order,
               s.points
          FROM scoring.self_assessments a
          JOIN scoring.criteria c ON c.tenant_id = a.tenant_id AND c.rubric_id = a.rubric_id
          LEFT JOIN scoring.self_assessment_scores s
            ON s.tenant_id = a.tenant_id AND s.assessment_id = a.id AND s.criterion_id = c.id
         WHERE a.tenant_id = qcdc.current_tenant();
      GRANT SELECT ON scoring.self_score_directory TO qcdc_reports;

      CREATE OR REPLACE VIEW activities.activity_directory AS
        SELECT tenant_id, id, unit_id, kind, occurred_on, figures, summary, facts
          FROM activities.activities WHERE tenant_id = qcdc.current_tenant() AND deleted_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP VIEW activities.activity_directory;
      CREATE VIEW activities.activity_directory AS
        SELECT tenant_id, id, unit_id, kind, occurred_on, figures, summary
          FROM activities.activities WHERE tenant_id = qcdc.current_tenant() AND deleted_at IS NULL;
      GRANT SELECT ON activities.activity_directory TO qcdc_scoring, qcdc_reports;
      DROP VIEW scoring.self_score_directory;
      DROP VIEW tenancy.unit_profile_directory;
      DROP TABLE reports.report_files, reports.render_jobs, reports.province_reports, reports.report_history;
      ALTER TABLE reports.reports DROP COLUMN snapshot_id;
      DROP TABLE reports.report_snapshots;
      DROP FUNCTION reports.refuse_change();
      UPDATE reports.reports SET status = 'SUBMITTED' WHERE status IN ('REVIEWED', 'APPROVED', 'RETURNED');
      ALTER TABLE reports.reports
        DROP CONSTRAINT reports_submitted_at, DROP CONSTRAINT reports_returned, DROP CONSTRAINT reports_approved,
        DROP COLUMN template_code, DROP COLUMN prose, DROP COLUMN placements, DROP COLUMN header, DROP COLUMN imported,
        DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN updated_by, DROP COLUMN reviewed_at,
        DROP COLUMN reviewed_by, DROP COLUMN approved_at, DROP COLUMN approved_by, DROP COLUMN returned_at,
        DROP COLUMN returned_by, DROP COLUMN return_reason,
        ADD CONSTRAINT reports_check CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL));
    `);
  }
}

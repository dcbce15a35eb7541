import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Evidence files (minutes, photos, scans) attached to an activity (`activities.evidence_files`). The bytes
 * live behind the activities service's storage (local disk or S3-compatible) under `storage_key`, which the
 * service makes itself (never from the file's name); the row keeps the name for display, the type found by
 * sniffing the content, the size and the SHA-256. A removal is soft, with its reason: the row and the bytes
 * stay for the audit trail, and the file is no longer listed nor served.
 *
 * `activities.evidence_directory` (read model): the files not removed of the activities not deleted, with the
 * activity's unit and date, for scoring (evidence linked to a criterion, evidence dated outside the period).
 */
export class EvidenceFiles1766400000000 implements MigrationInterface {
  name = 'EvidenceFiles1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE activities.evidence_files (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL,
        file_name text NOT NULL CHECK (length(trim(file_name)) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/vnd.oasis.opendocument.text')),
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL CHECK (storage_key ~ '^[0-9a-f-]{36}/[0-9a-f-]{36}$'),
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT qcdc.now(),
        removed_at timestamptz,
        removed_by uuid,
        removal_reason text,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, storage_key),
        FOREIGN KEY (tenant_id, activity_id) REFERENCES activities.activities (tenant_id, id),
        CONSTRAINT evidence_files_removal CHECK (
          (removed_at IS NULL) = (removed_by IS NULL) AND (removed_at IS NULL) = (removal_reason IS NULL)),
        CONSTRAINT evidence_files_removal_reason CHECK (removal_reason IS NULL OR length(trim(removal_reason)) > 0)
      );
      CREATE INDEX evidence_files_by_activity ON activities.evidence_files (tenant_id, activity_id) WHERE removed_at IS NULL;
      ${tenantIsolation('activities.evidence_files')}
      GRANT SELECT, INSERT, UPDATE ON activities.evidence_files TO qcdc_activities;

      -- Read model: the evidence a unit holds, dated by its activity, for scoring.
      CREATE VIEW activities.evidence_directory AS
        SELECT f.tenant_id, f.id, f.activity_id, a.unit_id, a.occurred_on, f.file_name
          FROM activities.evidence_files f
          JOIN activities.activities a ON a.tenant_id = f.tenant_id AND a.id = f.activity_id
         WHERE f.tenant_id = qcdc.current_tenant() AND f.removed_at IS NULL AND a.deleted_at IS NULL;
      GRANT SELECT ON activities.evidence_directory TO qcdc_scoring;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP VIEW activities.evidence_directory;
      DROP TABLE activities.evidence_files;
    `);
  }
}

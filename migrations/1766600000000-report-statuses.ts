import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A report's statuses of the workflow (libs/reports/domain/src/report-workflow.ts): DRAFT, SUBMITTED, REVIEWED,
 * APPROVED, RETURNED. `reports.report_directory` says a report is frozen in every status but DRAFT and
 * RETURNED (`isFrozen`), so a returned report's records and self-score can be corrected again.
 */
export class ReportStatuses1766600000000 implements MigrationInterface {
  name = 'ReportStatuses1766600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE reports.reports DROP CONSTRAINT reports_status_check,
        ADD CONSTRAINT reports_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED'));
      CREATE OR REPLACE VIEW reports.report_directory AS
        SELECT tenant_id, id, unit_id, period_id, status, status NOT IN ('DRAFT', 'RETURNED') AS frozen
          FROM reports.reports WHERE tenant_id = qcdc.current_tenant();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW reports.report_directory AS
        SELECT tenant_id, id, unit_id, period_id, status, status <> 'DRAFT' AS frozen
          FROM reports.reports WHERE tenant_id = qcdc.current_tenant();
      ALTER TABLE reports.reports DROP CONSTRAINT reports_status_check,
        ADD CONSTRAINT reports_status_check CHECK (status IN ('DRAFT', 'SUBMITTED'));
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * A province's reporting calendar (issue 10): for each kind of period, its window and due date as days of the
 * year ("MM-DD"), from which the admin generates a year's periods. One row per province; none until the admin
 * saves one (the customary windows apply meanwhile). The rules are checked in the reports domain
 * (`assertCalendar`); the table keeps them as a JSON list.
 */
export class ReportingCalendars1766800000000 implements MigrationInterface {
  name = 'ReportingCalendars1766800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reports.reporting_calendars (
        tenant_id uuid NOT NULL PRIMARY KEY,
        rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'array' AND jsonb_array_length(rules) >= 1),
        updated_at timestamptz NOT NULL,
        updated_by uuid NOT NULL
      );
      ${tenantIsolation('reports.reporting_calendars')}
      GRANT SELECT, INSERT, UPDATE ON reports.reporting_calendars TO qcdc_reports;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE reports.reporting_calendars;`);
  }
}

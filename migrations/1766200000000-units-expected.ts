import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The units expected to report for a period follow each unit's dates: a unit is expected for a period whose
 * data window starts on or after its `expectedFrom` and ends before it closed, so a unit opened in the middle
 * of a period is not expected for it unless the province admin moves `expectedFrom` back (docs/DOMAIN.md).
 *
 * - `rollups.units` keeps the two dates from `org-unit.upserted` (filled here from tenancy for the units there
 *   were), and `rollups.unit_directory_view` shows them to the reports service.
 * - `rollups.expected_for(expected_from, closed_on, window_start, window_end)` is the rule, in one place for
 *   the roll-ups' counts and the reports service's lists.
 * - The roll-ups read the periods' windows from `reports.period_directory`, like activities and scoring; the
 *   figures already rolled up are counted again by the rule.
 */
export class UnitsExpected1766200000000 implements MigrationInterface {
  name = 'UnitsExpected1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE rollups.units ADD COLUMN expected_from date, ADD COLUMN closed_on date;
      UPDATE rollups.units r SET expected_from = o.expected_from, closed_on = o.closed_on
        FROM tenancy.org_units o WHERE o.tenant_id = r.tenant_id AND o.id = r.unit_id;

      CREATE FUNCTION rollups.expected_for(expected_from date, closed_on date, window_start date, window_end date)
        RETURNS boolean LANGUAGE sql IMMUTABLE
        RETURN (expected_from IS NULL OR expected_from <= window_start) AND (closed_on IS NULL OR closed_on > window_end);

      CREATE OR REPLACE VIEW rollups.unit_directory_view AS
        SELECT tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name, expected_from, closed_on
          FROM rollups.units WHERE tenant_id = qcdc.current_tenant();

      GRANT USAGE ON SCHEMA reports TO qcdc_rollups;
      GRANT SELECT ON reports.period_directory TO qcdc_rollups;

      UPDATE rollups.province_rollups p SET units_expected = (
        SELECT count(*) FROM rollups.units u JOIN reports.reporting_periods r ON r.tenant_id = u.tenant_id AND r.id = p.period_id
         WHERE u.tenant_id = p.tenant_id AND u.kind = 'UNIT' AND rollups.expected_for(u.expected_from, u.closed_on, r.window_start, r.window_end)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      REVOKE SELECT ON reports.period_directory FROM qcdc_rollups;
      REVOKE USAGE ON SCHEMA reports FROM qcdc_rollups;
      DROP VIEW rollups.unit_directory_view;
      CREATE VIEW rollups.unit_directory_view AS
        SELECT tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name
          FROM rollups.units WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON rollups.unit_directory_view TO qcdc_reports;
      DROP FUNCTION rollups.expected_for(date, date, date, date);
      ALTER TABLE rollups.units DROP COLUMN expected_from, DROP COLUMN closed_on;
    `);
  }
}

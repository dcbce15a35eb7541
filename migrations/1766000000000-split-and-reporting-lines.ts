import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Splits and reporting lines of the org tree.
 *
 * - `tenancy.org_units.split_from`: a unit opened by a split names the unit it came from (which closed on
 *   the day the parts opened), as `merged_into` names the unit a merge closed a source into.
 * - `tenancy.org_unit_reviewers`: "unit X is reviewed by bloc Y" over a date range (`[from, to)`), the
 *   province admin's override of the reporting line that otherwise follows the tree. An exclusion
 *   constraint refuses two overrides of one unit whose dates overlap; a new override ends the current one
 *   the day before, a removal ends it.
 * - `tenancy.org_unit_coverage(day)`: who covers whom on a day: the closure rows valid that day, except
 *   that a unit with an override in force is covered by the override's bloc instead of its bloc in the tree
 *   (the root and the unit itself still cover it). Tenancy's own reads of the tree use it.
 * - `tenancy.org_unit_ancestors`, the read model every service's scope check reads, is the same for today
 *   (written out, not through the function: the view runs with its owner's rights, a function in it would
 *   run with the caller's, who may not read the tables). So review follows the override in every service
 *   from its first day, and the bloc of the tree no longer reviews the unit while it holds.
 */
export class SplitAndReportingLines1766000000000 implements MigrationInterface {
  name = 'SplitAndReportingLines1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tenancy.org_units
        ADD COLUMN split_from uuid,
        ADD FOREIGN KEY (tenant_id, split_from) REFERENCES tenancy.org_units (tenant_id, id),
        ADD CONSTRAINT org_units_not_split_from_itself CHECK (split_from <> id);

      CREATE TABLE tenancy.org_unit_reviewers (
        tenant_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        reviewer_id uuid NOT NULL,
        valid daterange NOT NULL CHECK (NOT isempty(valid)),
        FOREIGN KEY (tenant_id, unit_id) REFERENCES tenancy.org_units (tenant_id, id),
        FOREIGN KEY (tenant_id, reviewer_id) REFERENCES tenancy.org_units (tenant_id, id),
        CONSTRAINT org_unit_reviewers_not_itself CHECK (reviewer_id <> unit_id),
        CONSTRAINT org_unit_reviewers_no_overlap EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, valid WITH &&)
      );
      CREATE INDEX org_unit_reviewers_by_reviewer ON tenancy.org_unit_reviewers (tenant_id, reviewer_id);
      ${tenantIsolation('tenancy.org_unit_reviewers')}
      GRANT SELECT, INSERT, UPDATE ON tenancy.org_unit_reviewers TO qcdc_tenancy;

      CREATE FUNCTION tenancy.org_unit_coverage(on_day date)
        RETURNS TABLE (unit_id uuid, ancestor_id uuid, depth int) LANGUAGE sql STABLE AS $$
        SELECT c.unit_id, c.ancestor_id, c.depth FROM tenancy.org_unit_closure c
         WHERE c.tenant_id = qcdc.current_tenant() AND c.valid @> on_day
           AND NOT EXISTS (
             SELECT 1 FROM tenancy.org_unit_reviewers r
               JOIN tenancy.org_units a ON a.tenant_id = r.tenant_id AND a.id = c.ancestor_id AND a.kind = 'BLOC'
              WHERE r.tenant_id = c.tenant_id AND r.unit_id = c.unit_id AND r.valid @> on_day)
        UNION ALL
        SELECT r.unit_id, r.reviewer_id, 1 FROM tenancy.org_unit_reviewers r
         WHERE r.tenant_id = qcdc.current_tenant() AND r.valid @> on_day
      $$;

      CREATE OR REPLACE VIEW tenancy.org_unit_ancestors AS
        SELECT c.tenant_id, c.unit_id, c.ancestor_id, c.depth FROM tenancy.org_unit_closure c
         WHERE c.tenant_id = qcdc.current_tenant() AND c.valid @> qcdc.today()
           AND NOT EXISTS (
             SELECT 1 FROM tenancy.org_unit_reviewers r
               JOIN tenancy.org_units a ON a.tenant_id = r.tenant_id AND a.id = c.ancestor_id AND a.kind = 'BLOC'
              WHERE r.tenant_id = c.tenant_id AND r.unit_id = c.unit_id AND r.valid @> qcdc.today())
        UNION ALL
        SELECT r.tenant_id, r.unit_id, r.reviewer_id, 1 FROM tenancy.org_unit_reviewers r
         WHERE r.tenant_id = qcdc.current_tenant() AND r.valid @> qcdc.today();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW tenancy.org_unit_ancestors AS
        SELECT tenant_id, unit_id, ancestor_id, depth FROM tenancy.org_unit_closure
         WHERE tenant_id = qcdc.current_tenant() AND valid @> qcdc.today();
      DROP FUNCTION tenancy.org_unit_coverage(date);
      DROP TABLE tenancy.org_unit_reviewers;
      ALTER TABLE tenancy.org_units DROP COLUMN split_from;
    `);
  }
}

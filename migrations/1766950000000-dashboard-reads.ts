import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read models the committee's dashboards (reports service) need besides the roll-ups (issue 11):
 *
 * - `scoring.rubric_criterion_directory`: the criteria of each year's PUBLISHED rubric, in rubric order, with
 *   their title, maximum, parent and the code of last year's criterion they continue (`previous_code`), and
 *   whether they are scored directly (`leaf`: no sub-criterion). A period's rubric is its year's.
 * - `tenancy.unit_type_directory`: the province's unit types with their Vietnamese names, for the labels of
 *   the unit-type cells.
 *
 * Both filtered by qcdc.current_tenant(), like every read model, and readable by qcdc_reports only.
 */
export class DashboardReads1766950000000 implements MigrationInterface {
  name = 'DashboardReads1766950000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE VIEW scoring.rubric_criterion_directory AS
        SELECT c.tenant_id, r.year, c.code, c.title, c.max_points, c.parent_code, c.previous_code, c.sort_order,
               NOT EXISTS (SELECT 1 FROM scoring.criteria k
                            WHERE k.tenant_id = c.tenant_id AND k.rubric_id = c.rubric_id AND k.parent_code = c.code) AS leaf
          FROM scoring.rubrics r
          JOIN scoring.criteria c ON c.tenant_id = r.tenant_id AND c.rubric_id = r.id
         WHERE r.tenant_id = qcdc.current_tenant() AND r.status = 'PUBLISHED';
      GRANT SELECT ON scoring.rubric_criterion_directory TO qcdc_reports;

      CREATE VIEW tenancy.unit_type_directory AS
        SELECT tenant_id, code, name, name_en, position
          FROM tenancy.unit_types WHERE tenant_id = qcdc.current_tenant();
      GRANT SELECT ON tenancy.unit_type_directory TO qcdc_reports;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP VIEW tenancy.unit_type_directory;
      DROP VIEW scoring.rubric_criterion_directory;
    `);
  }
}

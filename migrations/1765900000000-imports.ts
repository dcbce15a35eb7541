import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Imports of org units and people from a spreadsheet (`tenancy.imports`): the tables as read from the file,
 * the problems of the dry run, and where the import stands. The tenancy service writes it (the upload, the
 * dry run and the apply all run in the tenancy process); the rows it creates go to the usual tables.
 */
export class Imports1765900000000 implements MigrationInterface {
  name = 'Imports1765900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenancy.imports (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        created_by uuid NOT NULL,
        file_name text NOT NULL,
        status text NOT NULL CHECK (status IN ('CHECKING', 'CHECKED', 'APPLYING', 'APPLIED', 'FAILED')),
        -- The file's tables as read (headers matched, cells as text): what the dry run and the apply check.
        tables jsonb NOT NULL,
        row_count int NOT NULL CHECK (row_count >= 0),
        problem_count int NOT NULL DEFAULT 0 CHECK (problem_count >= 0),
        -- The first problems (by sheet and row); problem_count says how many there were.
        problems jsonb NOT NULL DEFAULT '[]',
        units_created int NOT NULL DEFAULT 0,
        users_created int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT qcdc.now(),
        updated_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, id),
        FOREIGN KEY (tenant_id, created_by) REFERENCES tenancy.users (tenant_id, id)
      );
      ${tenantIsolation('tenancy.imports')}
      GRANT SELECT, INSERT, UPDATE ON tenancy.imports TO qcdc_tenancy;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE tenancy.imports;`);
  }
}

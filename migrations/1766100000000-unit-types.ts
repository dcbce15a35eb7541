import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Each province's own catalogue of unit types (loại hình đơn vị), instead of one fixed list for every province.
 *
 * - `tenancy.unit_types`: the types a reporting unit may have in the province, by a code that never changes,
 *   with a Vietnamese and an English name (renamed in place) and an order. A type is never deleted: a
 *   deactivated one stays on the units that have it and is offered for no new unit. `name_key` is the name as
 *   compared (case, spacing and Unicode form aside), written by tenancy; two types of a province never share it.
 * - Every province gets the four types of the domain (cơ quan, xã/phường/đặc khu, đơn vị sự nghiệp công lập,
 *   doanh nghiệp); tenancy seeds them for each new province from then on.
 * - `tenancy.org_units.unit_type` loses its fixed list. The committee and the blocs keep COMMITTEE, which is
 *   no type of the catalogue (a CHECK ties the two); that a reporting unit's type is one of its province's is
 *   checked by tenancy in the transaction that writes it. (A foreign key from a generated column made the
 *   10,000-row import's inserts grow slower with every batch, 8 s to 65 s in `npm run bench -- import`.)
 */
export class UnitTypes1766100000000 implements MigrationInterface {
  name = 'UnitTypes1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tenancy.unit_types (
        tenant_id uuid NOT NULL REFERENCES tenancy.tenants (id),
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$' AND code <> 'COMMITTEE'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        name_en text NOT NULL CHECK (length(trim(name_en)) > 0),
        name_key text NOT NULL,
        position int NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT qcdc.now(),
        updated_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, code),
        UNIQUE (tenant_id, name_key)
      );
      ${tenantIsolation('tenancy.unit_types')}
      GRANT SELECT, INSERT, UPDATE ON tenancy.unit_types TO qcdc_tenancy;

      INSERT INTO tenancy.unit_types (tenant_id, code, name, name_en, name_key, position)
      SELECT t.id, d.code, d.name, d.name_en, lower(d.name), d.position
        FROM tenancy.tenants t
       CROSS JOIN (VALUES
         ('AGENCY', 'Cơ quan', 'Agency', 1),
         ('COMMUNE', 'Xã, phường, đặc khu', 'Commune, ward or special zone', 2),
         ('PUBLIC_UNIT', 'Đơn vị sự nghiệp công lập', 'Public service unit', 3),
         ('ENTERPRISE', 'Doanh nghiệp', 'Enterprise', 4)
       ) AS d (code, name, name_en, position)
       WHERE t.kind = 'PROVINCE';

      ALTER TABLE tenancy.org_units
        DROP CONSTRAINT org_units_unit_type_check,
        ADD CONSTRAINT org_units_committee_type CHECK ((kind = 'UNIT') = (unit_type <> 'COMMITTEE'));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE tenancy.org_units
        DROP CONSTRAINT org_units_committee_type,
        ADD CONSTRAINT org_units_unit_type_check CHECK (unit_type IN ('COMMITTEE', 'AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE'));
      DROP TABLE tenancy.unit_types;
    `);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * The org tree with history. A unit's place in the tree and its name now carry the dates they hold:
 *
 * - `tenancy.org_unit_links`: the unit's parent over a date range `valid` (`[from, to)`, open-ended while it
 *   holds; the root's parent is null). An exclusion constraint refuses two links of one unit that overlap.
 *   A move ends the current link the day before it takes effect and opens a new one.
 * - `tenancy.org_unit_names`: the unit's name over a date range, the same way (a renaming); a typo
 *   corrected changes the row in place, without history.
 * - `tenancy.org_units` keeps the unit's identity (code, level, type) and its latest parent and name
 *   (those of the open-ended link and name), with the dates of its life: `opened_on` (null: before the
 *   records), `closed_on` (a closed unit keeps its last place in the tree, so its reports stay in reach of
 *   whoever reviewed it), `merged_into` (the unit a merge closed it into) and `expected_from` (the first day
 *   a period may start on and still expect its report: a unit opened in the middle of a period is not
 *   expected for it unless the admin moves this date back).
 * - `tenancy.org_unit_closure` gains `valid` too: the dates a unit has an ancestor, derived from the links.
 *   A new unit's rows are added by a trigger (its parent's, cut to its own link); a move or merge rebuilds
 *   the tenant's rows with `tenancy.rebuild_org_unit_closure()`, which refuses a cycle (the guard behind the
 *   domain rule).
 * - `tenancy.org_unit_ancestors`, the read model every service checks scope with, shows the rows valid
 *   today by the application's clock (`qcdc.today()`, the date in Vietnam), so a move takes effect in every
 *   service's access checks on its effective date, with no event to wait for.
 */
export class OrgTreeHistory1765500000000 implements MigrationInterface {
  name = 'OrgTreeHistory1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      -- Today as the provinces count days (Vietnam, UTC+7 all year), by the application's clock.
      CREATE FUNCTION qcdc.today() RETURNS date LANGUAGE sql STABLE AS $$
        SELECT (qcdc.now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
      $$;
      GRANT EXECUTE ON FUNCTION qcdc.today() TO PUBLIC;

      ALTER TABLE tenancy.org_units
        ADD COLUMN opened_on date,
        ADD COLUMN closed_on date,
        ADD COLUMN merged_into uuid,
        ADD COLUMN expected_from date,
        ADD FOREIGN KEY (tenant_id, merged_into) REFERENCES tenancy.org_units (tenant_id, id),
        ADD CONSTRAINT org_units_closed_after_opened CHECK (closed_on > opened_on),
        ADD CONSTRAINT org_units_merged_is_closed CHECK (merged_into IS NULL OR closed_on IS NOT NULL),
        ADD CONSTRAINT org_units_not_merged_into_itself CHECK (merged_into <> id);

      CREATE TABLE tenancy.org_unit_links (
        tenant_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        parent_id uuid,
        valid daterange NOT NULL CHECK (NOT isempty(valid)),
        FOREIGN KEY (tenant_id, unit_id) REFERENCES tenancy.org_units (tenant_id, id),
        FOREIGN KEY (tenant_id, parent_id) REFERENCES tenancy.org_units (tenant_id, id),
        CONSTRAINT org_unit_links_not_own_parent CHECK (parent_id <> unit_id),
        CONSTRAINT org_unit_links_no_overlap EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, valid WITH &&)
      );
      CREATE INDEX org_unit_links_children ON tenancy.org_unit_links (tenant_id, parent_id);
      ${tenantIsolation('tenancy.org_unit_links')}

      CREATE TABLE tenancy.org_unit_names (
        tenant_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        valid daterange NOT NULL CHECK (NOT isempty(valid)),
        FOREIGN KEY (tenant_id, unit_id) REFERENCES tenancy.org_units (tenant_id, id),
        CONSTRAINT org_unit_names_no_overlap EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, valid WITH &&)
      );
      ${tenantIsolation('tenancy.org_unit_names')}

      -- Every unit so far held its parent and name since before the records.
      INSERT INTO tenancy.org_unit_links (tenant_id, unit_id, parent_id, valid)
        SELECT tenant_id, id, parent_id, daterange(NULL, NULL) FROM tenancy.org_units;
      INSERT INTO tenancy.org_unit_names (tenant_id, unit_id, name, valid)
        SELECT tenant_id, id, name, daterange(NULL, NULL) FROM tenancy.org_units;

      ALTER TABLE tenancy.org_unit_closure
        ADD COLUMN valid daterange NOT NULL DEFAULT daterange(NULL, NULL) CHECK (NOT isempty(valid)),
        DROP CONSTRAINT org_unit_closure_pkey,
        ADD CONSTRAINT org_unit_closure_no_overlap
          EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, ancestor_id WITH =, valid WITH &&);
      ALTER TABLE tenancy.org_unit_closure ALTER COLUMN valid DROP DEFAULT;

      GRANT SELECT, INSERT, UPDATE ON tenancy.org_unit_links, tenancy.org_unit_names TO qcdc_tenancy;
      GRANT DELETE ON tenancy.org_unit_closure TO qcdc_tenancy;

      -- A new unit: its first link and name from the day it opened, and its ancestors (its parent's, cut to
      -- its own link). Moves and merges rebuild the closure instead.
      CREATE FUNCTION tenancy.org_unit_opened() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        span daterange := daterange(NEW.opened_on, NULL);
      BEGIN
        INSERT INTO tenancy.org_unit_links (tenant_id, unit_id, parent_id, valid)
          VALUES (NEW.tenant_id, NEW.id, NEW.parent_id, span);
        INSERT INTO tenancy.org_unit_names (tenant_id, unit_id, name, valid)
          VALUES (NEW.tenant_id, NEW.id, NEW.name, span);
        INSERT INTO tenancy.org_unit_closure (tenant_id, unit_id, ancestor_id, depth, valid)
          VALUES (NEW.tenant_id, NEW.id, NEW.id, 0, span);
        INSERT INTO tenancy.org_unit_closure (tenant_id, unit_id, ancestor_id, depth, valid)
          SELECT NEW.tenant_id, NEW.id, c.ancestor_id, c.depth + 1, c.valid * span
            FROM tenancy.org_unit_closure c
           WHERE c.tenant_id = NEW.tenant_id AND c.unit_id = NEW.parent_id AND c.valid && span;
        RETURN NULL;
      END $$;
      CREATE TRIGGER org_unit_opened AFTER INSERT ON tenancy.org_units
        FOR EACH ROW EXECUTE FUNCTION tenancy.org_unit_opened();

      -- The closure of the current tenant, again from its links: walking up from each link, each step keeps
      -- the dates both links hold. A walk that comes back to a unit it passed is a cycle: refused.
      CREATE FUNCTION tenancy.org_unit_walk(tenant uuid)
        RETURNS TABLE (unit_id uuid, ancestor_id uuid, depth int, valid daterange, looped boolean)
        LANGUAGE sql STABLE AS $$
        WITH RECURSIVE walk (unit_id, ancestor_id, depth, valid, path, looped) AS (
          SELECT unit_id, unit_id, 0, valid, ARRAY[unit_id], false FROM tenancy.org_unit_links WHERE tenant_id = tenant
          UNION ALL
          SELECT w.unit_id, l.parent_id, w.depth + 1, w.valid * l.valid, w.path || l.parent_id, l.parent_id = ANY (w.path)
            FROM walk w
            JOIN tenancy.org_unit_links l ON l.tenant_id = tenant AND l.unit_id = w.ancestor_id AND l.valid && w.valid
           WHERE l.parent_id IS NOT NULL AND NOT w.looped
        )
        SELECT unit_id, ancestor_id, depth, valid, looped FROM walk
      $$;
      CREATE FUNCTION tenancy.rebuild_org_unit_closure() RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        tenant uuid := qcdc.current_tenant();
        looped_unit uuid;
      BEGIN
        SELECT w.unit_id INTO looped_unit FROM tenancy.org_unit_walk(tenant) w WHERE w.looped LIMIT 1;
        IF looped_unit IS NOT NULL THEN
          RAISE EXCEPTION 'qcdc: a cycle in the org tree through unit %', looped_unit
            USING ERRCODE = 'integrity_constraint_violation', CONSTRAINT = 'org_unit_links_no_cycle';
        END IF;
        DELETE FROM tenancy.org_unit_closure WHERE tenant_id = tenant;
        INSERT INTO tenancy.org_unit_closure (tenant_id, unit_id, ancestor_id, depth, valid)
          SELECT tenant, m.unit_id, m.ancestor_id, m.depth, m.span
            FROM (SELECT w.unit_id, w.ancestor_id, w.depth, unnest(range_agg(w.valid)) AS span
                    FROM tenancy.org_unit_walk(tenant) w GROUP BY w.unit_id, w.ancestor_id, w.depth) m;
      END $$;

      -- Scope checks see the tree as it stands today.
      CREATE OR REPLACE VIEW tenancy.org_unit_ancestors AS
        SELECT tenant_id, unit_id, ancestor_id, depth FROM tenancy.org_unit_closure
         WHERE tenant_id = qcdc.current_tenant() AND valid @> qcdc.today();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE VIEW tenancy.org_unit_ancestors AS
        SELECT tenant_id, unit_id, ancestor_id, depth FROM tenancy.org_unit_closure
         WHERE tenant_id = qcdc.current_tenant();
      DROP TRIGGER org_unit_opened ON tenancy.org_units;
      DROP FUNCTION tenancy.org_unit_opened();
      DROP FUNCTION tenancy.rebuild_org_unit_closure();
      DROP FUNCTION tenancy.org_unit_walk(uuid);
      DELETE FROM tenancy.org_unit_closure WHERE NOT upper_inf(valid);
      ALTER TABLE tenancy.org_unit_closure DROP CONSTRAINT org_unit_closure_no_overlap, DROP COLUMN valid,
        ADD PRIMARY KEY (tenant_id, unit_id, ancestor_id);
      DROP TABLE tenancy.org_unit_names;
      DROP TABLE tenancy.org_unit_links;
      ALTER TABLE tenancy.org_units DROP COLUMN expected_from, DROP COLUMN merged_into, DROP COLUMN closed_on,
        DROP COLUMN opened_on;
      DROP FUNCTION qcdc.today();
    `);
  }
}

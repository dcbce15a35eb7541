import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Roll-ups by dimension, kept incrementally (docs/ARCHITECTURE.md, "Roll-ups"):
 *
 * - `rollups.periods`: the periods the roll-ups know, with their windows, and when their expected set froze.
 * - `rollups.unit_standings`: one row per period × unit: the unit's place for the period (expected, bloc and
 *   unit type, frozen when the period opened and moved only by tree changes effective within or before its
 *   window), and its standing (status, latest submission, score and band, criteria, activity counts and
 *   figures). Each part carries the time of the transition that set it, so events applied in any order, or
 *   twice, converge: a part changes only for a later transition.
 * - `rollups.activities`: each activity as the roll-ups last heard of it (a deletion stays as a tombstone),
 *   so a correction or a deletion takes back exactly what the activity added.
 * - `rollups.cells`: per period × (PROVINCE '', BLOC id, UNIT_TYPE code) the sums of the standings of the
 *   units in the period (expected, or submitted without being expected). A cell with no unit has no row.
 *   jsonb maps hold no zero (`rollups.jsonb_add` drops them).
 * - `rollups.units` gains `changed_at` (the time of the tree event that set the row).
 * - The read models for the reports service, `rollups.cell_view` and `rollups.unit_standing_view`; the old
 *   `province_rollup_view` and `unit_status_view` now read the new tables, whose predecessors
 *   (`province_rollups`, `unit_period_status`) go.
 *
 * Existing data: the periods, the expected sets (by the units' dates), the standings from the reports and
 * the activities are filled here; the cells from them with the same set-based statement the worker's full
 * recompute runs.
 */
export class RollupCells1766900000000 implements MigrationInterface {
  name = 'RollupCells1766900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE rollups.units ADD COLUMN changed_at timestamptz;

      CREATE TABLE rollups.periods (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        window_start date NOT NULL,
        window_end date NOT NULL,
        frozen_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, period_id)
      );
      ${tenantIsolation('rollups.periods')}

      CREATE TABLE rollups.unit_standings (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        expected boolean NOT NULL DEFAULT false,
        bloc_id uuid,
        unit_type text,
        placed_at timestamptz,
        status text CHECK (status IN ('SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED')),
        status_at timestamptz,
        report_id uuid,
        submitted_at timestamptz,
        late boolean,
        score_total numeric(6, 2),
        band text CHECK (band IN ('TOT', 'KHA', 'TRUNG_BINH', 'YEU')),
        score_at timestamptz,
        criteria jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(criteria) = 'object'),
        criteria_at timestamptz,
        activity_counts jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(activity_counts) = 'object'),
        figure_sums jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(figure_sums) = 'object'),
        updated_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, period_id, unit_id),
        CHECK ((status IS NULL) = (status_at IS NULL)),
        CHECK ((score_total IS NULL) = (band IS NULL))
      );
      ${tenantIsolation('rollups.unit_standings')}

      CREATE TABLE rollups.activities (
        tenant_id uuid NOT NULL,
        activity_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        kind text NOT NULL,
        occurred_on date NOT NULL,
        figures jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(figures) = 'object'),
        deleted boolean NOT NULL DEFAULT false,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, activity_id)
      );
      CREATE INDEX activities_by_unit ON rollups.activities (tenant_id, unit_id, occurred_on) WHERE NOT deleted;
      ${tenantIsolation('rollups.activities')}

      CREATE TABLE rollups.cells (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        dimension text NOT NULL CHECK (dimension IN ('PROVINCE', 'BLOC', 'UNIT_TYPE')),
        value text NOT NULL,
        units int NOT NULL,
        units_expected int NOT NULL,
        units_submitted int NOT NULL,
        units_on_time int NOT NULL,
        units_late int NOT NULL,
        units_approved int NOT NULL,
        units_returned int NOT NULL,
        score_count int NOT NULL,
        score_sum numeric NOT NULL,
        score_histogram int[] NOT NULL CHECK (cardinality(score_histogram) = 10),
        band_counts jsonb NOT NULL,
        criterion_sums jsonb NOT NULL,
        criterion_counts jsonb NOT NULL,
        activity_counts jsonb NOT NULL,
        figure_sums jsonb NOT NULL,
        units_with_kind jsonb NOT NULL,
        refreshed_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, period_id, dimension, value)
      );
      ${tenantIsolation('rollups.cells')}

      GRANT SELECT, INSERT, UPDATE, DELETE ON rollups.periods, rollups.unit_standings, rollups.activities, rollups.cells
        TO qcdc_rollups;

      -- Sums two maps of numbers key by key; a key that sums to zero goes (no map holds a zero).
      CREATE FUNCTION rollups.jsonb_add(a jsonb, b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(jsonb_object_agg(k, v), '{}') FROM (
          SELECT k, sum(v::numeric) AS v
            FROM (SELECT key, value FROM jsonb_each_text(coalesce(a, '{}'))
                  UNION ALL SELECT key, value FROM jsonb_each_text(coalesce(b, '{}'))) e (k, v)
           GROUP BY k) s
         WHERE v <> 0
      $$;
      -- The map with every number negated.
      CREATE FUNCTION rollups.jsonb_neg(a jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(jsonb_object_agg(key, -(value::numeric)), '{}') FROM jsonb_each_text(coalesce(a, '{}'))
      $$;
      -- The map with each of its keys counting one.
      CREATE FUNCTION rollups.jsonb_ones(a jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT coalesce(jsonb_object_agg(key, 1), '{}') FROM jsonb_each(coalesce(a, '{}'))
      $$;
      CREATE AGGREGATE rollups.jsonb_sum(jsonb) (SFUNC = rollups.jsonb_add, STYPE = jsonb, INITCOND = '{}');
      CREATE FUNCTION rollups.int_array_add(a int[], b int[]) RETURNS int[] LANGUAGE sql IMMUTABLE AS $$
        SELECT array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) ORDER BY i) FROM generate_series(1, 10) i
      $$;
      CREATE AGGREGATE rollups.histogram_sum(int[]) (SFUNC = rollups.int_array_add, STYPE = int[], INITCOND = '{0,0,0,0,0,0,0,0,0,0}');
      -- A score as a histogram of one: buckets [0,10), [10,20) ... [80,90), [90,100] (above 100 counts in the last).
      CREATE FUNCTION rollups.histogram_of(score numeric) RETURNS int[] LANGUAGE sql IMMUTABLE AS $$
        SELECT array_agg(CASE WHEN score IS NOT NULL AND i = least(greatest(floor(score / 10)::int, 0), 9) THEN 1 ELSE 0 END ORDER BY i)
          FROM generate_series(0, 9) i
      $$;
      GRANT EXECUTE ON FUNCTION rollups.jsonb_add(jsonb, jsonb), rollups.jsonb_neg(jsonb), rollups.jsonb_ones(jsonb),
        rollups.jsonb_sum(jsonb), rollups.int_array_add(int[], int[]), rollups.histogram_sum(int[]),
        rollups.histogram_of(numeric) TO qcdc_rollups, qcdc_reports;

      -- Read models for the reports service (dashboards).
      CREATE VIEW rollups.cell_view AS
        SELECT tenant_id, period_id, dimension, value, units_expected, units_submitted, units_on_time, units_late,
               units_approved, units_returned, score_count, score_sum, score_histogram,
               '{"TOT": 0, "KHA": 0, "TRUNG_BINH": 0, "YEU": 0}'::jsonb || band_counts AS band_counts,
               criterion_sums, criterion_counts, activity_counts, figure_sums, units_with_kind, refreshed_at
          FROM rollups.cells WHERE tenant_id = qcdc.current_tenant();
      CREATE VIEW rollups.unit_standing_view AS
        SELECT s.tenant_id, s.period_id, s.unit_id, u.code, u.name, s.bloc_id, b.name AS bloc_name,
               coalesce(s.unit_type, u.unit_type) AS unit_type, s.expected, s.status, s.report_id, s.submitted_at,
               s.late, s.score_total, s.band, s.criteria, s.activity_counts, s.updated_at
          FROM rollups.unit_standings s
          LEFT JOIN rollups.units u ON u.tenant_id = s.tenant_id AND u.unit_id = s.unit_id
          LEFT JOIN rollups.units b ON b.tenant_id = s.tenant_id AND b.unit_id = s.bloc_id
         WHERE s.tenant_id = qcdc.current_tenant() AND (s.expected OR s.status IS NOT NULL);
      GRANT SELECT ON rollups.cell_view, rollups.unit_standing_view TO qcdc_reports;
    `);

    // ---- existing data: periods, expected sets, standings, activities, then the cells
    await db.query(`
      UPDATE rollups.units SET changed_at = now();
      INSERT INTO rollups.periods (tenant_id, period_id, window_start, window_end, frozen_at)
        SELECT tenant_id, id, window_start, window_end, now() FROM reports.reporting_periods;
      INSERT INTO rollups.unit_standings (tenant_id, period_id, unit_id, expected, bloc_id, unit_type, placed_at)
        SELECT p.tenant_id, p.period_id, u.unit_id, true, u.bloc_id, u.unit_type, u.changed_at
          FROM rollups.periods p JOIN rollups.units u ON u.tenant_id = p.tenant_id
         WHERE u.kind = 'UNIT' AND rollups.expected_for(u.expected_from, u.closed_on, p.window_start, p.window_end);
      INSERT INTO rollups.unit_standings AS s (tenant_id, period_id, unit_id, bloc_id, unit_type, placed_at, status, status_at,
                                              report_id, submitted_at, late, score_total, band, score_at)
        SELECT r.tenant_id, r.period_id, r.unit_id, u.bloc_id, u.unit_type, u.changed_at, r.status,
               greatest(r.submitted_at, r.reviewed_at, r.approved_at, r.returned_at), r.id, r.submitted_at, r.late,
               r.score_total, r.band, CASE WHEN r.score_total IS NOT NULL THEN coalesce(r.approved_at, r.submitted_at) END
          FROM reports.reports r LEFT JOIN rollups.units u ON u.tenant_id = r.tenant_id AND u.unit_id = r.unit_id
         WHERE r.status <> 'DRAFT'
        ON CONFLICT (tenant_id, period_id, unit_id) DO UPDATE SET
          status = excluded.status, status_at = excluded.status_at, report_id = excluded.report_id,
          submitted_at = excluded.submitted_at, late = excluded.late, score_total = excluded.score_total,
          band = excluded.band, score_at = excluded.score_at;
      INSERT INTO rollups.activities (tenant_id, activity_id, unit_id, kind, occurred_on, figures, deleted, changed_at)
        SELECT tenant_id, id, unit_id, kind, occurred_on, figures, deleted_at IS NOT NULL,
               coalesce(deleted_at, updated_at, created_at)
          FROM activities.activities;
      UPDATE rollups.unit_standings s SET activity_counts = a.counts, figure_sums = a.figures
        FROM (SELECT p.tenant_id, p.period_id, a.unit_id,
                     rollups.jsonb_sum(jsonb_build_object(a.kind, 1)) AS counts,
                     rollups.jsonb_sum((SELECT coalesce(jsonb_object_agg(a.kind || '.' || f.key, f.value), '{}')
                                          FROM jsonb_each(a.figures) f)) AS figures
                FROM rollups.periods p
                JOIN rollups.activities a ON a.tenant_id = p.tenant_id AND NOT a.deleted
                                         AND a.occurred_on BETWEEN p.window_start AND p.window_end
               GROUP BY p.tenant_id, p.period_id, a.unit_id) a
       WHERE s.tenant_id = a.tenant_id AND s.period_id = a.period_id AND s.unit_id = a.unit_id;
      INSERT INTO rollups.cells
        SELECT s.tenant_id, s.period_id, d.dimension, d.value,
               count(*), count(*) FILTER (WHERE s.expected),
               count(*) FILTER (WHERE s.status IN ('SUBMITTED', 'REVIEWED', 'APPROVED')),
               count(*) FILTER (WHERE s.status IN ('SUBMITTED', 'REVIEWED', 'APPROVED') AND NOT s.late),
               count(*) FILTER (WHERE s.status IN ('SUBMITTED', 'REVIEWED', 'APPROVED') AND s.late),
               count(*) FILTER (WHERE s.status = 'APPROVED'), count(*) FILTER (WHERE s.status = 'RETURNED'),
               count(s.score_total), coalesce(sum(s.score_total), 0), rollups.histogram_sum(rollups.histogram_of(s.score_total)),
               rollups.jsonb_sum(CASE WHEN s.band IS NOT NULL THEN jsonb_build_object(s.band, 1) END),
               rollups.jsonb_sum(s.criteria), rollups.jsonb_sum(rollups.jsonb_ones(s.criteria)),
               rollups.jsonb_sum(s.activity_counts), rollups.jsonb_sum(s.figure_sums),
               rollups.jsonb_sum(rollups.jsonb_ones(s.activity_counts)), now()
          FROM rollups.unit_standings s
          CROSS JOIN LATERAL (VALUES ('PROVINCE', ''), ('BLOC', s.bloc_id::text), ('UNIT_TYPE', s.unit_type)) d (dimension, value)
         WHERE (s.expected OR s.status IS NOT NULL) AND d.value IS NOT NULL
         GROUP BY s.tenant_id, s.period_id, d.dimension, d.value;
    `);

    // ---- the old read models follow the new tables; their tables go
    await db.query(`
      CREATE OR REPLACE VIEW rollups.province_rollup_view AS
        SELECT c.tenant_id, c.period_id, c.units_expected, c.units_submitted, c.units_on_time,
               round(c.score_sum / nullif(c.score_count, 0), 2)::numeric(6, 2) AS average_score,
               '{"TOT": 0, "KHA": 0, "TRUNG_BINH": 0, "YEU": 0}'::jsonb || c.band_counts AS band_counts, c.refreshed_at
          FROM rollups.cells c
         WHERE c.tenant_id = qcdc.current_tenant() AND c.dimension = 'PROVINCE' AND c.value = '';
      CREATE OR REPLACE VIEW rollups.unit_status_view AS
        SELECT tenant_id, period_id, unit_id, report_id, submitted_at, late, score_total, band
          FROM rollups.unit_standings
         WHERE tenant_id = qcdc.current_tenant() AND report_id IS NOT NULL AND submitted_at IS NOT NULL;
      DROP TABLE rollups.province_rollups, rollups.unit_period_status;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE rollups.unit_period_status (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        report_id uuid NOT NULL,
        submitted_at timestamptz NOT NULL,
        late boolean NOT NULL,
        score_total numeric(6, 2) NOT NULL,
        band text NOT NULL,
        PRIMARY KEY (tenant_id, period_id, unit_id)
      );
      ${tenantIsolation('rollups.unit_period_status')}
      CREATE TABLE rollups.province_rollups (
        tenant_id uuid NOT NULL,
        period_id uuid NOT NULL,
        units_expected int NOT NULL,
        units_submitted int NOT NULL,
        units_on_time int NOT NULL,
        average_score numeric(6, 2),
        band_counts jsonb NOT NULL,
        refreshed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, period_id)
      );
      ${tenantIsolation('rollups.province_rollups')}
      GRANT SELECT, INSERT, UPDATE, DELETE ON rollups.unit_period_status, rollups.province_rollups TO qcdc_rollups;
      INSERT INTO rollups.unit_period_status
        SELECT tenant_id, period_id, unit_id, report_id, submitted_at, coalesce(late, false), score_total, band
          FROM rollups.unit_standings WHERE report_id IS NOT NULL AND submitted_at IS NOT NULL AND score_total IS NOT NULL;
      INSERT INTO rollups.province_rollups
        SELECT tenant_id, period_id, units_expected, units_submitted, units_on_time,
               round(score_sum / nullif(score_count, 0), 2),
               '{"TOT": 0, "KHA": 0, "TRUNG_BINH": 0, "YEU": 0}'::jsonb || band_counts, refreshed_at
          FROM rollups.cells WHERE dimension = 'PROVINCE';
      CREATE OR REPLACE VIEW rollups.province_rollup_view AS
        SELECT tenant_id, period_id, units_expected, units_submitted, units_on_time, average_score, band_counts,
               refreshed_at
          FROM rollups.province_rollups WHERE tenant_id = qcdc.current_tenant();
      CREATE OR REPLACE VIEW rollups.unit_status_view AS
        SELECT tenant_id, period_id, unit_id, report_id, submitted_at, late, score_total, band
          FROM rollups.unit_period_status WHERE tenant_id = qcdc.current_tenant();
      DROP VIEW rollups.cell_view, rollups.unit_standing_view;
      DROP AGGREGATE rollups.jsonb_sum(jsonb);
      DROP AGGREGATE rollups.histogram_sum(int[]);
      DROP FUNCTION rollups.jsonb_add(jsonb, jsonb), rollups.jsonb_neg(jsonb), rollups.jsonb_ones(jsonb),
        rollups.int_array_add(int[], int[]), rollups.histogram_of(numeric);
      DROP TABLE rollups.cells, rollups.activities, rollups.unit_standings, rollups.periods;
      ALTER TABLE rollups.units DROP COLUMN changed_at;
    `);
  }
}

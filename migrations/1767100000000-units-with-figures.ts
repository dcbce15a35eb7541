import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cell's `units_with_kind` also counts, per activity figure, the units with a non-zero sum of it
 * (`INSPECTION.peoplesInspection`: the units whose People's Inspection Board inspected at least once), which the
 * dashboards show as the People's Inspection Boards at work. The roll-ups keep it from now on (contribution.ts,
 * the full recompute); this adds it to the cells already there, from the standings' figure sums (which hold
 * no zero).
 */
const FIGURE_UNITS = `
  SELECT s.tenant_id, s.period_id, d.dimension, d.value, rollups.jsonb_sum(rollups.jsonb_ones(s.figure_sums)) AS units
    FROM rollups.unit_standings s
   CROSS JOIN LATERAL (VALUES ('PROVINCE', ''), ('BLOC', s.bloc_id::text), ('UNIT_TYPE', s.unit_type)) d (dimension, value)
   WHERE (s.expected OR s.status IS NOT NULL) AND d.value IS NOT NULL AND s.figure_sums <> '{}'
   GROUP BY s.tenant_id, s.period_id, d.dimension, d.value`;

export class UnitsWithFigures1767100000000 implements MigrationInterface {
  name = 'UnitsWithFigures1767100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE rollups.cells c SET units_with_kind = rollups.jsonb_add(c.units_with_kind, f.units)
        FROM (${FIGURE_UNITS}) f
       WHERE c.tenant_id = f.tenant_id AND c.period_id = f.period_id AND c.dimension = f.dimension AND c.value = f.value;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE rollups.cells c SET units_with_kind = rollups.jsonb_add(c.units_with_kind, rollups.jsonb_neg(f.units))
        FROM (${FIGURE_UNITS}) f
       WHERE c.tenant_id = f.tenant_id AND c.period_id = f.period_id AND c.dimension = f.dimension AND c.value = f.value;
    `);
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, pgCode, pgConstraint } from '@qcdc/shared/db';
import { OrgUnitKind, UnitType } from '@qcdc/tenancy/domain';

export interface OrgUnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  unitType: UnitType;
  parentId: string | null;
}

const COLUMNS = `o.id, o.code, o.name, o.kind, o.unit_type AS "unitType", o.parent_id AS "parentId"`;

/** The org tree of the current tenant (row-level security scopes every statement). */
@Injectable()
export class OrgUnitRepository {
  async findById(em: EntityManager, id: string): Promise<OrgUnitRow | null> {
    const rows = await em.query(`SELECT ${COLUMNS} FROM tenancy.org_units o WHERE o.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The units among `ids` that lie within the subtrees rooted at `rootIds`; the others are left out. */
  findInSubtrees(em: EntityManager, ids: readonly string[], rootIds: string[]): Promise<OrgUnitRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM tenancy.org_units o
        WHERE o.id = ANY($1::uuid[])
          AND EXISTS (SELECT FROM tenancy.org_unit_closure c WHERE c.unit_id = o.id AND c.ancestor_id = ANY($2::uuid[]))`,
      [ids, rootIds],
    );
  }

  /** Every unit within the subtrees rooted at `rootIds`, parents before children. */
  listInSubtrees(em: EntityManager, rootIds: string[]): Promise<OrgUnitRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM tenancy.org_units o
        WHERE EXISTS (SELECT FROM tenancy.org_unit_closure c WHERE c.unit_id = o.id AND c.ancestor_id = ANY($1::uuid[]))
        ORDER BY (SELECT max(depth) FROM tenancy.org_unit_closure d WHERE d.unit_id = o.id), o.code`,
      [rootIds],
    );
  }

  /** The nearest bloc at or above a unit, for roll-ups by bloc. */
  async nearestBloc(em: EntityManager, unitId: string): Promise<{ id: string; name: string } | null> {
    const rows = await em.query(
      `SELECT o.id, o.name FROM tenancy.org_unit_closure c
         JOIN tenancy.org_units o ON o.id = c.ancestor_id
        WHERE c.unit_id = $1 AND o.kind = 'BLOC' ORDER BY c.depth LIMIT 1`,
      [unitId],
    );
    return rows[0] ?? null;
  }

  /** Inserts a unit and its ancestor rows in the closure table, in the caller's transaction. */
  async insert(em: EntityManager, unit: Omit<OrgUnitRow, 'id'>): Promise<OrgUnitRow> {
    let rows: OrgUnitRow[];
    try {
      rows = await em.query(
        `INSERT INTO tenancy.org_units AS o (tenant_id, parent_id, code, name, kind, unit_type)
         VALUES (qcdc.current_tenant(), $1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [unit.parentId, unit.code, unit.name, unit.kind, unit.unitType],
      );
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error)?.includes('code')) {
        throw conflict(
          `Mã đơn vị "${unit.code}" đã có trong tỉnh. Hãy chọn mã khác.`,
          `The unit code "${unit.code}" is already used in this province.`,
          { field: 'code' },
        );
      }
      throw error;
    }
    const created = rows[0];
    await em.query(
      `INSERT INTO tenancy.org_unit_closure (tenant_id, unit_id, ancestor_id, depth)
       SELECT qcdc.current_tenant(), $1::uuid, $1::uuid, 0
       UNION ALL
       SELECT qcdc.current_tenant(), $1::uuid, ancestor_id, depth + 1 FROM tenancy.org_unit_closure WHERE unit_id = $2::uuid`,
      [created.id, unit.parentId],
    );
    return created;
  }
}

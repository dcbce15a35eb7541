import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, currentTenant, execute, firstOf, pgCode, pgConstraint, qb, rowsOf, sql } from '@qcdc/shared/db';
import { OrgUnitKind, UnitType } from '@qcdc/tenancy/domain';

export interface OrgUnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  unitType: UnitType;
  parentId: string | null;
}

const COLUMNS = ['id', 'code', 'name', 'kind', 'unit_type as unitType', 'parent_id as parentId'] as const;

/** The columns as read, kind and unit type as the CHECK constraints of tenancy.org_units allow them. */
const asOrgUnit = (row: Omit<OrgUnitRow, 'kind' | 'unitType'> & { kind: string; unitType: string }): OrgUnitRow => ({
  ...row,
  kind: row.kind as OrgUnitKind,
  unitType: row.unitType as UnitType,
});

const orgUnits = () => qb.selectFrom('tenancy.org_units as o').select(COLUMNS.map((c) => `o.${c}` as const));

/** The org tree of the current tenant (row-level security scopes every statement). */
@Injectable()
export class OrgUnitRepository {
  async findById(em: EntityManager, id: string): Promise<OrgUnitRow | null> {
    const row = await firstOf(em, orgUnits().where('o.id', '=', id));
    return row ? asOrgUnit(row) : null;
  }

  /** The units among `ids` that lie within the subtrees rooted at `rootIds`; the others are left out. */
  async findInSubtrees(em: EntityManager, ids: readonly string[], rootIds: string[]): Promise<OrgUnitRow[]> {
    if (ids.length === 0 || rootIds.length === 0) return [];
    const rows = await rowsOf(
      em,
      orgUnits()
        .where(sql<boolean>`o.id = ANY(${[...ids]}::uuid[])`)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('tenancy.org_unit_closure as c')
              .whereRef('c.unit_id', '=', 'o.id')
              .where('c.ancestor_id', 'in', rootIds)
              .select('c.unit_id'),
          ),
        ),
    );
    return rows.map(asOrgUnit);
  }

  /** Every unit within the subtrees rooted at `rootIds`, parents before children. */
  async listInSubtrees(em: EntityManager, rootIds: string[]): Promise<OrgUnitRow[]> {
    if (rootIds.length === 0) return [];
    const rows = await rowsOf(
      em,
      orgUnits()
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('tenancy.org_unit_closure as c')
              .whereRef('c.unit_id', '=', 'o.id')
              .where('c.ancestor_id', 'in', rootIds)
              .select('c.unit_id'),
          ),
        )
        .orderBy((eb) =>
          eb.selectFrom('tenancy.org_unit_closure as d').whereRef('d.unit_id', '=', 'o.id').select((d) => d.fn.max('d.depth').as('depth')),
        )
        .orderBy('o.code'),
    );
    return rows.map(asOrgUnit);
  }

  /** The nearest bloc at or above a unit, for roll-ups by bloc. */
  nearestBloc(em: EntityManager, unitId: string): Promise<{ id: string; name: string } | null> {
    return firstOf(
      em,
      qb
        .selectFrom('tenancy.org_unit_closure as c')
        .innerJoin('tenancy.org_units as o', 'o.id', 'c.ancestor_id')
        .select(['o.id', 'o.name'])
        .where('c.unit_id', '=', unitId)
        .where('o.kind', '=', 'BLOC')
        .orderBy('c.depth')
        .limit(1),
    );
  }

  /** Inserts a unit and its rows in the closure table (itself at depth 0, then its parent's ancestors), in the caller's transaction. */
  async insert(em: EntityManager, unit: Omit<OrgUnitRow, 'id'>): Promise<OrgUnitRow> {
    let created: OrgUnitRow;
    try {
      const row = await firstOf(
        em,
        qb
          .insertInto('tenancy.org_units')
          .values({
            tenant_id: currentTenant(),
            parent_id: unit.parentId,
            code: unit.code,
            name: unit.name,
            kind: unit.kind,
            unit_type: unit.unitType,
          })
          .returning(COLUMNS),
      );
      created = asOrgUnit(row as NonNullable<typeof row>);
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
    await execute(
      em,
      qb
        .insertInto('tenancy.org_unit_closure')
        .values({ tenant_id: currentTenant(), unit_id: created.id, ancestor_id: created.id, depth: 0 }),
    );
    if (unit.parentId !== null) {
      await execute(
        em,
        qb
          .insertInto('tenancy.org_unit_closure')
          .columns(['tenant_id', 'unit_id', 'ancestor_id', 'depth'])
          .expression(
            qb
              .selectFrom('tenancy.org_unit_closure')
              .select([
                currentTenant().as('tenant_id'),
                sql<string>`${created.id}::uuid`.as('unit_id'),
                'ancestor_id',
                sql<number>`depth + 1`.as('depth'),
              ])
              .where('unit_id', '=', unit.parentId),
          ),
      );
    }
    return created;
  }
}

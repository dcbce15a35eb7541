import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput, conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, currentTenant, execute, firstOf, pgCode, pgConstraint, qb, rowsOf, sql } from '@qcdc/shared/db';
import { OrgUnitKind, UnitType } from '@qcdc/tenancy/domain';

/** A unit as it stands on one date: its name and parent of that day, and the dates of its life. */
export interface OrgUnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  unitType: UnitType;
  parentId: string | null;
  openedOn: string | null;
  closedOn: string | null;
  mergedIntoId: string | null;
  /** The unit a split made this one from. */
  splitFromId: string | null;
  expectedFrom: string | null;
  /** The bloc that reviews it on that date by the admin's override of the reporting line; null: its bloc in the tree. */
  reviewedById: string | null;
}

/** One stretch of a unit's history: a name or a parent from a date (null: before the records) to a date (null: still). */
export interface OrgUnitSpan {
  from: string | null;
  to: string | null;
}
export interface OrgUnitHistoryRows {
  names: (OrgUnitSpan & { name: string })[];
  links: (OrgUnitSpan & { parentId: string | null })[];
  /** The admin's overrides of who reviews the unit. */
  reviewers: (OrgUnitSpan & { reviewerId: string })[];
  /** The units a split of this one opened. */
  splitIntoIds: string[];
}

type Raw = Omit<OrgUnitRow, 'kind'> & { kind: string };

/** The columns as read, the kind as the CHECK constraint of tenancy.org_units allows it. */
const asOrgUnit = (row: Raw): OrgUnitRow => ({ ...row, kind: row.kind as OrgUnitKind });

/** A date argument, or today by the application's clock. */
const dateOr = (on: string | null) => (on === null ? sql<string>`qcdc.today()` : sql<string>`${on}::date`);

/** Who covers whom on a date: the closure of that day with the admin's reporting lines (tenancy.org_unit_coverage). */
const coverageOn = (on: string | null) =>
  sql<{ unit_id: string; ancestor_id: string; depth: number }>`tenancy.org_unit_coverage(${dateOr(on)})`.as('c');

/**
 * The units that exist on a date, with that day's name and parent. `org_unit_links` has one row per unit
 * and day (no overlaps, by its exclusion constraint), so the joins keep one row per unit.
 */
const unitsOn = (on: string | null) =>
  qb
    .selectFrom('tenancy.org_units as o')
    .innerJoin('tenancy.org_unit_links as l', (j) => j.onRef('l.unit_id', '=', 'o.id').on(sql<boolean>`l.valid @> ${dateOr(on)}`))
    .leftJoin('tenancy.org_unit_names as n', (j) => j.onRef('n.unit_id', '=', 'o.id').on(sql<boolean>`n.valid @> ${dateOr(on)}`))
    .leftJoin('tenancy.org_unit_reviewers as r', (j) => j.onRef('r.unit_id', '=', 'o.id').on(sql<boolean>`r.valid @> ${dateOr(on)}`))
    .select([
      'o.id',
      'o.code',
      sql<string>`coalesce(n.name, o.name)`.as('name'),
      'o.kind',
      'o.unit_type as unitType',
      'l.parent_id as parentId',
      'o.opened_on as openedOn',
      'o.closed_on as closedOn',
      'o.merged_into as mergedIntoId',
      'o.split_from as splitFromId',
      'o.expected_from as expectedFrom',
      'r.reviewer_id as reviewedById',
    ]);

/** The org tree of the current tenant (row-level security scopes every statement), as of a date. */
@Injectable()
export class OrgUnitRepository {
  /** Today by the application's clock, in Vietnam. */
  async today(em: EntityManager): Promise<string> {
    const row = await firstOf(em, qb.selectNoFrom(sql<string>`qcdc.today()`.as('today')));
    return (row as NonNullable<typeof row>).today;
  }

  /** The unit on a date (today when null), or null when it did not exist then. */
  async findById(em: EntityManager, id: string, on: string | null = null): Promise<OrgUnitRow | null> {
    const row = await firstOf(em, unitsOn(on).where('o.id', '=', id));
    return row ? asOrgUnit(row) : null;
  }

  /** Locks the units' rows until the transaction ends, so two changes of one part of the tree go one after the other. */
  async lock(em: EntityManager, ids: readonly string[]): Promise<void> {
    await execute(
      em,
      qb
        .selectFrom('tenancy.org_units')
        .select('id')
        .where(sql<boolean>`id = ANY(${[...ids]}::uuid[])`)
        .orderBy('id')
        .forUpdate(),
    );
  }

  /**
   * The units among `ids` that lie within the subtrees rooted at `rootIds` today (reporting lines as the
   * admin set them), read from the scope checks' own read model; the others are left out.
   */
  async findInSubtrees(em: EntityManager, ids: readonly string[], rootIds: string[]): Promise<OrgUnitRow[]> {
    if (ids.length === 0 || rootIds.length === 0) return [];
    const rows = await rowsOf(
      em,
      unitsOn(null)
        .where(sql<boolean>`o.id = ANY(${[...ids]}::uuid[])`)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('tenancy.org_unit_ancestors as c')
              .whereRef('c.unit_id', '=', 'o.id')
              .where('c.ancestor_id', 'in', rootIds)
              .select('c.unit_id'),
          ),
        ),
    );
    return rows.map(asOrgUnit);
  }

  /**
   * Every unit within the subtrees rooted at `rootIds` on a date (today when null), parents before children;
   * a unit whose reporting line the admin set lies within its reviewing bloc's subtree, not its tree bloc's.
   */
  async listInSubtrees(em: EntityManager, rootIds: string[], on: string | null = null): Promise<OrgUnitRow[]> {
    if (rootIds.length === 0) return [];
    const rows = await rowsOf(
      em,
      unitsOn(on)
        .innerJoin(
          (eb) =>
            eb
              .selectFrom(coverageOn(on))
              .select(['c.unit_id', (c) => c.fn.max('c.depth').as('depth')])
              .groupBy('c.unit_id')
              .having(sql<boolean>`bool_or(c.ancestor_id = ANY(${rootIds}::uuid[]))`)
              .as('d'),
          (j) => j.onRef('d.unit_id', '=', 'o.id'),
        )
        .orderBy('d.depth')
        .orderBy('o.code'),
    );
    return rows.map(asOrgUnit);
  }

  /** The units under `parentId` on a date, with that day's names (for the rule on sibling names). */
  async childrenOn(em: EntityManager, parentId: string, on: string): Promise<OrgUnitRow[]> {
    return (await rowsOf(em, unitsOn(on).where('l.parent_id', '=', parentId).orderBy('o.code'))).map(asOrgUnit);
  }

  /**
   * Each unit's parent on a date (for the cycle rule): the links valid that day. The tree is small (hundreds
   * of units) and a move is rare; one query beats a walk.
   */
  async parentsOn(em: EntityManager, on: string): Promise<Map<string, string | null>> {
    const rows = await rowsOf(
      em,
      qb.selectFrom('tenancy.org_unit_links as l').select(['l.unit_id as unitId', 'l.parent_id as parentId']).where(sql<boolean>`l.valid @> ${on}::date`),
    );
    return new Map(rows.map((r) => [r.unitId, r.parentId]));
  }

  /**
   * The last day the unit's reporting line changed (an override began or ended); null when the admin never
   * set one.
   */
  async lastReportingLineChange(em: EntityManager, id: string): Promise<string | null> {
    const row = await firstOf(
      em,
      qb
        .selectFrom('tenancy.org_unit_reviewers')
        .select(sql<string | null>`max(greatest(lower(valid), upper(valid)))::text`.as('on'))
        .where('unit_id', '=', id),
    );
    return row?.on ?? null;
  }

  /** The override in force from the latest change on (open-ended), if any: its bloc and first day. */
  async openReportingLine(em: EntityManager, id: string): Promise<{ reviewerId: string; from: string | null } | null> {
    return firstOf(
      em,
      qb
        .selectFrom('tenancy.org_unit_reviewers')
        .select(['reviewer_id as reviewerId', sql<string | null>`lower(valid)::text`.as('from')])
        .where('unit_id', '=', id)
        .where(sql<boolean>`upper_inf(valid)`),
    );
  }

  /** From `on`, the unit is reviewed by `reviewerId`: an override still open ends the day before. */
  async setReportingLine(em: EntityManager, id: string, reviewerId: string, on: string): Promise<void> {
    await this.endReportingLine(em, id, on);
    await execute(
      em,
      qb
        .insertInto('tenancy.org_unit_reviewers')
        .values({ tenant_id: currentTenant(), unit_id: id, reviewer_id: reviewerId, valid: sql<string>`daterange(${on}::date, NULL)` }),
    );
  }

  /** From `on`, the open override (if any) no longer holds: review follows the tree again. */
  async endReportingLine(em: EntityManager, id: string, on: string): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('tenancy.org_unit_reviewers')
        .set({ valid: sql<string>`daterange(lower(valid), ${on}::date)` })
        .where('unit_id', '=', id)
        .where(sql<boolean>`upper_inf(valid)`),
    );
  }

  /** The first day of the unit's current (latest) placement and name: null when they reach back before the records. */
  async lastChanges(em: EntityManager, id: string): Promise<{ linkFrom: string | null; nameFrom: string | null }> {
    const row = await firstOf(
      em,
      qb.selectNoFrom([
        sql<string | null>`(SELECT max(lower(valid)) FROM tenancy.org_unit_links WHERE unit_id = ${id}::uuid)`.as('linkFrom'),
        sql<string | null>`(SELECT max(lower(valid)) FROM tenancy.org_unit_names WHERE unit_id = ${id}::uuid)`.as('nameFrom'),
      ]),
    );
    return row ?? { linkFrom: null, nameFrom: null };
  }

  /** The nearest bloc at or above a unit today, for roll-ups by bloc. */
  nearestBloc(em: EntityManager, unitId: string, on: string | null = null): Promise<{ id: string; name: string } | null> {
    const day = on === null ? sql<string>`qcdc.today()` : sql<string>`${on}::date`;
    return firstOf(
      em,
      qb
        .selectFrom('tenancy.org_unit_closure as c')
        .innerJoin('tenancy.org_units as o', 'o.id', 'c.ancestor_id')
        .leftJoin('tenancy.org_unit_names as n', (j) => j.onRef('n.unit_id', '=', 'o.id').on(sql<boolean>`n.valid @> ${day}`))
        .select(['o.id', sql<string>`coalesce(n.name, o.name)`.as('name')])
        .where('c.unit_id', '=', unitId)
        .where(sql<boolean>`c.valid @> ${day}`)
        .where('o.kind', '=', 'BLOC')
        .orderBy('c.depth')
        .limit(1),
    );
  }

  /** A unit's names and places over time, oldest first. */
  async history(em: EntityManager, id: string): Promise<OrgUnitHistoryRows> {
    const span = [sql<string | null>`lower(valid)::text`.as('from'), sql<string | null>`upper(valid)::text`.as('to')] as const;
    const names = await rowsOf(
      em,
      qb.selectFrom('tenancy.org_unit_names').select(['name', ...span]).where('unit_id', '=', id).orderBy(sql`lower(valid) NULLS FIRST`),
    );
    const links = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.org_unit_links')
        .select(['parent_id as parentId', ...span])
        .where('unit_id', '=', id)
        .orderBy(sql`lower(valid) NULLS FIRST`),
    );
    const reviewers = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.org_unit_reviewers')
        .select(['reviewer_id as reviewerId', ...span])
        .where('unit_id', '=', id)
        .orderBy(sql`lower(valid) NULLS FIRST`),
    );
    const parts = await rowsOf(em, qb.selectFrom('tenancy.org_units').select('id').where('split_from', '=', id).orderBy('code'));
    return { names, links, reviewers, splitIntoIds: parts.map((p) => p.id) };
  }

  /**
   * Inserts a unit, in the caller's transaction; its first link, name and ancestors follow from the day it
   * opened (trigger tenancy.org_unit_opened).
   */
  async insert(
    em: EntityManager,
    unit: Omit<OrgUnitRow, 'id' | 'closedOn' | 'mergedIntoId' | 'splitFromId' | 'reviewedById'> & { splitFromId?: string | null },
  ): Promise<OrgUnitRow> {
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
            opened_on: unit.openedOn,
            expected_from: unit.expectedFrom,
            split_from: unit.splitFromId ?? null,
          })
          .returning('id'),
      );
      return {
        ...unit,
        id: (row as NonNullable<typeof row>).id,
        closedOn: null,
        mergedIntoId: null,
        splitFromId: unit.splitFromId ?? null,
        reviewedById: null,
      };
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error)?.includes('code')) {
        throw conflict(
          `Mã đơn vị "${unit.code}" đã có trong tỉnh. Hãy chọn mã khác.`,
          `The unit code "${unit.code}" is already used in this province.`,
          { field: 'code', reason: 'DUPLICATE_CODE' },
        );
      }
      throw error;
    }
  }

  /** A new name from `on`: the current name ends the day before; `org_units.name` keeps the latest. */
  async rename(em: EntityManager, id: string, name: string, on: string): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('tenancy.org_unit_names')
        .set({ valid: sql<string>`daterange(lower(valid), ${on}::date)` })
        .where('unit_id', '=', id)
        .where(sql<boolean>`upper_inf(valid)`),
    );
    await execute(
      em,
      qb.insertInto('tenancy.org_unit_names').values({ tenant_id: currentTenant(), unit_id: id, name, valid: sql<string>`daterange(${on}::date, NULL)` }),
    );
    await execute(em, qb.updateTable('tenancy.org_units').set({ name }).where('id', '=', id));
  }

  /**
   * A typo fixed: the name in force today becomes `name` (for a unit not open yet, its first name), without
   * a new entry in the history; a renaming already planned for later stays as planned.
   */
  async correctName(em: EntityManager, id: string, name: string): Promise<void> {
    const today = await execute(
      em,
      qb.updateTable('tenancy.org_unit_names').set({ name }).where('unit_id', '=', id).where(sql<boolean>`valid @> qcdc.today()`),
    );
    if (today === 0) {
      await execute(
        em,
        qb
          .updateTable('tenancy.org_unit_names')
          .set({ name })
          .where('unit_id', '=', id)
          .where(sql<boolean>`lower(valid) = (SELECT min(lower(valid)) FROM tenancy.org_unit_names WHERE unit_id = ${id}::uuid)`),
      );
    }
    await execute(
      em,
      qb
        .updateTable('tenancy.org_units')
        .set({ name: sql<string>`(SELECT n.name FROM tenancy.org_unit_names n WHERE n.unit_id = ${id}::uuid AND upper_inf(n.valid))` })
        .where('id', '=', id),
    );
  }

  async setExpectedFrom(em: EntityManager, id: string, expectedFrom: string): Promise<void> {
    await execute(em, qb.updateTable('tenancy.org_units').set({ expected_from: expectedFrom }).where('id', '=', id));
  }

  /** A reporting unit's type, put right in place (no history: it is a correction). */
  async setUnitType(em: EntityManager, id: string, unitType: UnitType): Promise<void> {
    await execute(em, qb.updateTable('tenancy.org_units').set({ unit_type: unitType }).where('id', '=', id));
  }

  async close(em: EntityManager, id: string, on: string, mergedInto: string | null = null): Promise<void> {
    await execute(em, qb.updateTable('tenancy.org_units').set({ closed_on: on, merged_into: mergedInto }).where('id', '=', id));
  }

  /**
   * A new parent from `on`: the current link ends the day before; `org_units.parent_id` keeps the latest.
   * The closure is rebuilt afterwards (`rebuildClosure`), once for all the moves of one change.
   */
  async move(em: EntityManager, id: string, parentId: string, on: string): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('tenancy.org_unit_links')
        .set({ valid: sql<string>`daterange(lower(valid), ${on}::date)` })
        .where('unit_id', '=', id)
        .where(sql<boolean>`upper_inf(valid)`),
    );
    try {
      await execute(
        em,
        qb
          .insertInto('tenancy.org_unit_links')
          .values({ tenant_id: currentTenant(), unit_id: id, parent_id: parentId, valid: sql<string>`daterange(${on}::date, NULL)` }),
      );
    } catch (error) {
      if (pgConstraint(error) === 'org_unit_links_no_overlap') {
        throw badInput(
          `Ngày hiệu lực ${on} trùng với một vị trí khác của đơn vị. Hãy chọn ngày sau lần thay đổi trước.`,
          `The effective date ${on} overlaps another placement of the unit. Choose a date after its last change.`,
          { field: 'effectiveOn', reason: 'OVERLAPPING_DATES' },
        );
      }
      throw error;
    }
    await execute(em, qb.updateTable('tenancy.org_units').set({ parent_id: parentId }).where('id', '=', id));
  }

  /**
   * The tenant's ancestors again from its links. The database refuses a cycle, and two placements of one unit
   * whose dates overlap; the domain rules catch both before, these are the guards behind them.
   */
  async rebuildClosure(em: EntityManager): Promise<void> {
    try {
      await execute(em, qb.selectNoFrom(sql`tenancy.rebuild_org_unit_closure()`.as('done')));
    } catch (error) {
      if (pgConstraint(error) === 'org_unit_links_no_cycle') {
        throw badInput(
          'Thay đổi này làm một đơn vị nằm dưới chính nó. Hãy chọn đơn vị cấp trên khác.',
          'This change would put a unit beneath itself. Choose another parent.',
          { field: 'parentId', reason: 'CYCLE' },
        );
      }
      throw error;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, appNow, currentTenant, execute, pgCode, pgConstraint, qb, rowsOf, sql } from '@qcdc/shared/db';
import { UnitTypeEntry, unitNameKey } from '@qcdc/tenancy/domain';

export interface UnitTypeRow extends UnitTypeEntry {
  /** The open units that have it today. */
  openUnits: number;
}

/** The current tenant's catalogue of unit types (tenancy.unit_types; row-level security scopes every statement). */
@Injectable()
export class UnitTypeRepository {
  /**
   * Every type of the province in its order: what the checks of a unit's type read. `lock` holds the catalogue
   * until the transaction ends (a change of the catalogue).
   */
  async catalogue(em: EntityManager, options: { lock?: boolean } = {}): Promise<UnitTypeEntry[]> {
    return rowsOf(em, entries(options));
  }

  /** The catalogue with the open units that have each type today: what the admin's screen shows. */
  async list(em: EntityManager, options: { lock?: boolean } = {}): Promise<UnitTypeRow[]> {
    const query = entries(options).select((eb) =>
      eb
        .selectFrom('tenancy.org_units as o')
        .whereRef('o.unit_type', '=', 't.code')
        .where(sql<boolean>`(o.closed_on IS NULL OR o.closed_on > qcdc.today())`)
        .select(sql<number>`count(*)::int`.as('n'))
        .as('openUnits'),
    );
    return (await rowsOf(em, query)).map((r) => ({ ...r, openUnits: r.openUnits ?? 0 }));
  }

  /** Adds types at the end of the order (a new province's defaults, an admin's new type). */
  async insert(em: EntityManager, types: readonly Pick<UnitTypeEntry, 'code' | 'name' | 'nameEn'>[]): Promise<void> {
    if (types.length === 0) return;
    try {
      await execute(
        em,
        qb.insertInto('tenancy.unit_types').values(
          types.map((t, i) => ({
            tenant_id: currentTenant(),
            code: t.code,
            name: t.name,
            name_en: t.nameEn,
            name_key: unitNameKey(t.name),
            position: sql<number>`(SELECT coalesce(max(position), 0) + ${i + 1} FROM tenancy.unit_types)`,
          })),
        ),
      );
    } catch (error) {
      throw asConflict(error, types[0]);
    }
  }

  /** New names and whether it is offered; the code stays. */
  async update(em: EntityManager, type: Pick<UnitTypeEntry, 'code' | 'name' | 'nameEn' | 'active'>): Promise<void> {
    try {
      await execute(
        em,
        qb
          .updateTable('tenancy.unit_types')
          .set({ name: type.name, name_en: type.nameEn, name_key: unitNameKey(type.name), active: type.active, updated_at: appNow() })
          .where('code', '=', type.code),
      );
    } catch (error) {
      throw asConflict(error, type);
    }
  }
}

/** A race the service's own check did not see (two admins at once): the database's unique keys say which. */
function asConflict(error: unknown, type: Pick<UnitTypeEntry, 'code' | 'name'>): unknown {
  if (pgCode(error) !== PG_UNIQUE_VIOLATION) return error;
  return pgConstraint(error)?.includes('name_key')
    ? conflict(`Đã có loại hình tên "${type.name}". Hãy đặt tên khác.`, `A unit type named "${type.name}" exists already.`, {
        field: 'name',
        reason: 'DUPLICATE_NAME',
      })
    : conflict(`Mã loại hình "${type.code}" đã có. Hãy chọn mã khác.`, `The type code "${type.code}" is taken.`, {
        field: 'code',
        reason: 'DUPLICATE_CODE',
      });
}

/** The catalogue's rows in the province's order, locked for the transaction when asked. */
function entries(options: { lock?: boolean }) {
  const query = qb
    .selectFrom('tenancy.unit_types as t')
    .select(['t.code', 't.name', 't.name_en as nameEn', 't.active'])
    .orderBy('t.position')
    .orderBy('t.code');
  return options.lock ? query.forUpdate('t') : query;
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantKind, TenantStatus, conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, TenantDb, appNow, firstOf, pgCode, qb, rowsOf } from '@qcdc/shared/db';

export interface TenantRow {
  id: string;
  code: string;
  name: string;
  kind: TenantKind;
  status: TenantStatus;
  createdAt: Date;
  /** As stored (jsonb); read through provinceSettingsOf, which fills in the defaults. */
  settings: unknown;
}

const COLUMNS = ['id', 'code', 'name', 'kind', 'status', 'created_at as createdAt', 'settings'] as const;
const asTenant = (row: Omit<TenantRow, 'kind' | 'status'> & { kind: string; status: string }): TenantRow => ({
  ...row,
  kind: row.kind as TenantRow['kind'],
  status: row.status as TenantRow['status'],
});

/**
 * The tenant registry (tenancy.tenants): platform data, not tenant-owned, so it is read without a tenant. Inside
 * a tenant transaction it is read on that transaction's connection, never on a second one from the pool.
 */
@Injectable()
export class TenantRepository {
  constructor(private readonly db: TenantDb) {}

  async findByCode(code: string): Promise<TenantRow | null> {
    const row = await firstOf(this.db.manager, qb.selectFrom('tenancy.tenants').select(COLUMNS).where('code', '=', code));
    return row ? asTenant(row) : null;
  }

  async findById(id: string): Promise<TenantRow | null> {
    const row = await firstOf(this.db.manager, qb.selectFrom('tenancy.tenants').select(COLUMNS).where('id', '=', id));
    return row ? asTenant(row) : null;
  }

  /** Provinces by name; `signInOnly` leaves out archived ones, whose people can no longer sign in. */
  async listProvinces(signInOnly: boolean): Promise<TenantRow[]> {
    let query = qb.selectFrom('tenancy.tenants').select(COLUMNS).where('kind', '=', 'PROVINCE');
    if (signInOnly) query = query.where('status', '<>', 'ARCHIVED');
    return (await rowsOf(this.db.manager, query.orderBy('name'))).map(asTenant);
  }

  async insertProvince(em: EntityManager, code: string, name: string, settings: object): Promise<string> {
    try {
      const row = await firstOf(
        em,
        qb
          .insertInto('tenancy.tenants')
          .values({ code, name, kind: 'PROVINCE', settings: JSON.stringify(settings) })
          .returning('id'),
      );
      return (row as { id: string }).id;
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION) {
        throw conflict(`Mã tỉnh "${code}" đã có. Hãy chọn mã khác.`, `The province code "${code}" is taken.`, {
          field: 'code',
        });
      }
      throw error;
    }
  }

  /** A province, locked for the caller's transaction (a status change, new settings), or null. */
  async lockProvince(em: EntityManager, id: string): Promise<TenantRow | null> {
    const row = await firstOf(
      em,
      qb.selectFrom('tenancy.tenants').select(COLUMNS).where('id', '=', id).where('kind', '=', 'PROVINCE').forUpdate(),
    );
    return row ? asTenant(row) : null;
  }

  async setSettings(em: EntityManager, id: string, settings: object): Promise<TenantRow> {
    const row = await firstOf(
      em,
      qb
        .updateTable('tenancy.tenants')
        .set({ settings: JSON.stringify(settings), updated_at: appNow() })
        .where('id', '=', id)
        .returning(COLUMNS),
    );
    return asTenant(row as NonNullable<typeof row>);
  }

  /** Sets a province's status in the caller's transaction; returns it with the status it had, or null. */
  async setStatus(
    em: EntityManager,
    id: string,
    status: TenantRow['status'],
  ): Promise<(TenantRow & { previousStatus: TenantRow['status'] }) | null> {
    const old = await firstOf(
      em,
      qb.selectFrom('tenancy.tenants').select('status').where('id', '=', id).where('kind', '=', 'PROVINCE').forUpdate(),
    );
    if (!old) return null;
    const row = await firstOf(
      em,
      qb
        .updateTable('tenancy.tenants')
        .set({ status, updated_at: appNow() })
        .where('id', '=', id)
        .returning(COLUMNS),
    );
    return row ? { ...asTenant(row), previousStatus: old.status as TenantRow['status'] } : null;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, pgCode } from '@qcdc/shared/db';

export interface TenantRow {
  id: string;
  code: string;
  name: string;
  kind: 'PLATFORM' | 'PROVINCE';
  status: 'ACTIVE' | 'SUSPENDED' | 'ARCHIVED';
  createdAt: Date;
}

const COLUMNS = `id, code, name, kind, status, created_at AS "createdAt"`;

/** The tenant registry (tenancy.tenants): platform data, not tenant-owned, so it is read without a tenant. */
@Injectable()
export class TenantRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByCode(code: string): Promise<TenantRow | null> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM tenancy.tenants WHERE code = $1`, [code]);
    return rows[0] ?? null;
  }

  async findById(id: string): Promise<TenantRow | null> {
    const rows = await this.dataSource.query(`SELECT ${COLUMNS} FROM tenancy.tenants WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Provinces by name; `signInOnly` leaves out archived ones, whose people can no longer sign in. */
  listProvinces(signInOnly: boolean): Promise<TenantRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM tenancy.tenants
        WHERE kind = 'PROVINCE' AND ($1::boolean IS FALSE OR status <> 'ARCHIVED') ORDER BY name`,
      [signInOnly],
    );
  }

  async insertProvince(em: EntityManager, code: string, name: string): Promise<string> {
    try {
      const rows = await em.query(
        `INSERT INTO tenancy.tenants (code, name, kind) VALUES ($1, $2, 'PROVINCE') RETURNING id`,
        [code, name],
      );
      return rows[0].id;
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION) {
        throw conflict(`Mã tỉnh "${code}" đã có. Hãy chọn mã khác.`, `The province code "${code}" is taken.`, {
          field: 'code',
        });
      }
      throw error;
    }
  }

  /** Sets a province's status in the caller's transaction; returns it with the status it had, or null. */
  async setStatus(
    em: EntityManager,
    id: string,
    status: TenantRow['status'],
  ): Promise<(TenantRow & { previousStatus: TenantRow['status'] }) | null> {
    const [rows] = await em.query(
      `UPDATE tenancy.tenants t SET status = $2, updated_at = now()
         FROM (SELECT id, status FROM tenancy.tenants WHERE id = $1 AND kind = 'PROVINCE' FOR UPDATE) old
        WHERE t.id = old.id
       RETURNING t.id, t.code, t.name, t.kind, t.status, t.created_at AS "createdAt", old.status AS "previousStatus"`,
      [id, status],
    );
    return rows[0] ?? null;
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role, conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, pgCode } from '@qcdc/shared/db';
import { OrgUnitRow } from '../org-units/org-unit.repository';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  active: boolean;
  passwordHash: string;
}

export interface MembershipRow {
  role: Role;
  orgUnit: OrgUnitRow | null;
}

const COLUMNS = `id, username, display_name AS "displayName", email, active, password_hash AS "passwordHash"`;

/** Users and their memberships in the current tenant. */
@Injectable()
export class UserRepository {
  async findByUsername(em: EntityManager, username: string): Promise<UserRow | null> {
    const rows = await em.query(`SELECT ${COLUMNS} FROM tenancy.users WHERE username = $1`, [username]);
    return rows[0] ?? null;
  }

  async findById(em: EntityManager, id: string): Promise<UserRow | null> {
    const rows = await em.query(`SELECT ${COLUMNS} FROM tenancy.users WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async insert(
    em: EntityManager,
    user: { username: string; displayName: string; email: string | null; passwordHash: string },
  ): Promise<UserRow> {
    try {
      const rows = await em.query(
        `INSERT INTO tenancy.users (tenant_id, username, display_name, email, password_hash)
         VALUES (qcdc.current_tenant(), $1, $2, $3, $4) RETURNING ${COLUMNS}`,
        [user.username, user.displayName, user.email, user.passwordHash],
      );
      return rows[0];
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION) {
        throw conflict(
          `Tên đăng nhập "${user.username}" đã có người dùng. Hãy chọn tên khác.`,
          `The username "${user.username}" is taken.`,
          { field: 'username' },
        );
      }
      throw error;
    }
  }

  /** Users with a membership inside the subtrees rooted at `rootIds`, by display name. */
  listInSubtrees(em: EntityManager, rootIds: string[]): Promise<UserRow[]> {
    return em.query(
      `SELECT ${COLUMNS} FROM tenancy.users u
        WHERE EXISTS (SELECT FROM tenancy.memberships m
                        JOIN tenancy.org_unit_closure c ON c.unit_id = m.org_unit_id
                       WHERE m.user_id = u.id AND c.ancestor_id = ANY($1::uuid[]))
        ORDER BY u.display_name, u.username`,
      [rootIds],
    );
  }

  async addMembership(em: EntityManager, userId: string, role: Role, orgUnitId: string | null): Promise<void> {
    await em.query(
      `INSERT INTO tenancy.memberships (tenant_id, user_id, role, org_unit_id)
       VALUES (qcdc.current_tenant(), $1, $2, $3)`,
      [userId, role, orgUnitId],
    );
  }

  async membershipsOf(em: EntityManager, userId: string): Promise<MembershipRow[]> {
    return (await this.membershipsOfUsers(em, [userId])).get(userId) ?? [];
  }

  /** The memberships of many users in one query, by user id (each user's in the order they were given). */
  async membershipsOfUsers(em: EntityManager, userIds: string[]): Promise<Map<string, MembershipRow[]>> {
    const rows: (MembershipRow & { userId: string; unitId: string | null } & Omit<OrgUnitRow, 'id'>)[] = await em.query(
      `SELECT m.user_id AS "userId", m.role, o.id AS "unitId", o.code, o.name, o.kind, o.unit_type AS "unitType",
              o.parent_id AS "parentId"
         FROM tenancy.memberships m
         LEFT JOIN tenancy.org_units o ON o.tenant_id = m.tenant_id AND o.id = m.org_unit_id
        WHERE m.user_id = ANY($1::uuid[]) ORDER BY m.created_at`,
      [userIds],
    );
    const byUser = new Map<string, MembershipRow[]>(userIds.map((id) => [id, []]));
    for (const r of rows) {
      byUser.get(r.userId)?.push({
        role: r.role,
        orgUnit: r.unitId
          ? { id: r.unitId, code: r.code, name: r.name, kind: r.kind, unitType: r.unitType, parentId: r.parentId }
          : null,
      });
    }
    return byUser;
  }
}

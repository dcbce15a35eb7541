import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role, conflict } from '@qcdc/shared/contracts';
import { PG_UNIQUE_VIOLATION, currentTenant, execute, firstOf, pgCode, qb, rowsOf, sql } from '@qcdc/shared/db';
import { OrgUnitRow } from '../org-units/org-unit.repository';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  active: boolean;
  /** Null for an invited person who has not accepted yet: they cannot sign in. */
  passwordHash: string | null;
  /** Raised by every change of the person's memberships; access tokens carry it (`Caller.session`). */
  accessVersion: number;
}

export interface MembershipRow {
  role: Role;
  orgUnit: OrgUnitRow | null;
}

/** A user with their memberships (role × org unit), oldest first. */
export interface UserWithMemberships extends UserRow {
  memberships: MembershipRow[];
}

const COLUMNS = [
  'id',
  'username',
  'display_name as displayName',
  'email',
  'active',
  'password_hash as passwordHash',
  'access_version as accessVersion',
] as const;

/** Users and their memberships in the current tenant. */
@Injectable()
export class UserRepository {
  findByUsername(em: EntityManager, username: string): Promise<UserRow | null> {
    return firstOf(em, qb.selectFrom('tenancy.users').select(COLUMNS).where('username', '=', username));
  }

  findById(em: EntityManager, id: string): Promise<UserRow | null> {
    return firstOf(em, qb.selectFrom('tenancy.users').select(COLUMNS).where('id', '=', id));
  }

  /** Stores a new hash of the same password (its parameters changed); the password itself is unchanged. */
  async setPasswordHash(em: EntityManager, id: string, passwordHash: string): Promise<void> {
    await execute(em, qb.updateTable('tenancy.users').set({ password_hash: passwordHash }).where('id', '=', id));
  }

  async insert(
    em: EntityManager,
    user: { username: string; displayName: string; email: string | null; passwordHash: string | null },
  ): Promise<UserRow> {
    try {
      const row = await firstOf(
        em,
        qb
          .insertInto('tenancy.users')
          .values({
            tenant_id: currentTenant(),
            username: user.username,
            display_name: user.displayName,
            email: user.email,
            password_hash: user.passwordHash,
          })
          .returning(COLUMNS),
      );
      return row as UserRow;
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

  /** Users with this email address (case-insensitive), oldest first: a person invited twice is found. */
  findByEmail(em: EntityManager, email: string): Promise<UserRow[]> {
    return rowsOf(
      em,
      qb
        .selectFrom('tenancy.users')
        .select(COLUMNS)
        .where(sql<boolean>`lower(email) = ${email.toLowerCase()}`)
        .orderBy('created_at'),
    );
  }

  /** The first of `base`, `base2`, `base3`, … that nobody in the province has taken. */
  async freeUsername(em: EntityManager, base: string): Promise<string> {
    const taken = new Set(
      (await rowsOf(em, qb.selectFrom('tenancy.users').select('username').where('username', 'like', `${base.replace(/[_%\\]/g, '\\$&')}%`))).map(
        (r) => r.username,
      ),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; ; n += 1) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
  }

  /** Sets a password (accepting an invitation may also change the username; a taken one is a CONFLICT). */
  async setPassword(em: EntityManager, userId: string, passwordHash: string, username?: string): Promise<void> {
    try {
      await execute(
        em,
        qb
          .updateTable('tenancy.users')
          .set({ password_hash: passwordHash, ...(username ? { username } : {}) })
          .where('id', '=', userId),
      );
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION && username) {
        throw conflict(`Tên đăng nhập "${username}" đã có người dùng. Hãy chọn tên khác.`, `The username "${username}" is taken.`, {
          field: 'username',
        });
      }
      throw error;
    }
  }

  async setActive(em: EntityManager, userId: string, active: boolean): Promise<void> {
    await execute(em, qb.updateTable('tenancy.users').set({ active }).where('id', '=', userId));
  }

  /** Whether the user has a membership inside the subtrees rooted at `rootIds` (an admin's reach). */
  async isInSubtrees(em: EntityManager, userId: string, rootIds: string[]): Promise<boolean> {
    if (rootIds.length === 0) return false;
    const row = await firstOf(
      em,
      qb
        .selectFrom('tenancy.memberships as m')
        .innerJoin('tenancy.org_unit_closure as c', 'c.unit_id', 'm.org_unit_id')
        .where('m.user_id', '=', userId)
        .where('c.ancestor_id', 'in', rootIds)
        .select('m.user_id'),
    );
    return row !== null;
  }

  /** Users with a membership inside the subtrees rooted at `rootIds`, by display name. */
  async listInSubtrees(em: EntityManager, rootIds: string[]): Promise<UserRow[]> {
    if (rootIds.length === 0) return [];
    return rowsOf(
      em,
      qb
        .selectFrom('tenancy.users as u')
        .select(COLUMNS.map((c) => `u.${c}` as const))
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('tenancy.memberships as m')
              .innerJoin('tenancy.org_unit_ancestors as c', 'c.unit_id', 'm.org_unit_id')
              .whereRef('m.user_id', '=', 'u.id')
              .where('c.ancestor_id', 'in', rootIds)
              .select('m.user_id'),
          ),
        )
        .orderBy('u.display_name')
        .orderBy('u.username'),
    );
  }

  async addMembership(em: EntityManager, userId: string, role: Role, orgUnitId: string | null): Promise<void> {
    try {
      await execute(
        em,
        qb.insertInto('tenancy.memberships').values({ tenant_id: currentTenant(), user_id: userId, role, org_unit_id: orgUnitId }),
      );
      await this.raiseAccessVersion(em, userId);
    } catch (error) {
      if (pgCode(error) === PG_UNIQUE_VIOLATION) {
        throw conflict('Người này đã có vai trò đó ở đơn vị đó.', 'This person already has that role on that unit.', { field: 'role' });
      }
      throw error;
    }
  }

  /** Removes one membership; false when the user had no such role on that unit. */
  async removeMembership(em: EntityManager, userId: string, role: Role, orgUnitId: string): Promise<boolean> {
    const rows = await rowsOf(
      em,
      qb
        .deleteFrom('tenancy.memberships')
        .where('user_id', '=', userId)
        .where('role', '=', role)
        .where('org_unit_id', '=', orgUnitId)
        .returning('id'),
    );
    if (rows.length > 0) await this.raiseAccessVersion(em, userId);
    return rows.length > 0;
  }

  /** The person's access tokens issued before now stop: their roles changed (the next renewal has the new ones). */
  private async raiseAccessVersion(em: EntityManager, userId: string): Promise<void> {
    await execute(em, qb.updateTable('tenancy.users').set((eb) => ({ access_version: eb('access_version', '+', 1) })).where('id', '=', userId));
  }

  async membershipsOf(em: EntityManager, userId: string): Promise<MembershipRow[]> {
    return (await this.membershipsOfUsers(em, [userId])).get(userId) ?? [];
  }

  /** The memberships of many users in one query, by user id (each user's in the order they were given). */
  async membershipsOfUsers(em: EntityManager, userIds: string[]): Promise<Map<string, MembershipRow[]>> {
    if (userIds.length === 0) return new Map();
    const rows = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.memberships as m')
        .leftJoin('tenancy.org_units as o', (join) => join.onRef('o.tenant_id', '=', 'm.tenant_id').onRef('o.id', '=', 'm.org_unit_id'))
        // The unit's name and parent today (org_units keeps the latest, which may take effect later).
        .leftJoin('tenancy.org_unit_names as n', (j) => j.onRef('n.unit_id', '=', 'o.id').on(sql<boolean>`n.valid @> qcdc.today()`))
        .leftJoin('tenancy.org_unit_links as l', (j) => j.onRef('l.unit_id', '=', 'o.id').on(sql<boolean>`l.valid @> qcdc.today()`))
        .leftJoin('tenancy.org_unit_reviewers as r', (j) => j.onRef('r.unit_id', '=', 'o.id').on(sql<boolean>`r.valid @> qcdc.today()`))
        .select([
          'm.user_id as userId',
          'm.role',
          'o.id as unitId',
          'o.code',
          sql<string | null>`coalesce(n.name, o.name)`.as('name'),
          'o.kind',
          'o.unit_type as unitType',
          sql<string | null>`CASE WHEN l.unit_id IS NULL THEN o.parent_id ELSE l.parent_id END`.as('parentId'),
          'o.opened_on as openedOn',
          'o.closed_on as closedOn',
          'o.merged_into as mergedIntoId',
          'o.split_from as splitFromId',
          'o.expected_from as expectedFrom',
          'r.reviewer_id as reviewedById',
        ])
        .where('m.user_id', 'in', userIds)
        .orderBy('m.created_at'),
    );
    const byUser = new Map<string, MembershipRow[]>(userIds.map((id) => [id, []]));
    for (const r of rows) {
      byUser.get(r.userId)?.push({
        role: r.role as Role,
        orgUnit: r.unitId
          ? {
              id: r.unitId,
              code: r.code as string,
              name: r.name as string,
              kind: r.kind as OrgUnitRow['kind'],
              unitType: r.unitType as OrgUnitRow['unitType'],
              parentId: r.parentId,
              openedOn: r.openedOn,
              closedOn: r.closedOn,
              mergedIntoId: r.mergedIntoId,
              splitFromId: r.splitFromId,
              expectedFrom: r.expectedFrom,
              reviewedById: r.reviewedById,
            }
          : null,
      });
    }
    return byUser;
  }
}

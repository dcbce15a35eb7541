import { Injectable } from '@nestjs/common';
import { Caller, badInput, forbidden } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
import { CreateUser, assertRoleFitsUnit } from '@qcdc/tenancy/domain';
import { PasswordHasher } from '../auth/password-hasher';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { UserRepository, UserWithMemberships } from './user.repository';

/** Users of a province and their memberships (role × subtree). */
@Injectable()
export class UserService {
  constructor(
    private readonly db: TenantDb,
    private readonly users: UserRepository,
    private readonly orgUnits: OrgUnitRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Province admin: the users with a role anywhere in the admin's subtree, with their memberships. */
  list(caller: Caller): Promise<UserWithMemberships[]> {
    const roots = caller.memberships.filter((m) => m.role === 'PROVINCE_ADMIN' && m.orgUnitId).map((m) => m.orgUnitId as string);
    if (roots.length === 0) throw forbidden();
    return this.db.transaction(async (em) => {
      const users = await this.users.listInSubtrees(em, roots);
      const memberships = await this.users.membershipsOfUsers(em, users.map((u) => u.id));
      return users.map((user) => ({ ...user, memberships: memberships.get(user.id) ?? [] }));
    });
  }

  /** The input is checked at the edge (createUserInput: username, password, name, email); here, what needs the tree. */
  async create(caller: Caller, input: CreateUser): Promise<UserWithMemberships> {
    // Before the costly hash: only province admins create users (the unit's scope is checked below).
    assertRole(caller, ['PROVINCE_ADMIN']);
    const { username, displayName, email } = input;
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.orgUnitId, ['PROVINCE_ADMIN']);
        const unit = await this.orgUnits.findById(em, input.orgUnitId);
        if (!unit) throw badInput('Không tìm thấy đơn vị.', 'The unit does not exist.', { field: 'orgUnitId' });
        assertRoleFitsUnit(input.role, unit.kind);
        const user = await this.users.insert(em, { username, displayName, email, passwordHash });
        await this.users.addMembership(em, user.id, input.role, unit.id);
        const after = { username, displayName, email, role: input.role, orgUnitId: unit.id };
        await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], within: unit.id, action: 'user.create', objectId: user.id, after });
        return { ...user, memberships: await this.users.membershipsOf(em, user.id) };
      },
      { write: true },
    );
  }
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, badInput, conflict, forbidden, notFound } from '@qcdc/shared/contracts';
import { TenantDb, asUuid, assertRole, assertUnitInScope, publishEvent, recordAudit } from '@qcdc/shared/db';
import {
  AcceptInvitation,
  InviteUser,
  LINK_LIFETIME_MS,
  LINK_PATH,
  LinkPurpose,
  MembershipChange,
  PLATFORM_TENANT_CODE,
  RequestPasswordReset,
  ResetPassword,
  assertLinkUsable,
  assertRoleFitsUnit,
  formatLinkToken,
  linkRefused,
  normaliseUsername,
  parseLinkToken,
  proposeUsername,
} from '@qcdc/tenancy/domain';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionRepository } from '../auth/session.repository';
import { OrgUnitRepository } from '../org-units/org-unit.repository';
import { TenantRepository, TenantRow } from '../provinces/tenant.repository';
import { UserRepository, UserRow, UserWithMemberships } from '../users/user.repository';
import { REDIS } from '../redis/redis.module';
import { UserTokenRepository } from './user-token.repository';

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/**
 * Reset mails a person is sent on a request of their own, at most, per hour: asking again and again (or
 * someone asking in their name) sends nothing more, with the same answer, so no inbox can be flooded.
 */
export const RESET_MAILS_PER_HOUR = 3;

/** What an invitation link shows before it is accepted. */
export interface InvitationPreview {
  displayName: string;
  email: string;
  /** The username the person may keep or change. */
  username: string;
  province: TenantRow;
  expiresAt: Date;
}

/** Where a person who just set a password signs in. */
export interface SignInHint {
  username: string;
  /** Null for the platform's own people. */
  provinceCode: string | null;
}

/**
 * People of a province beyond creating them: invitations by email, password resets, deactivation and several
 * memberships (role × subtree) per person. Mail goes out through events (`user.invited`,
 * `user.password-reset-requested`) that the worker's mail consumer sends once the change has committed.
 */
@Injectable()
export class PeopleService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly db: TenantDb,
    private readonly users: UserRepository,
    private readonly tokens: UserTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly orgUnits: OrgUnitRepository,
    private readonly tenants: TenantRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  // ---- invitations

  /** Province admin: a person by email, with a first membership; they get a link to choose a username and a password. */
  invite(caller: Caller, input: InviteUser): Promise<UserWithMemberships> {
    assertRole(caller, ['PROVINCE_ADMIN']);
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.orgUnitId, ['PROVINCE_ADMIN']);
        const unit = await this.orgUnits.findById(em, input.orgUnitId);
        if (!unit) throw badInput('Không tìm thấy đơn vị.', 'The unit does not exist.', { field: 'orgUnitId' });
        assertRoleFitsUnit(input.role, unit.kind);
        const [existing] = await this.users.findByEmail(em, input.email);
        if (existing) {
          throw conflict(
            `Email ${input.email} đã thuộc tài khoản "${existing.username}" (${existing.displayName}). Hãy giao thêm vai trò cho tài khoản đó thay vì mời lại.`,
            `The email ${input.email} belongs to the account "${existing.username}" (${existing.displayName}). Add a membership to it instead of inviting again.`,
            { field: 'email' },
          );
        }
        const username = await this.users.freeUsername(em, proposeUsername(input.email));
        const user = await this.users.insert(em, { username, displayName: input.displayName, email: input.email, passwordHash: null });
        await this.users.addMembership(em, user.id, input.role, unit.id);
        await this.sendInvitation(em, caller, user);
        const after = { email: input.email, displayName: input.displayName, username, role: input.role, orgUnitId: unit.id };
        await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], within: unit.id, action: 'user.invite', objectId: user.id, after });
        return { ...user, memberships: await this.users.membershipsOf(em, user.id) };
      },
      { write: true },
    );
  }

  /** Province admin: a new invitation link for someone who has not accepted yet; the old link stops working. */
  resendInvitation(caller: Caller, userId: string): Promise<UserWithMemberships> {
    return this.db.transaction(
      async (em) => {
        const user = await this.userInReach(em, caller, userId);
        if (user.passwordHash !== null) {
          throw conflict(
            `${user.displayName} đã nhận lời mời và đặt mật khẩu. Nếu họ quên mật khẩu, hãy gửi liên kết đặt lại mật khẩu.`,
            `${user.displayName} has accepted the invitation already. If they forgot the password, send a password reset link.`,
          );
        }
        this.assertActive(user);
        await this.sendInvitation(em, caller, user);
        await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], action: 'user.invite', objectId: user.id, after: { email: user.email } });
        return { ...user, memberships: await this.users.membershipsOf(em, user.id) };
      },
      { write: true },
    );
  }

  /** Public: what an invitation link is for, so the screen can greet the person; refused as accepting would be. */
  async previewInvitation(token: string): Promise<InvitationPreview> {
    const parts = parseLinkToken(token);
    if (!parts) throw linkRefused('INVITATION', 'LINK_INVALID');
    const province = await this.tenants.findById(parts.tenantId);
    if (!province) throw linkRefused('INVITATION', 'LINK_INVALID');
    return this.db.forTenant(parts.tenantId, async (em) => {
      const { user, link } = await this.openLink(em, 'INVITATION', parts);
      return { displayName: user.displayName, email: user.email ?? '', username: user.username, province, expiresAt: link.expiresAt };
    });
  }

  /** Public: accepts an invitation with a username and a password; the link then works no more. */
  async acceptInvitation(input: AcceptInvitation): Promise<SignInHint> {
    const parts = parseLinkToken(input.token);
    if (!parts) throw linkRefused('INVITATION', 'LINK_INVALID');
    // Checked before the costly hash, and again under a lock once it is done (a second tab may have won).
    await this.db.forTenant(parts.tenantId, (em) => this.openLink(em, 'INVITATION', parts));
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.forTenant(
      parts.tenantId,
      async (em) => {
        const { user, link } = await this.openLink(em, 'INVITATION', parts);
        await this.users.setPassword(em, user.id, passwordHash, input.username);
        await this.tokens.markUsed(em, link.id);
        const by = { userId: user.id, tenantId: parts.tenantId };
        const before = { username: user.username, passwordSet: false };
        const after = { username: input.username, passwordSet: true };
        await recordAudit(em, 'tenancy', { by, action: 'user.accept-invitation', objectId: user.id, before, after });
        return { username: input.username, provinceCode: await this.provinceCodeOf(parts.tenantId) };
      },
      { write: true },
    );
  }

  // ---- password resets

  /**
   * Public: sends a reset link to the account's email when there is such an account, active, with an email
   * and a password. Answers the same in every case, so nobody learns who has an account.
   */
  async requestPasswordReset(input: RequestPasswordReset): Promise<boolean> {
    const tenant = await this.tenants.findByCode(input.province ?? PLATFORM_TENANT_CODE);
    if (!tenant || tenant.status === 'ARCHIVED') return true;
    const login = input.login.trim();
    await this.db.forTenant(
      tenant.id,
      async (em) => {
        const candidates = login.includes('@')
          ? await this.users.findByEmail(em, login)
          : [await this.users.findByUsername(em, normaliseUsernameOrNull(login))].filter((u): u is UserRow => u !== null);
        for (const user of candidates) {
          if (!user.active || !user.email || user.passwordHash === null) continue;
          if (!(await this.mayMailReset(tenant.id, user.id))) continue;
          await this.sendPasswordReset(em, user, tenant);
          await recordAudit(em, 'tenancy', { by: { userId: user.id, tenantId: tenant.id }, action: 'user.request-password-reset', objectId: user.id });
        }
      },
      { write: true },
    ).catch((error) => {
      // A suspended province cannot write, and says so to nobody in particular.
      if ((error as { code?: string }).code === 'TENANT_SUSPENDED') return;
      throw error;
    });
    return true;
  }

  /**
   * Counts a reset mail asked for by the person (Redis, so the count holds across instances; the hour starts
   * at the first one): whether it may still go out.
   */
  private async mayMailReset(tenantId: string, userId: string): Promise<boolean> {
    const key = `${this.config.queuePrefix}:reset-mails:${tenantId}:${userId}`;
    const replies = await this.redis.multi().set(key, 0, 'EX', 60 * 60, 'NX').incr(key).exec();
    const count = Number(replies?.[1]?.[1]);
    return count <= RESET_MAILS_PER_HOUR;
  }

  /** Province admin: sends the person a password reset link. */
  sendPasswordResetFor(caller: Caller, userId: string): Promise<boolean> {
    return this.db.transaction(
      async (em) => {
        const user = await this.userInReach(em, caller, userId);
        this.assertActive(user);
        if (!user.email) {
          throw badInput(
            `${user.displayName} chưa có email, nên không thể gửi liên kết. Hãy bổ sung email cho tài khoản trước.`,
            `${user.displayName} has no email, so no link can be sent. Add an email to the account first.`,
          );
        }
        if (user.passwordHash === null) {
          throw conflict(
            `${user.displayName} chưa nhận lời mời. Hãy gửi lại lời mời thay vì liên kết đặt lại mật khẩu.`,
            `${user.displayName} has not accepted the invitation yet. Send the invitation again instead.`,
          );
        }
        await this.sendPasswordReset(em, user, (await this.tenants.findById(caller.tenantId)) as TenantRow);
        await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], action: 'user.request-password-reset', objectId: user.id });
        return true;
      },
      { write: true },
    );
  }

  /** Public: sets a new password with a reset link; every login of the account must sign in again. */
  async resetPassword(input: ResetPassword): Promise<SignInHint> {
    const parts = parseLinkToken(input.token);
    if (!parts) throw linkRefused('PASSWORD_RESET', 'LINK_INVALID');
    await this.db.forTenant(parts.tenantId, (em) => this.openLink(em, 'PASSWORD_RESET', parts));
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.forTenant(
      parts.tenantId,
      async (em) => {
        const { user, link } = await this.openLink(em, 'PASSWORD_RESET', parts);
        await this.users.setPassword(em, user.id, passwordHash);
        await this.tokens.markUsed(em, link.id);
        await this.sessions.endAllOf(em, user.id, 'PASSWORD_CHANGED');
        await recordAudit(em, 'tenancy', { by: { userId: user.id, tenantId: parts.tenantId }, action: 'user.reset-password', objectId: user.id });
        return { username: user.username, provinceCode: await this.provinceCodeOf(parts.tenantId) };
      },
      { write: true },
    );
  }

  // ---- deactivation and memberships

  /** Province admin: the person can no longer sign in, and every session of theirs ends, access tokens included. */
  setActive(caller: Caller, userId: string, active: boolean): Promise<UserWithMemberships> {
    return this.db.transaction(
      async (em) => {
        const user = await this.userInReach(em, caller, userId);
        if (!active && user.id === caller.userId) {
          throw badInput('Bạn không thể tự khóa tài khoản của mình.', 'You cannot deactivate your own account.');
        }
        if (user.active !== active) {
          await this.users.setActive(em, user.id, active);
          if (!active) {
            await this.sessions.endAllOf(em, user.id, 'USER_DEACTIVATED');
            await this.tokens.revokeOpen(em, user.id);
          }
          const action = active ? 'user.reactivate' : 'user.deactivate';
          await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], action, objectId: user.id, before: { active: user.active }, after: { active } });
        }
        return { ...user, active, memberships: await this.users.membershipsOf(em, user.id) };
      },
      { write: true },
    );
  }

  /** Province admin: one more role on one more unit (within the admin's subtree) for a person already in reach. */
  addMembership(caller: Caller, change: MembershipChange): Promise<UserWithMemberships> {
    return this.db.transaction(
      async (em) => {
        const user = await this.userInReach(em, caller, change.userId);
        await assertUnitInScope(em, caller, change.orgUnitId, ['PROVINCE_ADMIN']);
        const unit = await this.orgUnits.findById(em, change.orgUnitId);
        if (!unit) throw badInput('Không tìm thấy đơn vị.', 'The unit does not exist.', { field: 'orgUnitId' });
        assertRoleFitsUnit(change.role, unit.kind);
        await this.users.addMembership(em, user.id, change.role, unit.id);
        const after = { membership: { role: change.role, orgUnitId: unit.id } };
        await recordAudit(em, 'tenancy', { by: caller, as: ['PROVINCE_ADMIN'], within: unit.id, action: 'user.add-membership', objectId: user.id, after });
        return { ...user, memberships: await this.users.membershipsOf(em, user.id) };
      },
      { write: true },
    );
  }

  /** Province admin: takes one role on one unit away; the last one stays (deactivate the account instead). */
  removeMembership(caller: Caller, change: MembershipChange): Promise<UserWithMemberships> {
    return this.db.transaction(
      async (em) => {
        const user = await this.userInReach(em, caller, change.userId);
        await assertUnitInScope(em, caller, change.orgUnitId, ['PROVINCE_ADMIN']);
        const memberships = await this.users.membershipsOf(em, user.id);
        if (!memberships.some((m) => m.role === change.role && m.orgUnit?.id === change.orgUnitId)) {
          throw notFound('Người này không có vai trò đó ở đơn vị đó.', 'This person has no such role on that unit.', { field: 'role' });
        }
        if (memberships.length === 1) {
          throw badInput(
            'Đây là vai trò cuối cùng của người này. Nếu họ không còn làm việc trong hệ thống, hãy khóa tài khoản.',
            'This is the person’s last role. If they no longer work in the system, deactivate the account instead.',
            { field: 'role' },
          );
        }
        await this.users.removeMembership(em, user.id, change.role, change.orgUnitId);
        const before = { membership: { role: change.role, orgUnitId: change.orgUnitId } };
        await recordAudit(em, 'tenancy', {
          by: caller,
          as: ['PROVINCE_ADMIN'],
          within: change.orgUnitId,
          action: 'user.remove-membership',
          objectId: user.id,
          before,
          after: null,
        });
        return { ...user, memberships: await this.users.membershipsOf(em, user.id) };
      },
      { write: true },
    );
  }

  // ---- helpers

  /** A user the province admin may manage: one with a membership inside the admin's subtrees. */
  private async userInReach(em: EntityManager, caller: Caller, userId: string): Promise<UserRow> {
    const roots = caller.memberships.filter((m) => m.role === 'PROVINCE_ADMIN' && m.orgUnitId).map((m) => m.orgUnitId as string);
    if (roots.length === 0) throw forbidden();
    const user = await this.users.findById(em, asUuid(userId));
    if (!user || !(await this.users.isInSubtrees(em, user.id, roots))) {
      throw notFound('Không tìm thấy người dùng này trong phạm vi bạn quản lý.', 'This user does not exist within your reach.', { userId });
    }
    return user;
  }

  private assertActive(user: UserRow): void {
    if (!user.active) {
      throw conflict(
        `Tài khoản của ${user.displayName} đang bị khóa. Hãy mở lại tài khoản trước.`,
        `${user.displayName}'s account is deactivated. Reactivate it first.`,
      );
    }
  }

  /** A new link of its purpose for the user, replacing the open ones; the secret exists only in the link. */
  private async issueLink(em: EntityManager, tenantId: string, userId: string, purpose: LinkPurpose): Promise<{ link: string; expiresAt: Date }> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + LINK_LIFETIME_MS[purpose]);
    const tokenId = await this.tokens.issue(em, { userId, purpose, secretHash: sha256(secret), expiresAt });
    const token = formatLinkToken({ tenantId, tokenId, secret });
    return { link: `${this.config.webPublicUrl}${LINK_PATH[purpose]}/${token}`, expiresAt };
  }

  private async sendInvitation(em: EntityManager, caller: Caller, user: UserRow): Promise<void> {
    const { link, expiresAt } = await this.issueLink(em, caller.tenantId, user.id, 'INVITATION');
    const [province, inviter] = [await this.tenants.findById(caller.tenantId), await this.users.findById(em, caller.userId)];
    await publishEvent(em, 'tenancy', 'user.invited', {
      userId: user.id,
      email: user.email as string,
      displayName: user.displayName,
      provinceName: province?.name ?? '',
      invitedBy: inviter?.displayName ?? 'Quản trị viên',
      link,
      expiresAt: expiresAt.toISOString(),
    });
  }

  private async sendPasswordReset(em: EntityManager, user: UserRow, tenant: TenantRow): Promise<void> {
    const { link, expiresAt } = await this.issueLink(em, tenant.id, user.id, 'PASSWORD_RESET');
    await publishEvent(em, 'tenancy', 'user.password-reset-requested', {
      userId: user.id,
      email: user.email as string,
      displayName: user.displayName,
      username: user.username,
      provinceName: tenant.kind === 'PROVINCE' ? tenant.name : 'Quản trị nền tảng',
      link,
      expiresAt: expiresAt.toISOString(),
    });
  }

  /**
   * The link's row (locked until the transaction ends) and its person, checked: the secret, the purpose,
   * unused, unreplaced, unexpired, an active person.
   */
  private async openLink(em: EntityManager, purpose: LinkPurpose, parts: { tokenId: string; secret: string }) {
    const row = await this.tokens.findForUpdate(em, parts.tokenId);
    const matches = row !== null && row.purpose === purpose && timingSafeEqual(row.secretHash, sha256(parts.secret));
    assertLinkUsable(purpose, matches ? row : null, this.clock.now());
    const link = row as NonNullable<typeof row>;
    const user = await this.users.findById(em, link.userId);
    if (!user || !user.active) throw linkRefused(purpose, 'LINK_INVALID');
    return { user, link };
  }

  private async provinceCodeOf(tenantId: string): Promise<string | null> {
    const tenant = await this.tenants.findById(tenantId);
    return tenant && tenant.kind === 'PROVINCE' ? tenant.code : null;
  }
}

/** A username as typed, or a name that matches nobody when it could not be one (the answer stays the same). */
function normaliseUsernameOrNull(login: string): string {
  try {
    return normaliseUsername(login);
  } catch {
    return '';
  }
}

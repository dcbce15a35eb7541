import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK } from '@qcdc/shared/config';
import { claimsFromCaller } from '@qcdc/shared/auth';
import { AppError, Caller, Clock, USER_AGENT_MAX, notFound, unauthenticated } from '@qcdc/shared/contracts';
import { TenantDb, recordAudit } from '@qcdc/shared/db';
import {
  PLATFORM_TENANT_CODE,
  REFRESH_REPLAY_GRACE_SECONDS,
  SessionEndReason,
  formatRefreshToken,
  parseRefreshToken,
} from '@qcdc/tenancy/domain';
import { TenantRepository, TenantRow } from '../provinces/tenant.repository';
import { MembershipRow, UserRepository, UserRow } from '../users/user.repository';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenRepository } from './refresh-token.repository';
import { SessionRepository, SessionRow } from './session.repository';
import { FailureOutcome, SignInAttempt, SignInLimits, tooManyAttempts } from './sign-in-limits';

const wrongCredentials = () =>
  new AppError('UNAUTHENTICATED', {
    vi: 'Sai tên đăng nhập hoặc mật khẩu. Vui lòng kiểm tra lại (chú ý chọn đúng tỉnh).',
    en: 'Wrong username or password. Check them, and that the right province is chosen.',
  });

const sha256 = (s: string) => createHash('sha256').update(s).digest();

/** The signed-in person: the user, their province (null for the platform's own people) and their memberships. */
export interface SignedInUser {
  user: UserRow;
  province: TenantRow | null;
  memberships: MembershipRow[];
}

/** Where a sign-in comes from, as the gateway saw it; and the browser's previous sign-in, if it sent one. */
export interface SessionDevice {
  clientAddress: string;
  userAgent: string;
  previousRefreshToken: string | null;
}

/** What sign-in and refresh hand out: a short-lived access token, the next refresh token, and who signed in. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: Date;
  viewer: SignedInUser;
  /** The refresh token's id (its first part after the tenant). */
  refreshTokenId: string;
}

/** Sign-in, access tokens (ES256, short-lived) and rotating refresh tokens. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('SignIn');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly db: TenantDb,
    private readonly tenants: TenantRepository,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly sessions: SessionRepository,
    private readonly hasher: PasswordHasher,
    private readonly limits: SignInLimits,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Checks a password; used by the passport-local strategy, with the province code and username as `loginInput`
   * normalised them (no province: the platform's own people), and the caller's address as the gateway gave it.
   * A suspended province may still sign in to read. Each call is one attempt against the sign-in limits (an
   * alias of `login` is a call of its own): admitted before the password is checked, or refused while the
   * account or the address is locked, whatever the password.
   */
  async verifyCredentials(province: string | null, username: string, password: string, clientAddress: string): Promise<Caller> {
    const code = province ?? PLATFORM_TENANT_CODE;
    const attempt: SignInAttempt = { province: province ?? '', username, clientAddress };
    await this.limits.admit(attempt);
    const tenant = await this.tenants.findByCode(code);
    // The hash is checked outside any transaction: argon2 is slow on purpose and must not hold a connection.
    const user = tenant ? await this.db.forTenant(tenant.id, (em) => this.users.findByUsername(em, username)) : null;
    const ok = tenant ? await this.hasher.verify(user?.active ? user.passwordHash : null, password) : false;
    if (!tenant || !user || !ok) {
      const outcome = await this.limits.failed(attempt);
      if (outcome.lockedNow && outcome.lockedUntil) {
        await this.recordLockout(tenant, user, attempt, outcome);
        throw tooManyAttempts(outcome.lockedNow, outcome.lockedUntil, this.clock.now());
      }
      if (!tenant) {
        throw notFound(
          `Không có tỉnh với mã "${code}". Hãy chọn tỉnh trong danh sách.`,
          `There is no province with the code "${code}". Pick one from the list.`,
          { field: 'province' },
        );
      }
      throw wrongCredentials();
    }
    await this.limits.succeeded(attempt);
    if (tenant.status === 'ARCHIVED') throw provinceArchived();
    if (user.passwordHash && this.hasher.needsRehash(user.passwordHash)) {
      // Hashed with older parameters: stored again with today's, now that the password is at hand.
      const passwordHash = await this.hasher.hash(password);
      await this.db.forTenant(tenant.id, (em) => this.users.setPasswordHash(em, user.id, passwordHash));
    }
    return this.db.forTenant(tenant.id, (em) => this.callerOf(em, tenant.id, user.id));
  }

  /**
   * A lockout goes to the audit log of the province whose account was tried, as done by that account (the
   * log's entries name a user). A lockout with no such account (an unknown province or username) has no
   * province log to go to; it is written to the service's log instead.
   */
  private async recordLockout(tenant: TenantRow | null, user: UserRow | null, attempt: SignInAttempt, outcome: FailureOutcome) {
    const what = `${outcome.lockedNow === 'account' ? 'account' : 'address'} locked until ${outcome.lockedUntil?.toISOString()}`;
    this.logger.warn(`sign-in ${what}: province "${attempt.province}", username "${attempt.username}", from ${attempt.clientAddress}`);
    if (!tenant || !user) return;
    await this.db.forTenant(tenant.id, (em) =>
      recordAudit(em, 'tenancy', {
        by: { userId: user.id, tenantId: tenant.id },
        action: 'session.lock-out',
        objectId: user.id,
        after: { locked: outcome.lockedNow, clientAddress: attempt.clientAddress, lockedUntil: outcome.lockedUntil },
      }),
    );
  }

  /**
   * Starts a session (a sign-in) and issues its access token and first refresh token. The browser's previous
   * sign-in, whose refresh token it still sent, ends: a browser holds one session.
   */
  async startSession(caller: Caller, device: SessionDevice): Promise<Session> {
    if (device.previousRefreshToken) await this.endByRefreshToken(device.previousRefreshToken, 'REPLACED');
    return this.db.forTenant(caller.tenantId, async (em) => {
      await recordAudit(em, 'tenancy', { by: caller, action: 'session.sign-in', objectId: caller.userId });
      const sessionId = randomUUID();
      await this.sessions.insert(em, {
        id: sessionId,
        userId: caller.userId,
        expiresAt: this.refreshExpiry(),
        clientAddress: device.clientAddress,
        userAgent: device.userAgent.slice(0, USER_AGENT_MAX),
      });
      return this.issue(em, caller, sessionId);
    });
  }

  /**
   * Rotates a refresh token: each works once. Presenting one that was already used ends its session (every
   * tab and the access tokens of that sign-in), since either the thief or the owner holds a copy.
   */
  async refresh(token: string): Promise<Session> {
    const parts = parseRefreshToken(token);
    if (!parts) throw unauthenticated();
    // An archived province's sessions end with it.
    if ((await this.tenants.findById(parts.tenantId))?.status === 'ARCHIVED') throw provinceArchived();
    const outcome = await this.db.forTenant(parts.tenantId, async (em) => {
      const found = await this.refreshTokens.find(em, parts.tokenId);
      if (!found || !timingSafeEqual(found.secretHash, sha256(parts.secret))) return 'invalid' as const;
      // Locks in the order every ending of a session takes them: the session, then its tokens.
      const session = await this.sessions.findLiveForUpdate(em, found.familyId);
      const row = session ? await this.refreshTokens.findForUpdate(em, parts.tokenId) : null;
      if (!session || !row || row.revokedAt || row.expiresAt.getTime() < this.clock.now().getTime()) return 'invalid' as const;
      if (row.usedAt) {
        const successor = row.replacedBy ? await this.refreshTokens.findForUpdate(em, row.replacedBy) : null;
        const sinceUse = this.clock.now().getTime() - row.usedAt.getTime();
        if (!successor || successor.usedAt || successor.revokedAt || sinceUse > REFRESH_REPLAY_GRACE_SECONDS * 1000) {
          await this.sessions.end(em, session.id, 'REFRESH_TOKEN_REUSED');
          const by = { userId: row.userId, tenantId: parts.tenantId };
          await recordAudit(em, 'tenancy', { by, action: 'session.refresh-token-reused', objectId: row.userId, after: { session: session.id } });
          return 'reused' as const;
        }
        // The answer to the renewal never arrived: its token is spent unseen, and this renewal replaces it.
        await this.refreshTokens.markUsed(em, successor.id);
      }
      await this.refreshTokens.markUsed(em, row.id);
      await this.sessions.renewed(em, session.id, this.refreshExpiry());
      const renewed = await this.issue(em, await this.callerOf(em, parts.tenantId, row.userId), session.id);
      await this.refreshTokens.replacedBy(em, row.id, renewed.refreshTokenId);
      return renewed;
    });
    // The ending above has committed; only now is the caller told.
    if (outcome === 'invalid' || outcome === 'reused') throw unauthenticated();
    return outcome;
  }

  /**
   * Signs out: the session the refresh token belongs to ends, with its refresh tokens and its access tokens.
   * Answers the same whether or not the token was valid.
   */
  async logout(token: string): Promise<boolean> {
    await this.endByRefreshToken(token, 'SIGNED_OUT');
    return true;
  }

  /** Signs the caller out of every device: all their sessions end, this one included. Returns how many. */
  async logoutEverywhere(caller: Caller): Promise<number> {
    return this.db.transaction(async (em) => {
      const ended = await this.sessions.endAllOf(em, caller.userId, 'SIGNED_OUT_EVERYWHERE');
      await recordAudit(em, 'tenancy', { by: caller, action: 'session.sign-out-everywhere', objectId: caller.userId, after: { sessions: ended.length } });
      return ended.length;
    });
  }

  /** The caller's own sessions that can still be renewed, the most recently used first. */
  async sessionsOf(caller: Caller): Promise<SessionRow[]> {
    return this.db.transaction((em) => this.sessions.listLiveOf(em, caller.userId));
  }

  /** Ends one of the caller's own sessions (a lost phone, a shared PC); NOT_FOUND for any other. */
  async endSession(caller: Caller, sessionId: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      if (!(await this.sessions.end(em, sessionId, 'ENDED_FROM_LIST', caller.userId))) {
        throw notFound(
          'Không tìm thấy phiên đăng nhập này của bạn (có thể nó đã kết thúc). Hãy tải lại danh sách.',
          'You have no such session (it may have ended already). Reload the list.',
        );
      }
      await recordAudit(em, 'tenancy', { by: caller, action: 'session.end', objectId: caller.userId, after: { session: sessionId } });
      return true;
    });
  }

  private async endByRefreshToken(token: string, reason: SessionEndReason): Promise<void> {
    const parts = parseRefreshToken(token);
    if (!parts || !(await this.tenants.findById(parts.tenantId))) return;
    await this.db.forTenant(parts.tenantId, async (em) => {
      const row = await this.refreshTokens.find(em, parts.tokenId);
      if (!row || !timingSafeEqual(row.secretHash, sha256(parts.secret))) return;
      if (!(await this.sessions.end(em, row.familyId, reason))) return;
      const by = { userId: row.userId, tenantId: parts.tenantId };
      await recordAudit(em, 'tenancy', { by, action: 'session.sign-out', objectId: row.userId, after: { session: row.familyId, reason } });
    });
  }

  private refreshExpiry(): Date {
    return new Date(this.clock.now().getTime() + this.config.jwt.refreshTtlSeconds * 1000);
  }

  async viewer(caller: Caller): Promise<SignedInUser> {
    return this.db.forTenant(caller.tenantId, (em) => this.viewerOf(em, caller.tenantId, caller.userId));
  }

  private async callerOf(em: EntityManager, tenantId: string, userId: string): Promise<Caller> {
    // A deactivated person's sessions end with the deactivation; this holds even if one slipped by.
    const user = await this.users.findById(em, userId);
    if (!user?.active) throw unauthenticated();
    const memberships = await this.users.membershipsOf(em, userId);
    if (memberships.length === 0) {
      throw new AppError('FORBIDDEN', {
        vi: 'Tài khoản chưa được giao vai trò nào. Vui lòng liên hệ quản trị viên của tỉnh.',
        en: 'This account has no role yet. Contact your province administrator.',
      });
    }
    return { userId, tenantId, memberships: memberships.map((m) => ({ role: m.role, orgUnitId: m.orgUnit?.id ?? null })) };
  }

  private async viewerOf(em: EntityManager, tenantId: string, userId: string): Promise<SignedInUser> {
    const [user, memberships, tenant] = [
      await this.users.findById(em, userId),
      await this.users.membershipsOf(em, userId),
      await this.tenants.findById(tenantId),
    ];
    if (!user || !tenant) throw unauthenticated();
    return { user, province: tenant.kind === 'PROVINCE' ? tenant : null, memberships };
  }

  /** The next refresh token of the session and a new access token naming the session and the access version. */
  private async issue(em: EntityManager, caller: Caller, sessionId: string): Promise<Session> {
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock.now().getTime();
    const tokenId = await this.refreshTokens.insert(em, {
      userId: caller.userId,
      familyId: sessionId,
      secretHash: sha256(secret),
      expiresAt: this.refreshExpiry(),
    });
    const viewer = await this.viewerOf(em, caller.tenantId, caller.userId);
    const session = { id: sessionId, accessVersion: viewer.user.accessVersion };
    const accessTtl = this.config.jwt.accessTtlSeconds;
    return {
      accessToken: await this.jwt.signAsync(claimsFromCaller(caller, session), { expiresIn: accessTtl }),
      refreshToken: formatRefreshToken({ tenantId: caller.tenantId, tokenId, secret }),
      refreshTokenId: tokenId,
      accessTokenExpiresAt: new Date(now + accessTtl * 1000),
      viewer,
    };
  }
}

const provinceArchived = () =>
  unauthenticated(
    'Tỉnh này đã được lưu trữ nên không đăng nhập được nữa. Nếu cần xem lại số liệu, vui lòng liên hệ quản trị hệ thống.',
    'This province is archived: it can no longer be signed in to. To see its records, contact the platform administrator.',
  );

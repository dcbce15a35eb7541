import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG, CLOCK } from '@qcdc/shared/config';
import { AppError, Clock } from '@qcdc/shared/contracts';
import { REDIS } from '../redis/redis.module';

/**
 * How many wrong passwords are allowed, and for how long a sign-in is then refused. An account (province +
 * username, known or not, so the answer never tells whether a username exists) is locked after 5 failures
 * within 15 minutes; an address after 20 failures across accounts (one person mistyping several usernames,
 * or a script trying many). Only failures count: an office behind one address signs in all day.
 */
export const SIGN_IN_LIMITS = {
  account: { failures: 5 },
  address: { failures: 20 },
  windowSeconds: 15 * 60,
  lockSeconds: 15 * 60,
} as const;

/** Who is trying to sign in: the account named (province code, '' for the platform's own people) and from where. */
export interface SignInAttempt {
  province: string;
  username: string;
  clientAddress: string;
}

/** What a failure did: `lockedNow` names the limit this failure reached, if it just locked one. */
export interface FailureOutcome {
  lockedNow: 'account' | 'address' | null;
  lockedUntil: Date | null;
}

/**
 * The Redis keys of an attempt, under the process's key prefix (QUEUE_PREFIX, the one its queues use, so a
 * test run's keys go with its queues). Each key is a hash { failures, locked } whose TTL is the window while
 * it counts and the lockout once `locked` is set; when the TTL runs out, the limit starts afresh.
 */
export function signInLimitKeys(prefix: string, attempt: SignInAttempt): { account: string; address: string } {
  return {
    account: `${prefix}:sign-in:account:${encodeURIComponent(attempt.province)}:${encodeURIComponent(attempt.username)}`,
    address: `${prefix}:sign-in:address:${encodeURIComponent(attempt.clientAddress)}`,
  };
}

/**
 * Admits an attempt, atomically, before its password is checked. A key that is locked, or whose failures and
 * attempts still being checked have reached the limit, refuses (returns which, and the milliseconds left);
 * otherwise both keys count the attempt. Counting before the (slow, on purpose) argon2 check is what keeps 40
 * parallel guesses to 5 checks: the sixth is refused while the first five are still being checked.
 */
const ADMIT = `
local limits = { tonumber(ARGV[1]), tonumber(ARGV[2]) }
for i = 1, 2 do
  local state = redis.call('HMGET', KEYS[i], 'failures', 'locked')
  if state[2] or tonumber(state[1] or '0') >= limits[i] then
    -- Locked: what is left of the lockout. At the limit with checks still running: a whole lockout ahead.
    local left = tonumber(ARGV[4])
    if state[2] and redis.call('PTTL', KEYS[i]) > 0 then left = redis.call('PTTL', KEYS[i]) end
    return { i, left }
  end
end
for i = 1, 2 do
  if redis.call('HINCRBY', KEYS[i], 'failures', 1) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return { 0, 0 }
`;

/**
 * A checked attempt failed: it stays counted. The failure that finds a key at its limit locks it, once
 * (HSETNX), for the lockout from now. Returns 0, 1 (the account was locked now) or 2 (the address).
 */
const FAIL = `
local limits = { tonumber(ARGV[1]), tonumber(ARGV[2]) }
local lockedNow = 0
for i = 1, 2 do
  local failures = tonumber(redis.call('HGET', KEYS[i], 'failures') or '0')
  if failures >= limits[i] and redis.call('HSETNX', KEYS[i], 'locked', 1) == 1 then
    redis.call('PEXPIRE', KEYS[i], ARGV[3])
    if lockedNow == 0 then lockedNow = i end
  end
end
return lockedNow
`;

/**
 * A checked attempt succeeded: the account's count starts afresh, and the address's count gives back the
 * attempt it took on admission (it was not a failure). A locked key is left as it is.
 */
const SUCCEED = `
if not redis.call('HGET', KEYS[1], 'locked') then redis.call('DEL', KEYS[1]) end
local state = redis.call('HMGET', KEYS[2], 'failures', 'locked')
if not state[2] and tonumber(state[1] or '0') > 0 then redis.call('HINCRBY', KEYS[2], 'failures', -1) end
return 0
`;

const HO_CHI_MINH_TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour12: false,
});

/** "09:15 ngày 20/06/2026", in Vietnam's time whatever the server's zone. */
function vietnamTime(at: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => HO_CHI_MINH_TIME.formatToParts(at).find((p) => p.type === type)?.value ?? '';
  return `${part('hour')}:${part('minute')} ngày ${part('day')}/${part('month')}/${part('year')}`;
}

/**
 * The refusal while a lockout lasts. It is the same whether the password given was right or wrong, and says
 * when to try again and whom to ask meanwhile.
 */
export function tooManyAttempts(locked: 'account' | 'address', lockedUntil: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  const at = vietnamTime(lockedUntil);
  const messages =
    locked === 'account'
      ? {
          vi: `Tài khoản này đã bị tạm khoá đăng nhập vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút (lúc ${at}). Nếu quên mật khẩu, hãy liên hệ quản trị viên của tỉnh để được cấp lại.`,
          en: `Signing in to this account is paused after too many wrong passwords. Try again in ${minutes} minutes (at ${at}, Vietnam time). If you have forgotten the password, ask your province administrator for a new one.`,
        }
      : {
          vi: `Máy tính hoặc mạng của bạn đã bị tạm khoá đăng nhập vì nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${minutes} phút (lúc ${at}). Nếu cần đăng nhập ngay, hãy liên hệ quản trị viên của tỉnh.`,
          en: `Signing in from your computer or network is paused after too many wrong passwords. Try again in ${minutes} minutes (at ${at}, Vietnam time). If you need to sign in now, contact your province administrator.`,
        };
  return new AppError('TOO_MANY_ATTEMPTS', messages, {
    retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000),
    lockedUntil: lockedUntil.toISOString(),
  });
}

/**
 * Sign-in limits per account and per client address, kept in Redis so that they hold across every instance
 * of the tenancy service. Each step is one Lua script, so parallel attempts are counted exactly.
 */
@Injectable()
export class SignInLimits {
  private readonly keyPrefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.keyPrefix = config.queuePrefix;
  }

  /** Admits an attempt before its password is checked, or throws TOO_MANY_ATTEMPTS without checking it. */
  async admit(attempt: SignInAttempt): Promise<void> {
    const keys = this.keysOf(attempt);
    const [refusedBy, leftMs] = (await this.redis.eval(
      ADMIT,
      2,
      keys.account,
      keys.address,
      SIGN_IN_LIMITS.account.failures,
      SIGN_IN_LIMITS.address.failures,
      SIGN_IN_LIMITS.windowSeconds * 1000,
      SIGN_IN_LIMITS.lockSeconds * 1000,
    )) as [number, number];
    if (refusedBy === 0) return;
    const now = this.clock.now();
    throw tooManyAttempts(refusedBy === 1 ? 'account' : 'address', new Date(now.getTime() + leftMs), now);
  }

  /** Records that an admitted attempt's password was wrong (or its account unknown). */
  async failed(attempt: SignInAttempt): Promise<FailureOutcome> {
    const keys = this.keysOf(attempt);
    const lockedNow = (await this.redis.eval(
      FAIL,
      2,
      keys.account,
      keys.address,
      SIGN_IN_LIMITS.account.failures,
      SIGN_IN_LIMITS.address.failures,
      SIGN_IN_LIMITS.lockSeconds * 1000,
    )) as number;
    if (lockedNow === 0) return { lockedNow: null, lockedUntil: null };
    return {
      lockedNow: lockedNow === 1 ? 'account' : 'address',
      lockedUntil: new Date(this.clock.now().getTime() + SIGN_IN_LIMITS.lockSeconds * 1000),
    };
  }

  /** Records that an admitted attempt signed in. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    const keys = this.keysOf(attempt);
    await this.redis.eval(SUCCEED, 2, keys.account, keys.address);
  }

  private keysOf(attempt: SignInAttempt) {
    return signInLimitKeys(this.keyPrefix, attempt);
  }
}

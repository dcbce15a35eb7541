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
 * test run's keys go with its queues). Each key is a hash { failures, pending, locked } whose TTL is the
 * window while it counts and the lockout once `locked` is set; when the TTL runs out, the limit starts afresh.
 * (A process that dies in the middle of a check leaves its attempt pending until then.)
 */
export function signInLimitKeys(prefix: string, attempt: SignInAttempt): { account: string; address: string } {
  return {
    account: `${prefix}:sign-in:account:${encodeURIComponent(attempt.province)}:${encodeURIComponent(attempt.username)}`,
    address: `${prefix}:sign-in:address:${encodeURIComponent(attempt.clientAddress)}`,
  };
}

/**
 * Admits an attempt, atomically, before its password is checked. Each key is a hash { failures, pending,
 * locked }. A locked key refuses (1 the account, 2 the address, with the milliseconds left). A key whose
 * failures and attempts still being checked (pending) have reached its limit answers "busy" (3, 4): the
 * caller waits for those checks to end and asks again. Otherwise both keys count the attempt as pending.
 * Counting before the (slow, on purpose) argon2 check is what keeps 40 parallel guesses to 5 checks, and
 * waiting instead of refusing is what lets 15 people of one account sign in at once.
 */
const ADMIT = `
local limits = { tonumber(ARGV[1]), tonumber(ARGV[2]) }
for i = 1, 2 do
  if redis.call('HEXISTS', KEYS[i], 'locked') == 1 then
    local left = redis.call('PTTL', KEYS[i])
    if left <= 0 then left = tonumber(ARGV[4]) end
    return { i, left }
  end
end
for i = 1, 2 do
  local state = redis.call('HMGET', KEYS[i], 'failures', 'pending')
  if tonumber(state[1] or '0') + tonumber(state[2] or '0') >= limits[i] then return { i + 2, 0 } end
end
for i = 1, 2 do
  local fresh = redis.call('EXISTS', KEYS[i]) == 0
  redis.call('HINCRBY', KEYS[i], 'pending', 1)
  if fresh then redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
end
return { 0, 0 }
`;

/** Takes an ended check off a key's pending count (never below zero: the key may have expired meanwhile). */
const END_CHECK = `
local function endCheck(key)
  if tonumber(redis.call('HGET', key, 'pending') or '0') > 0 then redis.call('HINCRBY', key, 'pending', -1) end
end
`;

/**
 * A checked attempt failed: it becomes a failure on both keys. The failure that brings a key to its limit
 * locks it, once (HSETNX), for the lockout from now. Returns 0, 1 (the account was locked now) or 2 (the address).
 */
const FAIL = `${END_CHECK}
local limits = { tonumber(ARGV[1]), tonumber(ARGV[2]) }
local lockedNow = 0
for i = 1, 2 do
  endCheck(KEYS[i])
  local fresh = redis.call('EXISTS', KEYS[i]) == 0
  local failures = redis.call('HINCRBY', KEYS[i], 'failures', 1)
  if fresh then redis.call('PEXPIRE', KEYS[i], ARGV[4]) end
  if failures >= limits[i] and redis.call('HSETNX', KEYS[i], 'locked', 1) == 1 then
    redis.call('PEXPIRE', KEYS[i], ARGV[3])
    if lockedNow == 0 then lockedNow = i end
  end
end
return lockedNow
`;

/**
 * A checked attempt succeeded: the account's failures start afresh (a lockout stays), and the address keeps
 * its failures (only failures count). A key with nothing left to count goes.
 */
const SUCCEED = `${END_CHECK}
endCheck(KEYS[1])
endCheck(KEYS[2])
if redis.call('HEXISTS', KEYS[1], 'locked') == 0 then redis.call('HDEL', KEYS[1], 'failures') end
for i = 1, 2 do
  local state = redis.call('HMGET', KEYS[i], 'failures', 'pending', 'locked')
  if not state[3] and tonumber(state[1] or '0') == 0 and tonumber(state[2] or '0') == 0 then redis.call('DEL', KEYS[i]) end
end
return 0
`;

/** How long an attempt waits for the checks ahead of it at most, and how often it asks again meanwhile. */
const BUSY_WAIT = { maxMs: 15_000, everyMs: 25 };

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

  /**
   * Admits an attempt before its password is checked, or throws TOO_MANY_ATTEMPTS without checking it. While
   * the checks already running could reach a limit, it waits for them (a few milliseconds each): they lock
   * the key (refused) or end well (admitted).
   */
  async admit(attempt: SignInAttempt): Promise<void> {
    const keys = this.keysOf(attempt);
    const giveUpAt = Date.now() + BUSY_WAIT.maxMs;
    for (;;) {
      const [answer, leftMs] = (await this.counted(() => this.redis.eval(
        ADMIT,
        2,
        keys.account,
        keys.address,
        SIGN_IN_LIMITS.account.failures,
        SIGN_IN_LIMITS.address.failures,
        SIGN_IN_LIMITS.windowSeconds * 1000,
        SIGN_IN_LIMITS.lockSeconds * 1000,
      ))) as [number, number];
      if (answer === 0) return;
      const now = this.clock.now();
      if (answer === 1 || answer === 2) {
        throw tooManyAttempts(answer === 1 ? 'account' : 'address', new Date(now.getTime() + leftMs), now);
      }
      // Busy: as many checks are running as failures are still allowed. A machine-time deadline, as for any wait.
      if (Date.now() > giveUpAt) throw tooManyAttempts(answer === 3 ? 'account' : 'address', new Date(now.getTime() + 60_000), now);
      await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT.everyMs));
    }
  }

  /** Records that an admitted attempt's password was wrong (or its account unknown). */
  async failed(attempt: SignInAttempt): Promise<FailureOutcome> {
    const keys = this.keysOf(attempt);
    const lockedNow = (await this.counted(() => this.redis.eval(
      FAIL,
      2,
      keys.account,
      keys.address,
      SIGN_IN_LIMITS.account.failures,
      SIGN_IN_LIMITS.address.failures,
      SIGN_IN_LIMITS.lockSeconds * 1000,
      SIGN_IN_LIMITS.windowSeconds * 1000,
    ))) as number;
    if (lockedNow === 0) return { lockedNow: null, lockedUntil: null };
    return {
      lockedNow: lockedNow === 1 ? 'account' : 'address',
      lockedUntil: new Date(this.clock.now().getTime() + SIGN_IN_LIMITS.lockSeconds * 1000),
    };
  }

  /** Records that an admitted attempt signed in. */
  async succeeded(attempt: SignInAttempt): Promise<void> {
    const keys = this.keysOf(attempt);
    await this.counted(() => this.redis.eval(SUCCEED, 2, keys.account, keys.address));
  }

  /**
   * A step of the count in Redis. Without Redis no attempt can be counted, so none is let through: the sign-in
   * is refused with SERVICE_UNAVAILABLE and words a person can act on, not an internal error.
   */
  private async counted<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', {
        vi: 'Hệ thống tạm thời không kiểm tra được việc đăng nhập. Vui lòng thử lại sau ít phút; nếu vẫn không được, hãy báo quản trị hệ thống.',
        en: 'Sign-in cannot be checked right now. Try again in a few minutes; if it still fails, tell the platform administrator.',
      });
    }
  }

  private keysOf(attempt: SignInAttempt) {
    return signInLimitKeys(this.keyPrefix, attempt);
  }
}

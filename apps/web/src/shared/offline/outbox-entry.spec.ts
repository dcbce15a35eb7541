import { describe, expect, it } from '@jest/globals';
import { isUuid } from '@qcdc/shared/contracts';
import { attemptFor, newIdempotencyKey, retryDelayMs } from './outbox-entry';

describe('newIdempotencyKey', () => {
  it('makes version 4 UUIDs that the server accepts', () => {
    const keys = Array.from({ length: 50 }, () => newIdempotencyKey());
    keys.forEach((k) => expect(isUuid(k)).toBe(true));
    expect(keys.every((k) => k[14] === '4' && '89ab'.includes(k[19]))).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(newIdempotencyKey((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newIdempotencyKey((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });
});

describe('attemptFor', () => {
  let n = 0;
  const fresh = () => `key-${++n}`;

  it('reuses the key of the last attempt for the very same input, so a retry is recorded once', () => {
    const first = attemptFor(undefined, { input: { present: 15, eligible: 16 } }, fresh);
    expect(attemptFor(first, { input: { present: 15, eligible: 16 } }, fresh)).toBe(first);
  });

  it('makes a new key once the input changed', () => {
    const first = attemptFor(undefined, { input: { present: 15 } }, fresh);
    const second = attemptFor(first, { input: { present: 16 } }, fresh);
    expect(second.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(second.fingerprint).toBe(JSON.stringify({ input: { present: 16 } }));
  });
});

describe('retryDelayMs', () => {
  it('waits 5 s, then doubles, never more than 2 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(retryDelayMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 120_000, 120_000]);
    expect(retryDelayMs(0)).toBe(5_000);
  });
});

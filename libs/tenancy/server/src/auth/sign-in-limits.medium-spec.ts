import Redis from 'ioredis';
import type { AppConfig } from '@qcdc/shared/config';
import { systemClock } from '@qcdc/shared/contracts';
import { freePort } from '@qcdc/shared/testing';
import { SignInLimits } from './sign-in-limits';

describe('sign-in limits when Redis cannot be reached', () => {
  let redis: Redis;

  beforeAll(async () => {
    // A port nothing listens on: every command fails, after one reconnection, as the service's client is set.
    redis = new Redis(`redis://127.0.0.1:${await freePort()}`, { maxRetriesPerRequest: 1, connectTimeout: 500, retryStrategy: () => 20 });
    redis.on('error', () => undefined);
  });

  afterAll(() => redis.disconnect());

  it('lets no attempt through uncounted: each step refuses with SERVICE_UNAVAILABLE, saying to try again later', async () => {
    const limits = new SignInLimits(redis, { queuePrefix: 'qcdc-medium' } as AppConfig, systemClock);
    const attempt = { province: 'vinh-long', username: 'admin', clientAddress: '203.0.113.5' };
    for (const step of [() => limits.admit(attempt), () => limits.failed(attempt), () => limits.succeeded(attempt)]) {
      await expect(step()).rejects.toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        message: expect.stringContaining('thử lại sau ít phút'),
      });
    }
  });
});

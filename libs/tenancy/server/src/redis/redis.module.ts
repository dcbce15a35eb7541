import { Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, APP_CONFIG } from '@qcdc/shared/config';

/** The tenancy service's Redis connection (REDIS_URL): shared state that must hold across its instances. */
export const REDIS = Symbol('REDIS');

/** Closes the connection with the application, so a stopping process does not hang on an open socket. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/**
 * One ioredis client for the process. A command fails after one reconnection attempt rather than waiting for
 * Redis to come back: a sign-in then fails with an error instead of hanging the caller's request.
 */
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new Redis(config.redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 5000 }),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}

/** Where Redis is, as ioredis (and so BullMQ) takes it, from REDIS_URL: redis://[:password@]host[:port][/db], or rediss:// for TLS. */
export interface RedisConnection {
  host: string;
  port: number;
  password: string | undefined;
  db: number;
  tls: Record<string, never> | undefined;
}

export function redisConnection(redisUrl: string): RedisConnection {
  const redis = new URL(redisUrl);
  return {
    host: redis.hostname,
    port: Number(redis.port || 6379),
    password: decodeURIComponent(redis.password) || undefined,
    db: Number(redis.pathname.slice(1) || 0),
    tls: redis.protocol === 'rediss:' ? {} : undefined,
  };
}

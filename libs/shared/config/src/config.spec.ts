import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig } from './config';
import { redisConnection } from './redis';

describe('the evidence configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qcdc-config-'));
  writeFileSync(join(dir, 'public.pem'), 'key');
  const base = { JWT_PUBLIC_KEY_PATH: join(dir, 'public.pem'), GATEWAY_SECRET: 'x'.repeat(32) };
  const s3 = { EVIDENCE_STORAGE: 's3', EVIDENCE_S3_BUCKET: 'minh-chung', EVIDENCE_S3_ACCESS_KEY: 'ak', EVIDENCE_S3_SECRET: 'sk' };

  it.each([
    [{}, { maxBytes: 20 * 1024 * 1024, storage: { kind: 'disk', dir: resolve('.data/evidence') } }],
    [{ EVIDENCE_DIR: '/srv/evidence', EVIDENCE_MAX_BYTES: '1048576' }, { maxBytes: 1048576, storage: { kind: 'disk', dir: '/srv/evidence' } }],
    [
      { ...s3, EVIDENCE_S3_ENDPOINT: 'http://minio:9000' },
      { maxBytes: 20 * 1024 * 1024, storage: { kind: 's3', endpoint: 'http://minio:9000', bucket: 'minh-chung', region: 'us-east-1', accessKeyId: 'ak', secretAccessKey: 'sk' } },
    ],
    [{ ...s3, EVIDENCE_S3_REGION: 'ap-southeast-1' }, expect.objectContaining({ storage: expect.objectContaining({ endpoint: null, region: 'ap-southeast-1' }) })],
  ])('%j', (env, expected) => {
    expect(loadConfig('activities', { ...base, ...env }).evidence).toEqual(expected);
  });

  it.each([
    [{ EVIDENCE_STORAGE: 'ftp' }, 'EVIDENCE_STORAGE must be disk or s3'],
    [{ ...s3, EVIDENCE_S3_BUCKET: '' }, 'EVIDENCE_S3_BUCKET is required'],
    [{ ...s3, EVIDENCE_S3_SECRET: ' ' }, 'EVIDENCE_S3_SECRET is required'],
    [{ ...s3, EVIDENCE_S3_ENDPOINT: 'minio:9000' }, 'EVIDENCE_S3_ENDPOINT must use http: or https:'],
    [{ EVIDENCE_MAX_BYTES: '0' }, 'EVIDENCE_MAX_BYTES must be a positive integer'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig('activities', { ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig('activities', { ...base, ...env })).toThrow(message);
  });
});

describe('redisConnection', () => {
  it('reads host, port, password, database and TLS from REDIS_URL', () => {
    expect(redisConnection('redis://127.0.0.1:6379')).toEqual({ host: '127.0.0.1', port: 6379, password: undefined, db: 0, tls: undefined });
    expect(redisConnection('rediss://:p%40ss@cache.example:6380/2')).toEqual({ host: 'cache.example', port: 6380, password: 'p@ss', db: 2, tls: {} });
  });
});

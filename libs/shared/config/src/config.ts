import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseClockAnchor, parseClockStart } from '@qcdc/shared/contracts';

/** The processes of qcdc. Each reads only the part of the configuration it needs. */
export type ProcessName = 'gateway' | 'tenancy' | 'activities' | 'scoring' | 'reports' | 'worker';

/** Subgraph services, the order in which the gateway composes them. */
export const SUBGRAPHS = ['tenancy', 'activities', 'scoring', 'reports'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

const DEFAULT_PORTS: Record<ProcessName, number> = {
  gateway: 4000,
  tenancy: 4001,
  activities: 4002,
  scoring: 4003,
  reports: 4004,
  worker: 4005,
};

/** PostgreSQL login role of each process; the roles are created by the migrations and own no table. */
export const DB_ROLES = {
  tenancy: 'qcdc_tenancy',
  activities: 'qcdc_activities',
  scoring: 'qcdc_scoring',
  reports: 'qcdc_reports',
  rollups: 'qcdc_rollups',
  relay: 'qcdc_relay',
  audit: 'qcdc_audit',
  mail: 'qcdc_mail',
  reminders: 'qcdc_reminders',
} as const;
export type DbRoleName = keyof typeof DB_ROLES;

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Interface to listen on: 127.0.0.1 by default, 0.0.0.0 in containers. */
  host: string;
  /** Owner connection: migrations and test set-up only. */
  databaseUrl: string;
  /** Password for the services' login roles, empty with trust auth. */
  dbAppPassword: string;
  redisUrl: string;
  queuePrefix: string;
  jwt: {
    /** Only the tenancy service signs; every service verifies. */
    privateKeyPem: string | null;
    publicKeyPem: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    issuer: string;
  };
  /**
   * TRUSTED_PROXY_HOPS (gateway): how many reverse proxies in front of the gateway append to X-Forwarded-For
   * (1 behind the web's nginx, 0 when clients reach the gateway directly, the default). The caller's address
   * is the entry that many hops from the right; anything further left was written by the client and is
   * ignored. Set it only when the gateway cannot be reached around the proxy.
   */
  trustedProxyHops: number;
  /** Shared by the gateway (which signs every subgraph request with it) and the subgraphs (which check it). */
  gatewaySecret: string | null;
  subgraphUrls: Record<SubgraphName, string>;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** QCDC_CLOCK_START: the instant "now" is when the process starts (tests, demos); null for the real time. */
  clockStart: Date | null;
  /** QCDC_CLOCK_ANCHOR: the machine's epoch ms at which the clock reads its start (shared by a stack's processes). */
  clockAnchor: number | null;
  /** Outgoing mail (the worker's mail consumer): SMTP_URL (smtp: or smtps:, user and password in it) and MAIL_FROM. */
  mail: { smtpUrl: string; from: string };
  /** WEB_PUBLIC_URL: where people open the web app, base path included; links in mails start with it. */
  webPublicUrl: string;
  /**
   * Whether the gateway shows its schema to anyone who asks: introspection and "Did you mean …?" in errors.
   * Only in development (NODE_ENV unset or development); GRAPHQL_EXPOSE_SCHEMA=true|false decides otherwise.
   * Tests run without it, as production does. Codegen and composition read files, not introspection.
   */
  exposeSchema: boolean;
  /** Evidence files of activities: the gateway and the activities service both refuse a larger file. */
  evidence: EvidenceConfig;
}

/**
 * EVIDENCE_MAX_BYTES (default 20 MB). EVIDENCE_STORAGE=disk (default) keeps the files under EVIDENCE_DIR
 * (default .data/evidence); EVIDENCE_STORAGE=s3 in an S3-compatible bucket: EVIDENCE_S3_BUCKET,
 * EVIDENCE_S3_ACCESS_KEY and EVIDENCE_S3_SECRET (required), EVIDENCE_S3_ENDPOINT (MinIO, Ceph…; empty for AWS)
 * and EVIDENCE_S3_REGION (default us-east-1). Objects are addressed path-style.
 */
export interface EvidenceConfig {
  maxBytes: number;
  storage: EvidenceStorageConfig;
}
export type EvidenceStorageConfig =
  | { kind: 'disk'; dir: string }
  | { kind: 's3'; endpoint: string | null; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`${key} must be a positive integer, got "${raw}"`);
  return n;
}

function count(env: Env, key: string, fallback: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new ConfigError(`${key} must be a whole number, 0 or more, got "${raw}"`);
  return n;
}

function url(env: Env, key: string, fallback: string, protocols: string[]): string {
  const raw = env[key] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${key} is not a URL: "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${key} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  }
  return raw;
}

function readKey(path: string, key: string, required: boolean): string | null {
  try {
    return readFileSync(resolve(path), 'utf8');
  } catch {
    if (!required) return null;
    throw new ConfigError(`${key}: cannot read ${path}. Run "npm start" once (it makes the keys), or set ${key}.`);
  }
}

/**
 * Reads and validates the environment once at start-up. Nothing else in the code base reads process.env.
 */
export function loadConfig(process_: ProcessName, env: Env = process.env): AppConfig {
  const nodeEnv = env['NODE_ENV'] === 'production' ? 'production' : env['NODE_ENV'] === 'test' ? 'test' : 'development';
  const ports = (Object.keys(DEFAULT_PORTS) as ProcessName[]).reduce(
    (acc, name) => ({ ...acc, [name]: int(env, `${name.toUpperCase()}_PORT`, DEFAULT_PORTS[name]) }),
    {} as Record<ProcessName, number>,
  );
  const subgraphUrls = SUBGRAPHS.reduce(
    (acc, name) => ({
      ...acc,
      [name]: url(env, `${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`, ['http:', 'https:']),
    }),
    {} as Record<SubgraphName, string>,
  );
  const logLevel = (env['LOG_LEVEL'] ?? 'log') as AppConfig['logLevel'];
  if (!['error', 'warn', 'log', 'debug'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be error, warn, log or debug, got "${logLevel}"`);
  }
  const privatePath = env['JWT_PRIVATE_KEY_PATH'] || '.data/keys/jwt-private.pem';
  const publicPath = env['JWT_PUBLIC_KEY_PATH'] || '.data/keys/jwt-public.pem';
  return {
    env: nodeEnv,
    port: ports[process_],
    host: env['HOST'] || '127.0.0.1',
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/qcdc', ['postgres:', 'postgresql:']),
    dbAppPassword: env['DB_APP_PASSWORD'] ?? '',
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: env['QUEUE_PREFIX'] || 'qcdc',
    jwt: {
      privateKeyPem: readKey(privatePath, 'JWT_PRIVATE_KEY_PATH', process_ === 'tenancy'),
      publicKeyPem: readKey(publicPath, 'JWT_PUBLIC_KEY_PATH', true) as string,
      accessTtlSeconds: int(env, 'JWT_ACCESS_TTL_SECONDS', 15 * 60),
      refreshTtlSeconds: int(env, 'JWT_REFRESH_TTL_SECONDS', 14 * 24 * 3600),
      issuer: 'qcdc',
    },
    trustedProxyHops: count(env, 'TRUSTED_PROXY_HOPS', 0),
    gatewaySecret: gatewaySecretOf(env, process_ !== 'worker'),
    subgraphUrls,
    logLevel,
    clockStart: clockStartOf(env),
    clockAnchor: clockAnchorOf(env),
    mail: {
      // Mailpit's and the local sink's (scripts/lib/mail-sink.mjs) port by default.
      smtpUrl: url(env, 'SMTP_URL', 'smtp://127.0.0.1:1025', ['smtp:', 'smtps:']),
      from: env['MAIL_FROM'] || 'QCDC <no-reply@qcdc.local>',
    },
    // Always with a trailing slash, so a link is this plus a relative path.
    webPublicUrl: url(env, 'WEB_PUBLIC_URL', 'http://127.0.0.1:4200/', ['http:', 'https:']).replace(/\/*$/, '/'),
    exposeSchema: flag(env, 'GRAPHQL_EXPOSE_SCHEMA', nodeEnv === 'development'),
    evidence: { maxBytes: int(env, 'EVIDENCE_MAX_BYTES', 20 * 1024 * 1024), storage: evidenceStorageOf(env) },
  };
}

function evidenceStorageOf(env: Env): EvidenceStorageConfig {
  const kind = env['EVIDENCE_STORAGE'] || 'disk';
  if (kind === 'disk') return { kind, dir: resolve(env['EVIDENCE_DIR'] || '.data/evidence') };
  if (kind !== 's3') throw new ConfigError(`EVIDENCE_STORAGE must be disk or s3, got "${kind}"`);
  const required = (key: string) => {
    const value = env[key]?.trim();
    if (!value) throw new ConfigError(`${key} is required with EVIDENCE_STORAGE=s3`);
    return value;
  };
  return {
    kind,
    endpoint: env['EVIDENCE_S3_ENDPOINT'] ? url(env, 'EVIDENCE_S3_ENDPOINT', '', ['http:', 'https:']) : null,
    bucket: required('EVIDENCE_S3_BUCKET'),
    region: env['EVIDENCE_S3_REGION'] || 'us-east-1',
    accessKeyId: required('EVIDENCE_S3_ACCESS_KEY'),
    secretAccessKey: required('EVIDENCE_S3_SECRET'),
  };
}

function flag(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new ConfigError(`${key} must be true or false, got "${raw}"`);
}

function gatewaySecretOf(env: Env, required: boolean): string | null {
  const fromEnv = env['GATEWAY_SECRET']?.trim();
  const secret = fromEnv || readKey(env['GATEWAY_SECRET_PATH'] || '.data/keys/gateway-secret', 'GATEWAY_SECRET_PATH', required)?.trim();
  if (!secret) return null;
  if (secret.length < 32) throw new ConfigError('GATEWAY_SECRET must be at least 32 characters long.');
  return secret;
}

function clockAnchorOf(env: Env): number | null {
  try {
    return parseClockAnchor(env['QCDC_CLOCK_ANCHOR']);
  } catch (error) {
    throw new ConfigError(`QCDC_CLOCK_ANCHOR: ${(error as Error).message}`);
  }
}

function clockStartOf(env: Env): Date | null {
  try {
    return parseClockStart(env['QCDC_CLOCK_START']);
  } catch (error) {
    throw new ConfigError(`QCDC_CLOCK_START: ${(error as Error).message}`);
  }
}

/** The connection URL of one service role: the owner URL's host, port and database with another user. */
export function roleDatabaseUrl(config: Pick<AppConfig, 'databaseUrl' | 'dbAppPassword'>, role: DbRoleName): string {
  const u = new URL(config.databaseUrl);
  u.username = DB_ROLES[role];
  u.password = config.dbAppPassword;
  return u.toString();
}

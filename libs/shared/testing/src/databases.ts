import { ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DbRoleName, loadConfig, roleDatabaseUrl } from '@qcdc/shared/config';
import { testClock } from './clock';
import { OUTBOX_SCHEMAS, TenantContext, TenantDb, standaloneTransactionHost } from '@qcdc/shared/db';
import { CONSUMERS } from '@qcdc/shared/events';

/** The owner connection of the test database (set by the medium/e2e global set-up). */
export async function ownerClient(): Promise<Client> {
  const client = new Client({ connectionString: loadConfig('worker').databaseUrl });
  // The test database is dropped at teardown; a connection a failed test left open must not crash jest.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A raw connection as one of the services' roles. */
export async function roleClient(role: DbRoleName): Promise<Client> {
  const client = new Client({ connectionString: roleDatabaseUrl(loadConfig('worker'), role) });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

let connections = 0;

/** A TenantDb as a service would have it, outside NestJS, for medium tests of one service's code. */
export async function tenantDbFor(role: DbRoleName): Promise<{ db: TenantDb; close: () => Promise<void> }> {
  const dataSource = await new DataSource({
    type: 'postgres',
    url: roleDatabaseUrl(loadConfig('worker'), role),
    extra: { max: 4 },
  }).initialize();
  const host = standaloneTransactionHost(dataSource, `test-${role}-${(connections += 1)}`);
  const db = new TenantDb(dataSource, new TenantContext(ClsServiceManager.getClsService()), host, testClock());
  return { db, close: () => dataSource.destroy() };
}

/** The tenant-owned tables (those with a tenant_id), from the catalogue. */
async function tenantTables(owner: Client): Promise<string[]> {
  const { rows } = await owner.query<{ name: string }>(
    `SELECT c.table_schema || '.' || c.table_name AS name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
        AND c.table_schema IN ('tenancy', 'activities', 'scoring', 'reports', 'rollups', 'audit', 'reminders')
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** One statement over every tenant-owned table: `what` of the tenant's rows `t` in each, by table. */
async function perTable(owner: Client, tenantId: string, what: string): Promise<{ name: string; n: number; digest: string | null }[]> {
  const tables = await tenantTables(owner);
  const { rows } = await owner.query(
    tables.map((name) => `SELECT '${name}' AS name, ${what} FROM ${name} t WHERE tenant_id = $1`).join('\nUNION ALL\n'),
    [tenantId],
  );
  return rows;
}

/**
 * How many rows a tenant has in each tenant-owned table, read as the owner from the catalogue's list of
 * tables: proof that an operation wrote nothing, whatever tables exist by then.
 */
export async function tenantRowCounts(owner: Client, tenantId: string): Promise<Record<string, number>> {
  const rows = await perTable(owner, tenantId, 'count(*)::int AS n, NULL AS digest');
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}

/**
 * What a tenant holds, table by table: the row count and a digest of every row's content, read as the
 * owner. Equal before and after proves an operation wrote nothing, not even an update in place.
 */
export async function tenantRowDigests(owner: Client, tenantId: string): Promise<Record<string, string>> {
  const rows = await perTable(owner, tenantId, `count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest`);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n} rows, ${r.digest}`]));
}

/**
 * Waits until every consumer has applied every event of the tenant's outboxes it subscribes to: the roll-ups
 * (one processed event per `rollups` event), the audit log (one entry per `audit.recorded` event) and the
 * documents (no render job queued or running). The asynchronous part of a write has settled, so row counts
 * can be compared.
 */
export async function waitForRollups(owner: Client, tenantId: string, timeoutMs = 30_000): Promise<void> {
  const outboxRows = (topics: string) =>
    OUTBOX_SCHEMAS.map((s) => `(SELECT count(*) FROM ${s}.outbox WHERE tenant_id = $1 AND topic = ANY(${topics}))`).join(' + ');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await owner.query(
      `SELECT ${outboxRows('$2')} = (SELECT count(*) FROM rollups.processed_events WHERE tenant_id = $1)
          AND ${outboxRows('$3')} = (SELECT count(*) FROM audit.entries WHERE tenant_id = $1)
          AND NOT EXISTS (SELECT 1 FROM reports.render_jobs WHERE tenant_id = $1 AND status IN ('QUEUED', 'RUNNING')) AS settled`,
      [tenantId, CONSUMERS.rollups, CONSUMERS.audit],
    );
    if (rows[0].settled) return;
    if (Date.now() > deadline) throw new Error(`the events of tenant ${tenantId} did not settle within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The province cell of a period, shaped like `summariseSubmissions`' result, read as the owner. */
export async function provinceRollupRow(owner: Client, tenantId: string, periodId: string): Promise<unknown> {
  const { rows } = await owner.query(
    `SELECT units_expected AS "unitsExpected", units_submitted AS "unitsSubmitted", units_on_time AS "unitsOnTime",
            round(score_sum / nullif(score_count, 0), 2)::float AS "averageScore",
            '{"TOT": 0, "KHA": 0, "TRUNG_BINH": 0, "YEU": 0}'::jsonb || band_counts AS "bandCounts"
       FROM rollups.cells WHERE tenant_id = $1 AND period_id = $2 AND dimension = 'PROVINCE'`,
    [tenantId, periodId],
  );
  return rows[0];
}

/**
 * Every cell of a tenant's period, read as the owner, in one order, with the numbers as numbers (so 3.0 and 3
 * are equal) and without the time of the refresh: what the incremental roll-ups and the full recompute must
 * agree on.
 */
export async function rollupCells(owner: Client, tenantId: string, periodId: string): Promise<Record<string, unknown>[]> {
  const { rows } = await owner.query(
    `SELECT dimension, value, units, units_expected, units_submitted, units_on_time, units_late, units_approved,
            units_returned, score_count, score_sum::float AS score_sum, score_histogram, band_counts, criterion_sums,
            criterion_counts, activity_counts, figure_sums, units_with_kind
       FROM rollups.cells WHERE tenant_id = $1 AND period_id = $2 ORDER BY dimension, value`,
    [tenantId, periodId],
  );
  return rows;
}

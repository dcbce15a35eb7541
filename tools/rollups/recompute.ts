/*
 * npm run rollups:recompute [-- <province code> [<period id>]]: asks the worker for a full recompute of the
 * roll-ups (one job of the `rollups-recompute` queue per province and period; the worker runs one set-based SQL
 * job each). Without arguments: every period of every province. Reads DATABASE_URL (the owner's connection),
 * REDIS_URL and QUEUE_PREFIX like the worker.
 */
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { loadConfig, redisConnection } from '@qcdc/shared/config';
import { RECOMPUTE_QUEUE, RecomputeJob } from '@qcdc/rollups/server';

async function main(): Promise<void> {
  const [provinceCode, periodId] = process.argv.slice(2);
  const config = loadConfig('worker');
  const owner = new Client({ connectionString: config.databaseUrl });
  await owner.connect();
  const { rows } = await owner.query<RecomputeJob>(
    `SELECT p.tenant_id AS "tenantId", p.id AS "periodId"
       FROM reports.reporting_periods p JOIN tenancy.tenants t ON t.id = p.tenant_id
      WHERE ($1::text IS NULL OR t.code = $1) AND ($2::uuid IS NULL OR p.id = $2)
      ORDER BY t.code, p.window_start`,
    [provinceCode ?? null, periodId ?? null],
  );
  await owner.end();
  const queue = new Queue<RecomputeJob>(RECOMPUTE_QUEUE, { prefix: config.queuePrefix, connection: redisConnection(config.redisUrl) });
  await queue.addBulk(rows.map((data) => ({ name: 'recompute', data })));
  await queue.close();
  console.log(`asked the worker to recompute ${rows.length} period(s)`);
}

main().catch((error) => {
  console.error(`recompute failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

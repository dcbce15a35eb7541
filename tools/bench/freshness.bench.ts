// Roll-ups' freshness: from a `report.submitted` row committed in the reports outbox to its cells updated by
// the worker (relay → BullMQ → the rollups consumer), in a province of 5,000 units, through the running stack.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Client } from 'pg';
import type { Bench } from './bench';
import { median } from './report';

/** Issue 11: the roll-ups are fresh within a second of the event. */
const BUDGET_MS = 1_000;
const UNITS = 5_000;
const SUBMISSIONS = 200;
const BANDS = ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'] as const;
const TYPES = ['AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE', 'COMMITTEE'];

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** Commits one event in the reports outbox (and wakes the relay), as ReportService.submit's transaction does. */
async function publish(owner: Client, tenantId: string, topic: string, payload: unknown): Promise<string> {
  await owner.query('BEGIN');
  const { rows } = await owner.query(
    `INSERT INTO reports.outbox (tenant_id, topic, version, payload) VALUES ($1, $2, 1, $3) RETURNING event_id`,
    [tenantId, topic, JSON.stringify(payload)],
  );
  await owner.query(`SELECT pg_notify('qcdc_outbox', 'reports')`);
  await owner.query('COMMIT');
  return rows[0].event_id;
}

/** Waits until the roll-ups applied the event (the processed mark commits with the cells). */
async function applied(owner: Client, tenantId: string, eventId: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rowCount } = await owner.query(`SELECT 1 FROM rollups.processed_events WHERE tenant_id = $1 AND event_id = $2`, [tenantId, eventId]);
    if (rowCount) return;
    if (Date.now() > deadline) throw new Error(`the roll-ups did not apply event ${eventId} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

export const freshnessBench: Bench = {
  name: 'freshness',
  title: 'Roll-ups: fresh after a submission',
  about: [
    `A province of ${UNITS.toLocaleString('en')} units in 20 blocs and 5 unit types (its tree and an open period set up directly`,
    'in the database, its expected set frozen by the worker on `reporting-period.opened`). Then, one after the other,',
    `${SUBMISSIONS} \`report.submitted\` events, each committed in the reports outbox with its NOTIFY as the reports service does;`,
    "the time from the commit until the worker's rollups consumer has committed the unit's standing and its three cells",
    '(province, bloc, unit type), seen by polling `rollups.processed_events` every 2 ms. Through the running stack: the',
    'relay, Redis (BullMQ) and the worker, as in production.',
  ].join('\n'),

  async run(ctx) {
    await ctx.stack();
    const owner = new Client({ connectionString: process.env['DATABASE_URL'] });
    await owner.connect();
    try {
      const code = `fresh-${randomUUID().slice(0, 8)}`;
      const { rows: [tenant] } = await owner.query(
        `INSERT INTO tenancy.tenants (code, name, kind) VALUES ($1, $2, 'PROVINCE') RETURNING id`,
        [code, `Tỉnh ${code}`],
      );
      const blocs = Array.from({ length: 20 }, () => randomUUID());
      const units = Array.from({ length: UNITS }, () => randomUUID());
      await owner.query(
        `INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name, changed_at)
         SELECT $1, u.id, 'DV' || u.n, 'Đơn vị ' || u.n, 'UNIT', ($3::text[])[1 + u.n % 5], ($4::uuid[])[1 + u.n % 20], 'Khối', now()
           FROM unnest($2::uuid[]) WITH ORDINALITY AS u (id, n)`,
        [tenant.id, units, TYPES, blocs],
      );
      const { rows: [period] } = await owner.query(
        `INSERT INTO reports.reporting_periods (tenant_id, year, kind, window_start, window_end, due_on)
         VALUES ($1, 2026, 'YEAR', '2025-12-15', '2026-12-14', '2026-12-20') RETURNING id`,
        [tenant.id],
      );
      const opened = await publish(owner, tenant.id, 'reporting-period.opened', {
        periodId: period.id, year: 2026, kind: 'YEAR', windowStart: '2025-12-15', windowEnd: '2026-12-14', dueOn: '2026-12-20', graceDays: 0,
      });
      const freezeStarted = performance.now();
      await applied(owner, tenant.id, opened);
      const freezeMs = performance.now() - freezeStarted;
      ctx.log(`expected set of ${UNITS} units frozen in ${ms(freezeMs)}`);

      const latencies: number[] = [];
      for (let i = 0; i < SUBMISSIONS; i++) {
        const started = performance.now();
        const eventId = await publish(owner, tenant.id, 'report.submitted', {
          reportId: randomUUID(), unitId: units[i * 7], periodId: period.id, submittedAt: '2026-12-01T03:00:00.000Z', late: i % 5 === 0,
          scoreTotal: 50 + (i % 50), band: BANDS[i % 4], snapshotId: null, number: 1, renderJobId: null, criteria: { '1.1': 4, '2.1': 2.5 },
        });
        await applied(owner, tenant.id, eventId);
        latencies.push(performance.now() - started);
      }
      const { rows: [cell] } = await owner.query(
        `SELECT units_expected, units_submitted FROM rollups.cells WHERE tenant_id = $1 AND period_id = $2 AND dimension = 'PROVINCE'`,
        [tenant.id, period.id],
      );
      if (cell.units_expected !== UNITS || cell.units_submitted !== SUBMISSIONS) {
        throw new Error(`the province cell counts ${cell.units_submitted} of ${cell.units_expected}, not ${SUBMISSIONS} of ${UNITS}`);
      }
      const p50 = median(latencies);
      const p95 = percentile(latencies, 95);
      ctx.log(`p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(Math.max(...latencies))}`);
      return {
        rows: [
          { what: `Submission → cells updated, p50 (${SUBMISSIONS} submissions)`, result: ms(p50), budget: `≤ ${ms(BUDGET_MS)}`, withinBudget: p50 <= BUDGET_MS },
          { what: `Submission → cells updated, p95 (${SUBMISSIONS} submissions)`, result: ms(p95), budget: `≤ ${ms(BUDGET_MS)}`, withinBudget: p95 <= BUDGET_MS },
          { what: `Freezing the expected set of ${UNITS.toLocaleString('en')} units (once per period)`, result: ms(freezeMs) },
        ],
        details: `Slowest submission: ${ms(Math.max(...latencies))}. Load average at the end of the run: ${os.loadavg()[0].toFixed(1)} (other processes on the machine count too).`,
      };
    } finally {
      await owner.end();
    }
  },
};

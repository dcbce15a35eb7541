// The committee's overview on a province of 5,000 units: the queries its first screen sends through the
// gateway (the province's and the blocs' roll-up cells, the first page of the ranking, one bloc's
// completeness), timed as the screen sends them, together, many times.
import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { loadConfig, redisConnection } from '@qcdc/shared/config';
import { ROLLUPS_RECOMPUTE_QUEUE } from '@qcdc/shared/events';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../seed/platform-admin';
import { GatewayClient, ownerClient, testYear, waitForRollups } from '@qcdc/shared/testing';
import type { Bench } from './bench';
import { markdownTable, seconds } from './report';

const BUDGET_MS = 1000;
const SHAPE = { blocs: 50, unitsPerBloc: 100 };
const UNITS = SHAPE.blocs * SHAPE.unitsPerBloc;
const WARM_UP = 5;
const RUNS = 50;
const TYPES = ['AGENCY', 'COMMUNE', 'PUBLIC_UNIT', 'ENTERPRISE'];

const CELLS = `query($p: ID!) {
  province: rollupCells(periodId: $p, dimension: PROVINCE) { value label unitsExpected unitsSubmitted unitsOnTime unitsLate submissionRate averageScore medianScore scoreHistogram bandCounts { band count } criterionAverages { code average } activityCounts { kind count } }
  blocs: rollupCells(periodId: $p, dimension: BLOC) { value label unitsExpected unitsSubmitted unitsNotSubmitted submissionRate onTimeRate averageScore medianScore bandCounts { band count } }
}`;
const RANKING = `query($input: UnitRankingInput!) { unitRanking(input: $input) {
  total bandCounts { band count } rows { rank unitId code name blocName unitType status scoreTotal band late submittedAt reportId lastYearScore } } }`;
const COMPLETENESS = `query($p: ID!, $b: ID) { completeness(periodId: $p, blocId: $b) { unitId code name status submittedAt late daysOverdue } }`;

/** The p-th percentile (nearest rank) of the values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * The province's roll-ups, written as the worker keeps them: the units with their blocs and types, each
 * one's standing for the period (nine in ten submitted, a score spread over every band, points per
 * criterion); the worker's full recompute then sums the cells from them.
 */
const UNITS_SQL = `
  WITH blocs AS (
    INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type, changed_at)
    SELECT $1, gen_random_uuid(), 'KHOI-' || lpad(b::text, 3, '0'), 'Khối ' || b, 'BLOC', 'COMMITTEE', now()
      FROM generate_series(1, $2::int) b
    RETURNING unit_id, code, name
  ), numbered AS (
    SELECT unit_id, name, row_number() OVER (ORDER BY code) AS b FROM blocs
  )
  INSERT INTO rollups.units (tenant_id, unit_id, code, name, kind, unit_type, bloc_id, bloc_name, changed_at)
  SELECT $1, gen_random_uuid(), 'DV-' || lpad(n.b::text, 3, '0') || '-' || lpad(u::text, 3, '0'),
         (ARRAY['Xã ', 'Phường ', 'Sở ', 'Trường '])[1 + (u % 4)] || 'Đơn vị ' || n.b || '.' || u,
         'UNIT', ($4::text[])[1 + (u % 4)], n.unit_id, n.name, now()
    FROM numbered n CROSS JOIN generate_series(1, $3::int) u
`;
const STANDINGS_SQL = `
  INSERT INTO rollups.unit_standings (tenant_id, period_id, unit_id, expected, bloc_id, unit_type, placed_at, status, status_at,
                                      report_id, submitted_at, late, score_total, band, score_at, criteria, criteria_at,
                                      activity_counts, figure_sums)
  SELECT $1, $2, u.unit_id, true, u.bloc_id, u.unit_type, now(), s.status, CASE WHEN s.status IS NOT NULL THEN now() END,
         CASE WHEN s.status IS NOT NULL THEN gen_random_uuid() END, CASE WHEN s.status IS NOT NULL THEN now() - (s.k % 30) * interval '1 day' END,
         CASE WHEN s.status IS NOT NULL THEN s.k % 7 = 0 END, s.score,
         CASE WHEN s.score IS NULL THEN NULL WHEN s.score >= 90 THEN 'TOT' WHEN s.score >= 70 THEN 'KHA' WHEN s.score >= 50 THEN 'TRUNG_BINH' ELSE 'YEU' END,
         CASE WHEN s.score IS NOT NULL THEN now() END,
         CASE WHEN s.score IS NULL THEN '{}'::jsonb ELSE (SELECT jsonb_object_agg(c, round(s.score / 13.0, 2)) FROM unnest($3::text[]) c) END,
         CASE WHEN s.score IS NOT NULL THEN now() END,
         '{}'::jsonb, '{}'::jsonb
    FROM (SELECT unit_id, bloc_id, unit_type, row_number() OVER (ORDER BY code) AS k
            FROM rollups.units WHERE tenant_id = $1 AND kind = 'UNIT') u
   CROSS JOIN LATERAL (SELECT u.k AS k,
                              CASE WHEN u.k % 10 = 0 THEN NULL WHEN u.k % 10 = 1 THEN 'APPROVED' ELSE 'SUBMITTED' END AS status,
                              CASE WHEN u.k % 10 = 0 THEN NULL ELSE (35 + (u.k * 37) % 65)::numeric END AS score) s
  ON CONFLICT (tenant_id, period_id, unit_id) DO NOTHING
`;
/**
 * The cells, as the worker computes them: one job of its `rollups-recompute` queue (the full recompute's
 * set-based statement), waited for until done.
 */
async function recomputeByTheWorker(tenantId: string, periodId: string): Promise<void> {
  const config = loadConfig('worker');
  const options = { prefix: config.queuePrefix, connection: redisConnection(config.redisUrl) };
  const queue = new Queue(ROLLUPS_RECOMPUTE_QUEUE, options);
  const events = new QueueEvents(ROLLUPS_RECOMPUTE_QUEUE, options);
  try {
    await events.waitUntilReady();
    const job = await queue.add('recompute', { tenantId, periodId });
    await job.waitUntilFinished(events, 120_000);
  } finally {
    await Promise.all([events.close(), queue.close()]);
  }
}

export const overviewBench: Bench = {
  name: 'overview',
  title: 'The committee’s overview, 5,000 units',
  about: [
    `A province of ${UNITS.toLocaleString('en')} reporting units in ${SHAPE.blocs} blocs of ${SHAPE.unitsPerBloc}, four unit types, and an`,
    'open year period with the default rubric, made through the gateway. Its units and each one’s standing for the',
    'period (nine in ten submitted, scores over every band, points per criterion) are written straight into the',
    '`rollups` tables, and the worker’s full recompute (a `rollups-recompute` job) sums the cells from them.',
    'Then the committee’s first screen, as it sends its queries, all three at',
    'once, through the gateway: the province’s and the blocs’ roll-up cells (`rollupCells` PROVINCE and BLOC,',
    'one request), the first page of the ranking (`unitRanking`, 50 rows, best first, with last year’s score and',
    'the band counts) and one bloc’s completeness. Timed from sending the three to the last answer,',
    `${RUNS} times after ${WARM_UP} warm-up rounds; the budget, under a second, is met by the 95th percentile.`,
  ].join('\n'),

  async run(ctx) {
    const { gatewayUrl } = await ctx.stack();
    const client = new GatewayClient(`${gatewayUrl}/graphql`);
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    const code = `bench-${randomUUID().slice(0, 8)}`;
    const password = `mat-khau-${code}`;
    const { createProvince } = await client.ok<{ createProvince: { id: string } }>(
      `mutation($input: CreateProvinceInput!) { createProvince(input: $input) { id } }`,
      { input: { code, name: `Tỉnh ${code}`, adminUsername: 'quantri', adminPassword: password, adminDisplayName: 'Quản trị tỉnh' } },
      platform,
    );
    const admin = await client.login(code, 'quantri', password);
    const { orgUnits } = await client.ok<{ orgUnits: { id: string; kind: string }[] }>(`{ orgUnits { id kind } }`, {}, admin);
    const rootId = orgUnits.find((u) => u.kind === 'PROVINCE_COMMITTEE')?.id;
    // The servers' year: the bench's clock starts at the real time (scripts/bench.mjs sets QCDC_CLOCK_START).
    const year = testYear();
    await client.ok(`mutation($y: Int!) { adoptDefaultRubric(year: $y) { id } }`, { y: year }, admin);
    const { openReportingPeriod } = await client.ok<{ openReportingPeriod: { id: string } }>(
      `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
      { input: { year, kind: 'YEAR', windowStart: `${year - 1}-12-15`, windowEnd: `${year}-12-14`, dueOn: `${year}-12-20` } },
      admin,
    );
    const periodId = openReportingPeriod.id;
    await client.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      { input: { username: 'bancd', password, displayName: 'Ban chỉ đạo', role: 'PROVINCE_COMMITTEE', orgUnitId: rootId } },
      admin,
    );
    const committee = await client.login(code, 'bancd', password);

    const owner = await ownerClient();
    let blocId: string;
    try {
      await waitForRollups(owner, createProvince.id, 60_000);
      const { rows: criteria } = await owner.query(
        `SELECT c.code FROM scoring.criteria c JOIN scoring.rubrics r ON r.tenant_id = c.tenant_id AND r.id = c.rubric_id
          WHERE r.tenant_id = $1 AND r.year = $2 ORDER BY c.sort_order`,
        [createProvince.id, year],
      );
      const seeding = performance.now();
      const [tenantId, codes] = [createProvince.id, criteria.map((c) => c.code)];
      await owner.query('BEGIN');
      await owner.query(UNITS_SQL, [tenantId, SHAPE.blocs, SHAPE.unitsPerBloc, TYPES]);
      await owner.query(STANDINGS_SQL, [tenantId, periodId, codes]);
      await owner.query('COMMIT');
      await recomputeByTheWorker(tenantId, periodId);
      for (const table of ['units', 'unit_standings', 'cells']) await owner.query(`ANALYZE rollups.${table}`);
      ctx.log(`seeded ${UNITS} units and their roll-ups in ${seconds(performance.now() - seeding)}`);
      const { rows } = await owner.query(`SELECT unit_id FROM rollups.units WHERE tenant_id = $1 AND kind = 'BLOC' ORDER BY code LIMIT 1`, [createProvince.id]);
      blocId = rows[0].unit_id;
    } finally {
      await owner.end();
    }

    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now();
      const value = await work();
      return [value, performance.now() - started];
    };
    const overview = () =>
      Promise.all([
        timed(() => client.ok<{ province: { unitsExpected: number }[]; blocs: unknown[] }>(CELLS, { p: periodId }, committee)),
        timed(() => client.ok<{ unitRanking: { total: number; rows: unknown[] } }>(RANKING, { input: { periodId } }, committee)),
        timed(() => client.ok<{ completeness: unknown[] }>(COMPLETENESS, { p: periodId, b: blocId }, committee)),
      ]);

    const [[cells], [ranking], [completeness]] = await overview();
    if (cells.province[0]?.unitsExpected !== UNITS || cells.blocs.length !== SHAPE.blocs) {
      throw new Error(`the cells are not the seeded province's: ${JSON.stringify(cells.province[0])}, ${cells.blocs.length} blocs`);
    }
    if (ranking.unitRanking.total !== UNITS || ranking.unitRanking.rows.length !== 50 || completeness.completeness.length !== SHAPE.unitsPerBloc) {
      throw new Error(`the ranking or the completeness is not the seeded province's`);
    }
    for (let i = 0; i < WARM_UP; i += 1) await overview();
    const totals: number[] = [];
    const each: number[][] = [[], [], []];
    for (let i = 0; i < RUNS; i += 1) {
      const [total, answers] = await timed(overview).then(([a, ms]) => [ms, a] as const);
      totals.push(total);
      answers.forEach(([, ms], q) => each[q].push(ms));
    }
    const p50 = percentile(totals, 50);
    const p95 = percentile(totals, 95);
    ctx.log(`overview: p50 ${seconds(p50)}, p95 ${seconds(p95)}`);
    const names = ['`rollupCells` PROVINCE and BLOC (one request)', '`unitRanking`, first page of 50', '`completeness` of one bloc (100 units)'];
    return {
      rows: [
        { what: `Overview (three queries at once), median of ${RUNS}`, result: seconds(p50), budget: `≤ ${seconds(BUDGET_MS)}`, withinBudget: p50 <= BUDGET_MS },
        { what: `Overview (three queries at once), 95th percentile of ${RUNS}`, result: seconds(p95), budget: `≤ ${seconds(BUDGET_MS)}`, withinBudget: p95 <= BUDGET_MS },
      ],
      details: markdownTable(
        ['Query (through the gateway)', 'Median', '95th percentile'],
        names.map((name, q) => [name, seconds(percentile(each[q], 50)), seconds(percentile(each[q], 95))]),
      ),
    };
  },
};

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { BANDS, Band } from '@qcdc/shared/contracts';
import { TenantDb } from '@qcdc/shared/db';
import { EnvelopeFor, EventName, EventPayload } from '@qcdc/shared/events';
import { ProvinceFixture, createPeriod, createProvince, ownerClient, rollupCells, tenantDbFor } from '@qcdc/shared/testing';
import { RollupRepository } from './rollup.repository';
import { RollupService } from './rollup.service';

/** A small seeded PRNG (mulberry32): the "random" sequence is the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Envelope = EnvelopeFor<'rollups'>;
type Counts = Record<string, number>;
/** A cell as the ground truth sums it. */
interface TruthCell {
  dimension: string;
  value: string;
  units: number;
  units_expected: number;
  units_submitted: number;
  units_on_time: number;
  units_late: number;
  units_approved: number;
  units_returned: number;
  score_count: number;
  score_sum: number;
  score_histogram: number[];
  band_counts: Counts;
  criterion_sums: Counts;
  criterion_counts: Counts;
  activity_counts: Counts;
  figure_sums: Counts;
  units_with_kind: Counts;
}
type RollupEvent = Exclude<EventName, 'report.compile-requested' | 'audit.recorded' | 'user.invited' | 'user.password-reset-requested'>;

const TYPES = ['AGENCY', 'COMMUNE', 'PUBLIC_UNIT'];
const KINDS = ['BRIEFING', 'STAFF_CONFERENCE', 'COMPLAINT_CASE', 'INSPECTION'];
/** Last year's period (closed before anything moves) and this year's (open). */
const WINDOWS = {
  last: { windowStart: '2024-12-15', windowEnd: '2025-12-14' },
  this: { windowStart: '2025-12-15', windowEnd: '2026-12-14' },
};

describe('RollupService', () => {
  let owner: Client;
  let db: TenantDb;
  let close: () => Promise<void>;
  let service: RollupService;
  let province: ProvinceFixture;
  let periods: { last: string; this: string };

  beforeAll(async () => {
    owner = await ownerClient();
    ({ db, close } = await tenantDbFor('rollups'));
    service = new RollupService(db, new RollupRepository());
    province = await createProvince(owner);
    periods = { last: await createPeriod(owner, province.tenantId, 2025), this: await createPeriod(owner, province.tenantId, 2026) };
  });

  afterAll(async () => {
    await close();
    await owner.end();
  });

  const envelope = <N extends RollupEvent>(name: N, payload: EventPayload<N>, occurredAt: string): Envelope =>
    ({ eventId: randomUUID(), name, version: 1, tenantId: province.tenantId, occurredAt, payload }) as unknown as Envelope;

  it('keeps cells equal to the full recompute and to a ground truth, after a random sequence delivered out of order and twice', async () => {
    const random = prng(20261201);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    let clock = Date.UTC(2026, 0, 1);
    const tick = () => new Date((clock += 60_000)).toISOString();

    // ---- the tree and the periods, in order: frozen as they open
    const blocs = [randomUUID(), randomUUID(), randomUUID()];
    const setup: Envelope[] = blocs.map((blocId, i) =>
      envelope('org-unit.upserted', {
        unitId: blocId, code: `K${i}`, name: `Khối ${i}`, kind: 'BLOC', unitType: 'COMMITTEE', blocId: null, blocName: null,
        expectedFrom: null, closedOn: null, effectiveOn: null,
      }, tick()),
    );
    type Place = { blocId: string; unitType: string; expectedFrom: string | null; closedOn: string | null };
    const units = Array.from({ length: 24 }, () => randomUUID());
    const unitEvent = (unitId: string, place: Place, effectiveOn: string | null, at: string) =>
      envelope('org-unit.upserted', {
        unitId, code: `DV-${unitId.slice(0, 6)}`, name: `Đơn vị ${unitId.slice(0, 6)}`, kind: 'UNIT', unitType: place.unitType,
        blocId: place.blocId, blocName: 'Khối', expectedFrom: place.expectedFrom, closedOn: place.closedOn, effectiveOn,
      }, at);
    const initial = new Map<string, Place>();
    for (const [i, unitId] of units.entries()) {
      // Two units opened in the middle of this year's period: not expected for it.
      const place = { blocId: pick(blocs), unitType: pick(TYPES), expectedFrom: i < 2 ? '2026-03-01' : null, closedOn: null };
      initial.set(unitId, place);
      setup.push(unitEvent(unitId, place, null, tick()));
    }
    for (const which of ['last', 'this'] as const) {
      setup.push(envelope('reporting-period.opened', {
        periodId: periods[which], year: which === 'last' ? 2025 : 2026, kind: 'YEAR', ...WINDOWS[which],
        dueOn: which === 'last' ? '2025-12-20' : '2026-12-20', graceDays: 0,
      }, tick()));
    }
    for (const e of setup) expect(await service.apply(e)).toBe('applied');
    await owner.query(`UPDATE reports.reporting_periods SET status = 'CLOSED' WHERE id = $1`, [periods.last]);

    // ---- a random sequence: workflow, re-scores, activities, moves
    const events: Envelope[] = [];
    const reportOf = new Map(units.map((u) => [u, randomUUID()]));
    const activities: { id: string; unitId: string }[] = [];
    const score = () => Math.round(random() * 10_000) / 100;
    const band = (): Band => pick(BANDS);
    const criteria = () => ({ '1.1': Math.round(random() * 500) / 100, '2.1': pick([0, 1, 2.5, 3]), ...(random() < 0.5 ? { '3.1': 4 } : {}) });
    const activityDay = () => pick(['2025-03-01', '2025-12-20', '2026-04-10', '2026-12-14', '2027-01-05']);
    for (let i = 0; i < 160; i += 1) {
      const unitId = pick(units);
      const periodId = random() < 0.9 ? periods.this : periods.last;
      const at = tick();
      const base = { reportId: reportOf.get(unitId) as string, unitId, periodId };
      const r = random();
      if (r < 0.22) {
        events.push(envelope('report.submitted', {
          ...base, submittedAt: at, late: random() < 0.3, scoreTotal: score(), band: band(), snapshotId: null, number: 1,
          renderJobId: null, criteria: criteria(),
        }, at));
      } else if (r < 0.3) events.push(envelope('report.returned', { ...base, returnedAt: at, reason: 'Thiếu số liệu' }, at));
      else if (r < 0.36) events.push(envelope('report.reviewed', { ...base, reviewedAt: at }, at));
      else if (r < 0.42) events.push(envelope('report.approved', { ...base, approvedAt: at, scoreTotal: score(), band: band() }, at));
      else if (r < 0.5) {
        events.push(envelope('score.reviewed', { unitId, periodId, reviewedAt: at, scoreTotal: score(), band: band(), criteria: criteria() }, at));
      } else if (r < 0.85) {
        const existing = activities.length > 0 && random() < 0.45 ? pick(activities) : null;
        const kind = pick(KINDS);
        const figures: Record<string, number> =
          kind === 'STAFF_CONFERENCE'
            ? { present: Math.floor(random() * 50), eligible: 50 }
            : kind === 'COMPLAINT_CASE'
              ? { resolved: pick([0, 1]) }
              : kind === 'INSPECTION'
                ? { inspections: 1, peoplesInspection: pick([0, 1]) }
                : {};
        if (!existing) {
          const id = randomUUID();
          activities.push({ id, unitId });
          events.push(envelope('activity.recorded', { activityId: id, unitId, kind, occurredOn: activityDay(), figures }, at));
        } else if (random() < 0.7) {
          events.push(envelope('activity.corrected', { activityId: existing.id, unitId: existing.unitId, kind, occurredOn: activityDay(), figures }, at));
        } else {
          events.push(envelope('activity.deleted', { activityId: existing.id, unitId: existing.unitId, kind, occurredOn: activityDay() }, at));
        }
      } else {
        // A move (or a closing): effective within this year's window, after it (a move "today" next year), or always.
        const place = { ...(initial.get(unitId) as Place), blocId: pick(blocs), unitType: pick(TYPES), closedOn: random() < 0.15 ? '2026-09-01' : null };
        events.push(unitEvent(unitId, place, pick([null, '2026-06-01', '2027-01-10']), at));
      }
    }
    // Delivered shuffled, a third of them twice, the period's opening again now and then; four at a time, as the
    // worker's concurrency does (a deadlock or a lost update would show).
    const deliveries = [...events, ...events.filter(() => random() < 0.33), ...setup.filter(() => random() < 0.1)].sort(() => random() - 0.5);
    const outcomes: string[] = [];
    for (let i = 0; i < deliveries.length; i += 4) outcomes.push(...(await Promise.all(deliveries.slice(i, i + 4).map((e) => service.apply(e)))));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(events.length);

    // ---- incremental = full recompute, exactly
    const incremental = { last: await rollupCells(owner, province.tenantId, periods.last), this: await rollupCells(owner, province.tenantId, periods.this) };
    for (const which of ['last', 'this'] as const) await service.recompute(province.tenantId, periods[which]);
    const full = { last: await rollupCells(owner, province.tenantId, periods.last), this: await rollupCells(owner, province.tenantId, periods.this) };
    expect(incremental).toEqual(full);
    expect(incremental.this.length).toBeGreaterThan(4);

    // ---- = a ground truth computed here from the events, each part of a unit by the latest event carrying it
    const latest = <T extends { at: string }>(xs: T[]): T | undefined => [...xs].sort((a, b) => (a.at < b.at ? -1 : 1)).at(-1);
    const truth = (which: 'last' | 'this') => {
      const periodId = periods[which];
      const window = WINDOWS[which];
      const payloads = events.map((e) => ({ name: e.name as string, at: e.occurredAt, p: e.payload as unknown as Record<string, unknown> }));
      const cells = new Map<string, TruthCell>();
      const add = (map: Record<string, number>, key: string, n: number) => {
        map[key] = Math.round(((map[key] ?? 0) + n) * 100) / 100;
        if (map[key] === 0) delete map[key];
      };
      for (const unitId of units) {
        const mine = payloads.filter((x) => x.p.unitId === unitId && x.p.periodId === periodId);
        const moves = payloads.filter(
          (x) => x.name === 'org-unit.upserted' && x.p.unitId === unitId && which === 'this' && (x.p.effectiveOn === null || (x.p.effectiveOn as string) <= window.windowEnd),
        );
        const move = latest(moves.map((m) => ({ ...m })));
        const place = move ? (move.p as unknown as Place) : (initial.get(unitId) as Place);
        const expected = (place.expectedFrom === null || place.expectedFrom <= window.windowStart) && (place.closedOn === null || place.closedOn > window.windowEnd);
        const status = latest(mine.filter((x) => ['report.submitted', 'report.returned', 'report.reviewed', 'report.approved'].includes(x.name)));
        const submission = latest(mine.filter((x) => x.name === 'report.submitted'));
        const scored = latest(mine.filter((x) => ['report.submitted', 'report.approved', 'score.reviewed'].includes(x.name)));
        const criteriaOf = latest(mine.filter((x) => ['report.submitted', 'score.reviewed'].includes(x.name)));
        const statusName = status && ({ 'report.submitted': 'SUBMITTED', 'report.returned': 'RETURNED', 'report.reviewed': 'REVIEWED', 'report.approved': 'APPROVED' } as Record<string, string>)[status.name];
        if (!expected && !statusName) continue;
        const counts: Record<string, number> = {};
        const figures: Record<string, number> = {};
        for (const { id } of activities.filter((a) => a.unitId === unitId)) {
          const last = latest(payloads.filter((x) => x.p.activityId === id));
          if (!last || last.name === 'activity.deleted') continue;
          const a = last.p as unknown as { kind: string; occurredOn: string; figures: Record<string, number> };
          if (a.occurredOn < window.windowStart || a.occurredOn > window.windowEnd) continue;
          add(counts, a.kind, 1);
          for (const [name, v] of Object.entries(a.figures)) add(figures, `${a.kind}.${name}`, v);
        }
        const submitted = statusName !== undefined && statusName !== 'RETURNED';
        const late = submission ? (submission.p as unknown as { late: boolean }).late : null;
        const s = scored?.p as unknown as { scoreTotal: number; band: Band } | undefined;
        const crit = (criteriaOf?.p as unknown as { criteria: Record<string, number> } | undefined)?.criteria ?? {};
        for (const [dimension, value] of [['PROVINCE', ''], ['BLOC', place.blocId], ['UNIT_TYPE', place.unitType]]) {
          const key = `${dimension}|${value}`;
          const c: TruthCell = cells.get(key) ?? {
            dimension, value, units: 0, units_expected: 0, units_submitted: 0, units_on_time: 0, units_late: 0, units_approved: 0,
            units_returned: 0, score_count: 0, score_sum: 0, score_histogram: Array(10).fill(0), band_counts: {}, criterion_sums: {},
            criterion_counts: {}, activity_counts: {}, figure_sums: {}, units_with_kind: {},
          };
          c.units += 1;
          c.units_expected += Number(expected);
          c.units_submitted += Number(submitted);
          c.units_on_time += Number(submitted && late === false);
          c.units_late += Number(submitted && late === true);
          c.units_approved += Number(statusName === 'APPROVED');
          c.units_returned += Number(statusName === 'RETURNED');
          if (s) {
            c.score_count += 1;
            c.score_sum = Math.round((c.score_sum + s.scoreTotal) * 100) / 100;
            c.score_histogram[Math.min(9, Math.floor(s.scoreTotal / 10))] += 1;
            add(c.band_counts, s.band, 1);
          }
          for (const [code, points] of Object.entries(crit)) {
            add(c.criterion_sums, code, points);
            add(c.criterion_counts, code, 1);
          }
          for (const [kind, n] of Object.entries(counts)) {
            add(c.activity_counts, kind, n);
            add(c.units_with_kind, kind, 1);
          }
          for (const [name, v] of Object.entries(figures)) {
            add(c.figure_sums, name, v);
            add(c.units_with_kind, name, 1); // a unit with a non-zero figure (figures holds no zero)
          }
          cells.set(key, c);
        }
      }
      return [...cells.values()].sort((a, b) => (`${a.dimension}|${a.value}` < `${b.dimension}|${b.value}` ? -1 : 1));
    };
    const rounded = (rows: object[]) =>
      (rows as Record<string, unknown>[]).map((r) => ({
        ...r,
        score_sum: Math.round(Number(r.score_sum) * 100) / 100,
        criterion_sums: Object.fromEntries(Object.entries(r.criterion_sums as Record<string, number>).map(([k, v]) => [k, Math.round(v * 100) / 100])),
      }));
    expect(rounded(incremental.this)).toEqual(rounded(truth('this')));
    expect(rounded(incremental.last)).toEqual(rounded(truth('last')));
  });

  it('refuses an event whose tenant does not exist, changing nothing', async () => {
    const event = { ...envelope('report.reviewed', { reportId: randomUUID(), unitId: randomUUID(), periodId: periods.this, reviewedAt: '2026-12-01T00:00:00Z' }, '2026-12-01T00:00:00Z'), tenantId: randomUUID() };
    await expect(service.apply(event)).rejects.toThrow(/Không tìm thấy tỉnh/);
  });
});

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Band } from '@qcdc/shared/contracts';
import { TenantDb } from '@qcdc/shared/db';
import { EnvelopeFor, EventEnvelope, EventPayload } from '@qcdc/shared/events';
import { summariseSubmissions } from '@qcdc/rollups/domain';
import {
  ProvinceFixture,
  createPeriod,
  createProvince,
  ownerClient,
  provinceRollupRow,
  tenantDbFor,
} from '@qcdc/shared/testing';
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

describe('RollupService', () => {
  let owner: Client;
  let db: TenantDb;
  let close: () => Promise<void>;
  let service: RollupService;
  let province: ProvinceFixture;
  let periodId: string;

  beforeAll(async () => {
    owner = await ownerClient();
    ({ db, close } = await tenantDbFor('rollups'));
    service = new RollupService(db, new RollupRepository());
    province = await createProvince(owner, { units: 12 });
    periodId = await createPeriod(owner, province.tenantId);
  });

  afterAll(async () => {
    await close();
    await owner.end();
  });

  const envelope = <N extends 'org-unit.upserted' | 'report.submitted'>(name: N, payload: EventPayload<N>) =>
    ({
      eventId: randomUUID(),
      name,
      version: 1,
      tenantId: province.tenantId,
      occurredAt: new Date(Date.UTC(2026, 11, 1)).toISOString(),
      payload,
    }) as EventEnvelope<N> as EnvelopeFor<'rollups'>;

  const unitEvent = (unitId: string, i: number, dates: { expectedFrom?: string | null; closedOn?: string | null } = {}) =>
    envelope('org-unit.upserted', {
      unitId,
      code: `DV${i}`,
      name: `Đơn vị ${i}`,
      kind: 'UNIT',
      unitType: 'AGENCY',
      blocId: province.blocId,
      blocName: 'Khối',
      expectedFrom: dates.expectedFrom ?? null,
      closedOn: dates.closedOn ?? null,
    });

  it('equals a ground truth computed independently, after events in random order, some delivered twice', async () => {
    const random = prng(20261128);
    const bands: Band[] = ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'];
    const submissions = province.unitIds.slice(0, 9).map((unitId, i) => {
      const band = bands[Math.floor(random() * 4)];
      const scoreTotal = { TOT: 95, KHA: 80, TRUNG_BINH: 60, YEU: 30 }[band] + Math.floor(random() * 5);
      return envelope('report.submitted', {
        reportId: unitId,
        unitId,
        periodId,
        submittedAt: new Date(Date.UTC(2026, 11, 1 + i)).toISOString(),
        late: random() < 0.3,
        scoreTotal,
        band,
        snapshotId: null,
        number: 1,
        renderJobId: null,
      });
    });
    const jobs = [...province.unitIds.map((unitId, i) => unitEvent(unitId, i)), ...submissions];
    const deliveries = [...jobs, ...jobs.filter(() => random() < 0.4)].sort(() => random() - 0.5);

    const outcomes = [];
    for (const job of deliveries) outcomes.push(await service.apply(job));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(jobs.length);

    const truth = summariseSubmissions(
      province.unitIds.length,
      submissions.map((s) => s.payload as EventPayload<'report.submitted'>),
    );
    expect(await provinceRollupRow(owner, province.tenantId, periodId)).toEqual(truth);
  });

  it('keeps the latest submission of a unit when an older one arrives last', async () => {
    const unitId = province.unitIds[10];
    const base = { reportId: unitId, unitId, periodId, late: false, snapshotId: null, number: 1, renderJobId: null };
    await service.apply(envelope('report.submitted', { ...base, submittedAt: '2026-12-10T00:00:00Z', scoreTotal: 91, band: 'TOT' }));
    await service.apply(envelope('report.submitted', { ...base, submittedAt: '2026-12-01T00:00:00Z', scoreTotal: 40, band: 'YEU' }));
    const { rows } = await owner.query(
      `SELECT score_total::float AS score FROM rollups.unit_period_status WHERE tenant_id = $1 AND unit_id = $2`,
      [province.tenantId, unitId],
    );
    expect(rows).toEqual([{ score: 91 }]);
  });

  it("counts as expected only the units whose dates span the period's window (15/12/2025 to 14/12/2026)", async () => {
    const unitId = province.unitIds[11];
    const expected = async () => ((await provinceRollupRow(owner, province.tenantId, periodId)) as { unitsExpected: number }).unitsExpected;
    const cases: [{ expectedFrom?: string; closedOn?: string }, number][] = [
      // Opened in the middle of the period: not expected for it...
      [{ expectedFrom: '2026-06-01' }, 11],
      // ...unless the admin moves the day it is expected from back to the window's start.
      [{ expectedFrom: '2025-12-15' }, 12],
      [{ expectedFrom: '2025-12-16' }, 11],
      // Closed before the window ends: not expected; closed after: expected.
      [{ closedOn: '2026-12-14' }, 11],
      [{ closedOn: '2026-12-15' }, 12],
      [{}, 12],
    ];
    for (const [dates, count] of cases) {
      await service.apply(unitEvent(unitId, 11, dates));
      expect({ dates, expected: await expected() }).toEqual({ dates, expected: count });
    }
  });

  it('refuses an event whose tenant does not exist, changing nothing', async () => {
    const event = { ...unitEvent(province.unitIds[0], 99), tenantId: randomUUID() };
    await expect(service.apply(event)).rejects.toThrow(/Không tìm thấy tỉnh/);
  });
});

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  buildProvinceScenario,
  ownerClient,
  testYear,
  waitForRollups,
} from '@qcdc/shared/testing';

interface Entry {
  id: string;
  occurredAt: string;
  actor: { userId: string; role: string | null; orgUnitId: string | null };
  action: string;
  objectType: string;
  objectId: string;
  changes: { field: string; before: string | null; after: string | null }[];
  requestId: string | null;
}
interface Page {
  total: number;
  size: number;
  offset: number;
  entries: Entry[];
}

const AUDIT_LOG = `query($filter: AuditLogFilter, $page: AuditLogPageInput) {
  auditLog(filter: $filter, page: $page) {
    total size offset
    entries { id occurredAt actor { userId role orgUnitId } action objectType objectId changes { field before after } requestId }
  }
}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The audit log through the gateway: a change made by one person lands in their province's log with who,
 * under which membership, what, the object, the changed fields and the request id; only that province's
 * admin reads it; the platform admin reads the provinces' lifecycle.
 */
describe('the audit log through the gateway', () => {
  const client = new GatewayClient();
  let owner: Client;
  let platform: string;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  let reporterId: string;
  let briefingId: string;
  const requestId = `e2e-audit-${randomUUID()}`;

  const log = (token: string, filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}) =>
    client.request<{ auditLog: Page }>(AUDIT_LOG, { filter, page }, token);
  const logOk = async (token: string, filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}) => {
    const result = await log(token, filter, page);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.auditLog;
  };
  const codeOf = (r: GraphQLResult<unknown>) => r.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    owner = await ownerClient();
    platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    [a, b] = [await buildProvinceScenario(client, platform), await buildProvinceScenario(client, platform)];
    const { me } = await client.ok<{ me: { userId: string } }>(`{ me { userId } }`, {}, a.tokens.reporters[0]);
    reporterId = me.userId;
    const { recordActivity } = await client.ok<{ recordActivity: { id: string } }>(
      `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
      {
        input: {
          unitId: a.unitIds[0],
          kind: 'BRIEFING',
          occurredOn: `${testYear()}-01-15`,
          facts: { topic: 'Quán triệt Luật Thực hiện dân chủ ở cơ sở', present: 15, eligible: 16 },
        },
      },
      a.tokens.reporters[0],
      { 'x-request-id': requestId },
    );
    briefingId = recordActivity.id;
    await waitForRollups(owner, a.provinceId);
  });

  afterAll(() => owner.end());

  it('shows the province admin who did what to which object, under which membership, with the request id', async () => {
    const page = await logOk(a.tokens.admin, { objectType: 'activity', objectId: briefingId });
    expect(page.total).toBe(1);
    expect(page.entries[0]).toEqual({
      id: expect.stringMatching(UUID),
      occurredAt: expect.any(String),
      actor: { userId: reporterId, role: 'UNIT_REPORTER', orgUnitId: a.unitIds[0] },
      action: 'activity.record',
      objectType: 'activity',
      objectId: briefingId,
      changes: expect.arrayContaining([
        { field: 'facts.topic', before: null, after: JSON.stringify('Quán triệt Luật Thực hiện dân chủ ở cơ sở') },
        { field: 'facts.present', before: null, after: '15' },
        { field: 'facts.eligible', before: null, after: '16' },
        { field: 'kind', before: null, after: JSON.stringify('BRIEFING') },
        { field: 'unitId', before: null, after: JSON.stringify(a.unitIds[0]) },
      ]),
      requestId,
    });
  });

  it('keeps only the changed fields of a change, before and after', async () => {
    const save = (points: number, expectedVersion: number) =>
      client.ok(
        `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { id } }`,
        {
          input: {
            unitId: a.unitIds[1],
            periodId: a.periodId,
            scores: a.criteria.map((c, i) => ({ criterionId: c.id, points: i === 0 ? points : c.maxPoints })),
            expectedVersion,
          },
        },
        a.tokens.reporters[1],
      );
    await save(a.criteria[0].maxPoints, 0);
    await save(0, 1);
    await waitForRollups(owner, a.provinceId);
    const page = await logOk(a.tokens.admin, { objectType: 'self-assessment' });
    expect(page.entries.map((e) => e.action)).toEqual(['self-assessment.save', 'self-assessment.save']);
    const [second, first] = page.entries;
    const max = a.criteria[0].maxPoints;
    // One criterion of forty changed: the entry names it, the total, and the band if it moved; nothing else.
    expect(second.changes.filter((c) => c.field !== 'band')).toEqual([
      { field: 'total', before: '100', after: String(100 - max) },
      { field: `scores.${a.criteria[0].id}.points`, before: String(max), after: '0' },
    ]);
    expect(first.changes.find((c) => c.field === 'total')).toEqual({ field: 'total', before: null, after: '100' });
    expect(first.requestId).toMatch(UUID); // no x-request-id came: the subgraph made one
  });

  it('filters by person, object and date range, and pages', async () => {
    const byReporter = await logOk(a.tokens.admin, { userId: reporterId });
    expect(byReporter.total).toBeGreaterThanOrEqual(2); // the sign-in and the briefing
    expect(byReporter.entries.every((e) => e.actor.userId === reporterId)).toBe(true);
    expect(byReporter.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['session.sign-in', 'activity.record']));

    const units = await logOk(a.tokens.admin, { objectType: 'org-unit' });
    expect(units.entries.map((e) => e.objectId).sort()).toEqual([a.blocId, ...a.unitIds].sort());

    const all = await logOk(a.tokens.admin, {}, { size: 100 });
    const day = (shift: number) => new Date(Date.parse(all.entries[0].occurredAt) + (7 * 3600 + shift * 86400) * 1000).toISOString().slice(0, 10);
    expect((await logOk(a.tokens.admin, { from: day(-1), to: day(1) }, { size: 100 })).total).toBe(all.total);
    expect((await logOk(a.tokens.admin, { from: '2001-01-01', to: '2001-12-31' })).total).toBe(0);
    expect((await logOk(a.tokens.admin, { from: day(1) })).total).toBe(0);

    const first = await logOk(a.tokens.admin, {}, { size: 3, offset: 0 });
    const second = await logOk(a.tokens.admin, {}, { size: 3, offset: 3 });
    expect([first.size, first.offset, second.offset, first.total]).toEqual([3, 0, 3, all.total]);
    expect(first.entries.map((e) => e.id)).toEqual(all.entries.slice(0, 3).map((e) => e.id));
    expect(second.entries.map((e) => e.id)).toEqual(all.entries.slice(3, 6).map((e) => e.id));
  });

  it('answers NOT_FOUND, naming the field, for an id that is not one', async () => {
    const result = await log(a.tokens.admin, { userId: 'not-a-uuid' }, {});
    expect({ code: codeOf(result), field: result.errors?.[0]?.extensions?.field }).toEqual({ code: 'NOT_FOUND', field: 'userId' });
  });

  it('refuses bad filters and pages with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
      [{}, { size: 0 }, 'size'],
      [{}, { size: 101 }, 'size'],
      [{}, { offset: -1 }, 'offset'],
      [{ from: '2026-02-30' }, {}, 'from'],
      [{ from: '2026-05-02', to: '2026-05-01' }, {}, 'to'],
      [{ objectType: 'password' }, {}, 'objectType'],
    ];
    for (const [filter, page, field] of cases) {
      const result = await log(a.tokens.admin, filter, page);
      expect({ filter, page, code: codeOf(result), field: result.errors?.[0]?.extensions?.field }).toEqual({
        filter,
        page,
        code: 'BAD_USER_INPUT',
        field,
      });
    }
  });

  it('is not readable by another province’s admin, a unit reporter, a bloc reviewer or a committee member', async () => {
    const other = await logOk(b.tokens.admin, { objectId: briefingId });
    expect(other.total).toBe(0);
    expect((await logOk(b.tokens.admin, { userId: reporterId })).total).toBe(0);
    for (const token of [a.tokens.reporters[0], a.tokens.blocReviewer, a.tokens.committee]) {
      const result = await log(token, { objectId: briefingId });
      expect({ data: result.data, code: codeOf(result) }).toEqual({ data: null, code: 'FORBIDDEN' });
    }
  });

  it('shows the platform admin the provinces’ lifecycle, and keeps it out of the provinces’ logs', async () => {
    for (const mutation of ['suspendProvince', 'reactivateProvince']) {
      await client.ok(`mutation($id: ID!) { ${mutation}(id: $id) { status } }`, { id: b.provinceId }, platform, {
        'x-request-id': `${requestId}-${mutation}`,
      });
    }
    const { rows } = await owner.query(`SELECT id FROM tenancy.tenants WHERE kind = 'PLATFORM'`);
    await waitForRollups(owner, rows[0].id);
    const lifecycle = await logOk(platform, { objectType: 'province', objectId: b.provinceId });
    expect(lifecycle.entries.map((e) => [e.action, e.changes, e.requestId])).toEqual([
      ['province.reactivate', [{ field: 'status', before: '"SUSPENDED"', after: '"ACTIVE"' }], `${requestId}-reactivateProvince`],
      ['province.suspend', [{ field: 'status', before: '"ACTIVE"', after: '"SUSPENDED"' }], `${requestId}-suspendProvince`],
      ['province.create', expect.arrayContaining([{ field: 'code', before: null, after: JSON.stringify(b.code) }]), expect.stringMatching(UUID)],
    ]);
    expect(lifecycle.entries[0].actor).toEqual({ userId: expect.stringMatching(UUID), role: 'PLATFORM_ADMIN', orgUnitId: null });
    expect((await logOk(b.tokens.admin, { objectType: 'province' })).total).toBe(0);
  });
});

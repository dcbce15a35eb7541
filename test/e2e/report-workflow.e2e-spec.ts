import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  GraphQLResult,
  ProvinceScenario,
  buildProvinceScenario,
  completeReportDraft,
  ownerClient,
  testYear,
} from '@qcdc/shared/testing';

const REPORT_FIELDS = 'id status version late submittedAt returnReason allowedActions prose snapshots { number contentHash late }';
const PREVIEW = `query($u: ID!, $p: ID!, $d: ReportDraftInput) {
  reportPreview(unitId: $u, periodId: $p, draft: $d) { report { id version status } contentHash document problems { severity reason ref message } } }`;
const SAVE = `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { ${REPORT_FIELDS} } }`;
const REVIEW = `mutation($input: ReportTransitionInput!) { reviewReport(input: $input) { ${REPORT_FIELDS} } }`;
const APPROVE = `mutation($input: ReportTransitionInput!) { approveReport(input: $input) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation($input: ReturnReportInput!) { returnReport(input: $input) { ${REPORT_FIELDS} } }`;
const REPORT = `query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) {
  ${REPORT_FIELDS} history { action fromStatus toStatus reason snapshotNumber } } }`;
const DIFF = `query($r: ID!, $from: Int!, $to: Int!) { reportDiff(reportId: $r, from: $from, to: $to) { lines { section change before after } } }`;
const QUEUE = `query($p: ID!, $s: [ReportStatus!]) { reviewQueue(periodId: $p, statuses: $s) { unitCode report { id status } } }`;

interface ReportView {
  id: string;
  status: string;
  version: number;
  late: boolean | null;
  returnReason: string | null;
  allowedActions: string[];
  prose: Record<string, string>;
  snapshots: { number: number; contentHash: string; late: boolean }[];
  history?: { action: string; fromStatus: string; toStatus: string; reason: string | null; snapshotNumber: number | null }[];
}

/**
 * The report workflow through the gateway: the reporter prepares, the head signs and submits, the bloc
 * reviews, approves or returns with a reason, the head resubmits; snapshots freeze each version.
 */
describe('the report workflow', () => {
  const client = new GatewayClient();
  let owner: Client;
  let a: ProvinceScenario;
  let b: ProvinceScenario;

  const errorOf = (r: GraphQLResult<unknown>) => {
    const e = r.errors?.[0];
    return { code: e?.extensions?.['code'], reason: e?.extensions?.['reason'], field: e?.extensions?.['field'] };
  };
  const score = async (p: ProvinceScenario, i: number, blank: string[] = []) =>
    client.ok(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
      {
        input: {
          unitId: p.unitIds[i],
          periodId: p.periodId,
          expectedVersion: 0,
          scores: p.criteria.filter((c) => !blank.includes(c.code)).map((c) => ({ criterionId: c.id, points: c.maxPoints })),
        },
      },
      p.tokens.reporters[i],
    );
  const count = async (sql: string, params: unknown[]) => (await owner.query(sql, params)).rows[0].n as number;
  const snapshotsOf = (p: ProvinceScenario) => count(`SELECT count(*)::int AS n FROM reports.report_snapshots WHERE tenant_id = $1`, [p.provinceId]);
  const eventsOf = (p: ProvinceScenario, topic: string) =>
    count(`SELECT count(*)::int AS n FROM reports.outbox WHERE tenant_id = $1 AND topic = $2`, [p.provinceId, topic]);

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform, { units: 3 });
    // Province B's period was due before today: its submissions are late.
    b = await buildProvinceScenario(client, platform, { dueOn: `${testYear() - 1}-12-20` });
    await Promise.all([score(a, 0, ['1.1']), score(a, 1), score(a, 2), score(b, 0)]);
  });

  afterAll(() => owner.end());

  it('lists what blocks a submission, refuses the reporter and an incomplete report, and writes nothing', async () => {
    const { reportPreview } = await client.ok<{ reportPreview: { report: null; problems: { severity: string; reason: string; ref: string }[] } }>(
      PREVIEW,
      { u: a.unitIds[0], p: a.periodId },
      a.tokens.reporters[0],
    );
    expect(reportPreview.report).toBeNull();
    const blocking = reportPreview.problems.filter((p) => p.severity === 'BLOCKING').map((p) => `${p.reason} ${p.ref}`);
    expect(blocking).toEqual(expect.arrayContaining(['CRITERION_BLANK 1.1', 'SECTION_EMPTY I', 'HEADER_INCOMPLETE header.signature.name']));

    const byReporter = await client.request(SUBMIT, { input: { unitId: a.unitIds[0], periodId: a.periodId } }, a.tokens.reporters[0]);
    expect(errorOf(byReporter).code).toBe('FORBIDDEN');
    const incomplete = await client.request(SUBMIT, { input: { unitId: a.unitIds[0], periodId: a.periodId } }, a.tokens.heads[0]);
    expect(errorOf(incomplete)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SUBMISSION_INCOMPLETE' });
    expect(incomplete.errors?.[0]?.message).toMatch(/Tiêu chí 1\.1/);
    expect(await snapshotsOf(a)).toBe(0);
    expect(await eventsOf(a, 'report.submitted')).toBe(0);
  });

  it('keeps the draft with optimistic versions; the preview applies unsaved edits', async () => {
    const [unitId, periodId, token] = [a.unitIds[1], a.periodId, a.tokens.reporters[1]];
    const version = await completeReportDraft(client, token, unitId, periodId, { II: 'Cấp ủy đã lãnh đạo triển khai Luật số 10/2022/QH15.' });
    const stale = await client.request(SAVE, { input: { unitId, periodId, expectedVersion: version - 1, prose: { II: 'Bản cũ' } } }, token);
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH' });
    const unknown = await client.request(SAVE, { input: { unitId, periodId, expectedVersion: version, prose: { 'Z.9': 'x' } } }, token);
    expect(errorOf(unknown)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prose' });

    const { reportPreview } = await client.ok<{ reportPreview: { document: { body: { text?: string }[] }; problems: unknown[] } }>(
      PREVIEW,
      { u: unitId, p: periodId, d: { prose: { II: 'Đoạn chưa lưu về vai trò của cấp ủy.' } } },
      token,
    );
    expect(JSON.stringify(reportPreview.document)).toContain('Đoạn chưa lưu về vai trò của cấp ủy.');
    expect(reportPreview.problems).toEqual([]);
    const { report } = await client.ok<{ report: ReportView }>(REPORT, { u: unitId, p: periodId }, token);
    expect(report.prose['II']).toBe('Cấp ủy đã lãnh đạo triển khai Luật số 10/2022/QH15.');
    expect(report.allowedActions).toEqual([]);
  });

  it('submits once from two tabs at once, freezes a snapshot, and refuses edits after', async () => {
    const [unitId, periodId] = [a.unitIds[1], a.periodId];
    const both = await Promise.all([
      client.ok<{ submitReport: ReportView }>(SUBMIT, { input: { unitId, periodId } }, a.tokens.heads[1]),
      client.ok<{ submitReport: ReportView }>(SUBMIT, { input: { unitId, periodId } }, a.tokens.heads[1]),
    ]);
    expect(both.map((r) => r.submitReport.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    expect(both[0].submitReport.snapshots).toHaveLength(1);
    expect(both[0].submitReport.snapshots[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(both[0].submitReport.late).toBe(false);
    expect(await snapshotsOf(a)).toBe(1);
    expect(await eventsOf(a, 'report.submitted')).toBe(1);

    const edit = await client.request(SAVE, { input: { unitId, periodId, expectedVersion: both[0].submitReport.version, prose: { II: 'Sửa sau khi gửi' } } }, a.tokens.reporters[1]);
    expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_FROZEN' });
  });

  it('keeps a snapshot immutable, whoever asks', async () => {
    const update = owner.query(`UPDATE reports.report_snapshots SET content_hash = repeat('0', 64) WHERE tenant_id = $1`, [a.provinceId]);
    await expect(update).rejects.toThrow(/append-only/);
    const remove = owner.query(`DELETE FROM reports.report_snapshots WHERE tenant_id = $1`, [a.provinceId]);
    await expect(remove).rejects.toThrow(/append-only/);
    const history = owner.query(`DELETE FROM reports.report_history WHERE tenant_id = $1`, [a.provinceId]);
    await expect(history).rejects.toThrow(/append-only/);
  });

  it('returns only with a reason, by the reviewers only; the unit corrects and resubmits; the versions compare', async () => {
    const [unitId, periodId] = [a.unitIds[1], a.periodId];
    const { report } = await client.ok<{ report: ReportView }>(REPORT, { u: unitId, p: periodId }, a.tokens.blocReviewer);
    expect(report.allowedActions).toEqual(['REVIEW', 'RETURN']);

    const blank = await client.request(RETURN, { input: { reportId: report.id, reason: '   ' } }, a.tokens.blocReviewer);
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED' });
    const byHead = await client.request(RETURN, { input: { reportId: report.id, reason: 'Tự trả' } }, a.tokens.heads[1]);
    expect(errorOf(byHead).code).toBe('FORBIDDEN');
    const otherProvince = await client.request(RETURN, { input: { reportId: report.id, reason: 'Không phải tỉnh mình' } }, b.tokens.committee);
    expect(errorOf(otherProvince).code).toBe('NOT_FOUND');
    expect(await eventsOf(a, 'report.returned')).toBe(0);

    const reason = 'Mục II chưa nêu số cuộc triển khai; vui lòng bổ sung.';
    const { returnReport } = await client.ok<{ returnReport: ReportView }>(RETURN, { input: { reportId: report.id, reason } }, a.tokens.blocReviewer);
    expect(returnReport).toMatchObject({ status: 'RETURNED', returnReason: reason });
    expect(await eventsOf(a, 'report.returned')).toBe(1);

    await completeReportDraft(client, a.tokens.reporters[1], unitId, periodId, { II: 'Cấp ủy đã lãnh đạo triển khai Luật số 10/2022/QH15: 02 cuộc có 30/32 đ/c dự.' });
    const { submitReport } = await client.ok<{ submitReport: ReportView }>(SUBMIT, { input: { unitId, periodId } }, a.tokens.heads[1]);
    expect(submitReport.status).toBe('SUBMITTED');
    expect(submitReport.snapshots.map((s) => s.number)).toEqual([2, 1]);
    expect(submitReport.snapshots[0].contentHash).not.toBe(submitReport.snapshots[1].contentHash);

    const { reportDiff } = await client.ok<{ reportDiff: { lines: { section: string; change: string; before: string; after: string }[] } }>(
      DIFF,
      { r: report.id, from: 1, to: 2 },
      a.tokens.blocReviewer,
    );
    expect(reportDiff.lines.filter((l) => l.change !== 'SAME')).toEqual([
      {
        section: 'II/- Kết quả thực hiện',
        change: 'CHANGED',
        before: 'Cấp ủy đã lãnh đạo triển khai Luật số 10/2022/QH15.',
        after: 'Cấp ủy đã lãnh đạo triển khai Luật số 10/2022/QH15: 02 cuộc có 30/32 đ/c dự.',
      },
    ]);
    const missing = await client.request(DIFF, { r: report.id, from: 1, to: 3 }, a.tokens.blocReviewer);
    expect(errorOf(missing)).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
  });

  it('the bloc reviews then approves; an approved report cannot change or go back', async () => {
    const [unitId, periodId] = [a.unitIds[1], a.periodId];
    const { report } = await client.ok<{ report: ReportView }>(REPORT, { u: unitId, p: periodId }, a.tokens.blocReviewer);
    const early = await client.request(APPROVE, { input: { reportId: report.id } }, a.tokens.blocReviewer);
    expect(errorOf(early).code).toBe('FORBIDDEN');
    await client.ok(REVIEW, { input: { reportId: report.id } }, a.tokens.blocReviewer);
    const { approveReport } = await client.ok<{ approveReport: ReportView }>(APPROVE, { input: { reportId: report.id } }, a.tokens.blocReviewer);
    expect(approveReport.status).toBe('APPROVED');
    expect(approveReport.allowedActions).toEqual([]);

    const back = await client.request(RETURN, { input: { reportId: report.id, reason: 'Xem lại' } }, a.tokens.committee);
    expect(errorOf(back)).toMatchObject({ code: 'CONFLICT', reason: 'TRANSITION_NOT_ALLOWED' });
    const edit = await client.request(SAVE, { input: { unitId, periodId, expectedVersion: approveReport.version, prose: { II: 'x' } } }, a.tokens.reporters[1]);
    expect(errorOf(edit)).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_FROZEN' });
    expect(edit.errors?.[0]?.message).toMatch(/đã được duyệt/);

    const { report: after } = await client.ok<{ report: ReportView }>(REPORT, { u: unitId, p: periodId }, a.tokens.heads[1]);
    expect(after.history?.map((h) => `${h.action} ${h.fromStatus}→${h.toStatus} ${h.snapshotNumber}`)).toEqual([
      'SUBMIT DRAFT→SUBMITTED 1',
      'RETURN SUBMITTED→RETURNED 1',
      'RESUBMIT RETURNED→SUBMITTED 2',
      'REVIEW SUBMITTED→REVIEWED 2',
      'APPROVE REVIEWED→APPROVED 2',
    ]);
    expect(after.history?.[1].reason).toMatch(/Mục II/);
    for (const topic of ['report.reviewed', 'report.approved']) expect(await eventsOf(a, topic)).toBe(1);
  });

  it('the committee approves a submitted report directly; the queues show each reviewer its own units', async () => {
    const [unitId, periodId] = [a.unitIds[2], a.periodId];
    await completeReportDraft(client, a.tokens.reporters[2], unitId, periodId);
    const { submitReport } = await client.ok<{ submitReport: ReportView }>(SUBMIT, { input: { unitId, periodId } }, a.tokens.heads[2]);

    const queueOf = async (p: ProvinceScenario, token: string) =>
      (await client.ok<{ reviewQueue: { unitCode: string; report: { status: string } }[] }>(QUEUE, { p: p.periodId, s: null }, token)).reviewQueue;
    expect((await queueOf(a, a.tokens.blocReviewer)).map((q) => q.unitCode)).toEqual(['DV-3']);
    expect((await queueOf(a, a.tokens.committee)).map((q) => q.unitCode)).toEqual(['DV-3']);
    expect(errorOf(await client.request(QUEUE, { p: a.periodId }, a.tokens.reporters[0])).code).toBe('FORBIDDEN');
    expect(errorOf(await client.request(QUEUE, { p: a.periodId }, b.tokens.committee)).code).toBe('NOT_FOUND');

    const { approveReport } = await client.ok<{ approveReport: ReportView }>(APPROVE, { input: { reportId: submitReport.id } }, a.tokens.committee);
    expect(approveReport.status).toBe('APPROVED');
    expect(await queueOf(a, a.tokens.committee)).toEqual([]);
  });

  it('marks a submission after the due date late, and refuses one after the period closed', async () => {
    await completeReportDraft(client, b.tokens.reporters[0], b.unitIds[0], b.periodId);
    await owner.query(`UPDATE reports.reporting_periods SET status = 'CLOSED' WHERE tenant_id = $1 AND id = $2`, [b.provinceId, b.periodId]);
    try {
      const closed = await client.request(SUBMIT, { input: { unitId: b.unitIds[0], periodId: b.periodId } }, b.tokens.heads[0]);
      expect(errorOf(closed)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PERIOD_CLOSED' });
      expect(await snapshotsOf(b)).toBe(0);
    } finally {
      await owner.query(`UPDATE reports.reporting_periods SET status = 'OPEN' WHERE tenant_id = $1 AND id = $2`, [b.provinceId, b.periodId]);
    }
    const { submitReport } = await client.ok<{ submitReport: ReportView }>(SUBMIT, { input: { unitId: b.unitIds[0], periodId: b.periodId } }, b.tokens.heads[0]);
    expect(submitReport).toMatchObject({ status: 'SUBMITTED', late: true });
    expect(submitReport.snapshots[0].late).toBe(true);
  });

  it('never shows a report across provinces', async () => {
    const preview = await client.request(PREVIEW, { u: a.unitIds[0], p: a.periodId }, b.tokens.committee);
    expect(errorOf(preview).code).toBe('NOT_FOUND');
    const report = await client.request(REPORT, { u: a.unitIds[1], p: a.periodId }, b.tokens.reporters[0]);
    expect(errorOf(report).code).toBe('NOT_FOUND');
    const sibling = await client.request(REPORT, { u: a.unitIds[1], p: a.periodId }, a.tokens.reporters[0]);
    expect(errorOf(sibling).code).toBe('FORBIDDEN');
  });
});

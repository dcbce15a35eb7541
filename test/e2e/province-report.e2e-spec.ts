import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  GatewayClient,
  TwoProvinces,
  buildTwoProvinces,
  docxText,
  downloadEvidence,
  ownerClient,
  pdfText,
  submitUnitReport,
  waitForRollups,
} from '@qcdc/shared/testing';

const FIGURES = `unitsExpected unitsSubmitted unitsOnTime unitsApproved submittedPercent onTimePercent approvedPercent averageScore
  bands { band count } activityCounts notSubmitted { unitId code name blocName }`;
const PROVINCE_REPORT = `query($p: ID!) { provinceReport(periodId: $p) { periodId prose version header { format issuer place issuedOn subject recipients signature { mode title name } }
  figures { ${FIGURES} } template { name sections { key number title proseRequired } } latestRenderJob { id status } } }`;
const SAVE = `mutation($input: SaveProvinceReportInput!) { saveProvinceReport(input: $input) { version prose header { issuer subject signature { name } } } }`;
const RENDER = `mutation($p: ID!) { requestProvinceReportRender(periodId: $p) { id status progress files { id } } }`;
const RENDER_JOB = `query($id: ID!) { renderJob(id: $id) { id status progress stage error finishedAt files { id media fileName sizeBytes url } } }`;

type RenderJobShape = {
  id: string;
  status: string;
  progress: number;
  stage: string | null;
  error: string | null;
  files: { id: string; media: string; fileName: string; sizeBytes: number; url: string }[];
};

/** The answers as read here: the assertions say what they hold. */
type Shape = Record<string, unknown> & { template: { sections: { number: string }[] } };

const squash = (text: string) => text.replace(/\s+/g, ' ');
const header = {
  format: 'PARTY',
  issuerParent: 'TỈNH ỦY',
  issuer: 'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ',
  number: '15-BC/BCĐ',
  place: 'Vĩnh Long',
  issuedOn: '2026-06-30',
  subject: 'Tổng hợp kết quả thực hiện quy chế dân chủ 6 tháng đầu năm 2026',
  recipients: ['Thường trực Tỉnh ủy', 'Lưu VP'],
  signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Lê Thị Thủy' },
};

/**
 * The province's consolidated report through the gateway: the committee reads the figures the roll-ups keep
 * (expected, submitted, on time, approved, the bands, the content groups, the units that did not submit),
 * writes its prose, asks for a render, follows the job to DONE and downloads the DOCX and the PDF, which read
 * back with every figure. Another province's committee finds neither the job nor the files; a unit's
 * reporter may not read the province's report.
 */
describe('the consolidated report of a province', () => {
  const client = new GatewayClient();
  const gateway = new URL('/', client.graphqlUrl).toString();
  let owner: Client;
  let w: TwoProvinces;
  let periodId: string;
  let notSubmitted: { unitId: string; code: string; name: string; blocName: string };
  let job: RenderJobShape;
  const committee = () => w.a.people.committee.accessToken;

  beforeAll(async () => {
    owner = await ownerClient();
    w = await buildTwoProvinces(client, { username: PLATFORM_ADMIN_USERNAME, password: process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD });
    const a = w.a;
    const admin = a.people.admin.accessToken;
    // A period still open for on-time submissions by the tests' clock (20/06/2026), with its year's rubric.
    const { adoptDefaultRubric } = await client.ok<{ adoptDefaultRubric: { criteria: { id: string; maxPoints: number }[] } }>(
      `mutation($year: Int!) { adoptDefaultRubric(year: $year) { criteria { id maxPoints } } }`,
      { year: 2026 },
      admin,
    );
    periodId = (
      await client.ok<{ openReportingPeriod: { id: string } }>(
        `mutation($input: OpenReportingPeriodInput!) { openReportingPeriod(input: $input) { id } }`,
        { input: { year: 2026, kind: 'SIX_MONTH', windowStart: '2025-12-15', windowEnd: '2026-06-14', dueOn: '2026-06-30' } },
        admin,
      )
    ).openReportingPeriod.id;
    const scoresFor = (total: number) => {
      let cut = 100 - total;
      return adoptDefaultRubric.criteria.map((c) => {
        const off = Math.min(c.maxPoints, cut);
        cut -= off;
        return { criterionId: c.id, points: c.maxPoints - off };
      });
    };
    const briefing = (i: number, occurredOn: string) =>
      client.ok(
        `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`,
        { input: { unitId: a.unitIds[i], kind: 'BRIEFING', occurredOn, facts: { topic: 'Quán triệt kế hoạch năm 2026', documents: 'Kế hoạch số 01', present: 10, eligible: 12 } } },
        a.people.reporters[i].accessToken,
      );
    // Two records of units that submit, one of the unit that does not (not counted), one outside the window (not counted).
    await briefing(0, '2026-01-10');
    await briefing(1, '2026-02-10');
    await briefing(3, '2026-01-12');
    await briefing(0, '2026-06-16');
    for (const [i, total] of [[0, 100], [1, 100], [2, 75]] as const) {
      const token = a.people.reporters[i].accessToken;
      await client.ok(`mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`, {
        input: { unitId: a.unitIds[i], periodId, scores: scoresFor(total), expectedVersion: 0 },
      }, token);
      await submitUnitReport(client, { reporter: token, head: a.people.heads[i].accessToken }, a.unitIds[i], periodId);
    }
    // The first unit's report approved by the committee.
    const { report } = await client.ok<{ report: { id: string } }>(`query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) { id } }`, { u: a.unitIds[0], p: periodId }, a.people.committee.accessToken);
    await client.ok(`mutation($input: ReportTransitionInput!) { approveReport(input: $input) { status } }`, { input: { reportId: report.id } }, a.people.committee.accessToken);
    await waitForRollups(owner, a.provinceId);
    const { rows } = await owner.query(`SELECT id, code, name FROM tenancy.org_units WHERE tenant_id = $1 AND id = $2`, [a.provinceId, a.unitIds[3]]);
    const bloc = a.blocs.find((b) => b.unitIds.includes(a.unitIds[3]));
    const { rows: blocs } = await owner.query(`SELECT name FROM tenancy.org_units WHERE tenant_id = $1 AND id = $2`, [a.provinceId, bloc?.id]);
    notSubmitted = { unitId: rows[0].id, code: rows[0].code, name: rows[0].name, blocName: blocs[0].name };
  }, 240_000);

  afterAll(() => owner.end());

  it('shows the committee the figures, the template and a proposed header before anything is saved', async () => {
    const { provinceReport } = await client.ok<{ provinceReport: Shape }>(PROVINCE_REPORT, { p: periodId }, committee());
    expect(provinceReport).toMatchObject({ periodId, prose: {}, version: 0, latestRenderJob: null });
    expect(provinceReport.figures).toEqual({
      unitsExpected: 4,
      unitsSubmitted: 3,
      unitsOnTime: 3,
      unitsApproved: 1,
      submittedPercent: 75,
      onTimePercent: 75,
      approvedPercent: 25,
      averageScore: 91.67,
      bands: [
        { band: 'TOT', count: 2 },
        { band: 'KHA', count: 1 },
        { band: 'TRUNG_BINH', count: 0 },
        { band: 'YEU', count: 0 },
      ],
      activityCounts: { BRIEFING: 2 },
      notSubmitted: [notSubmitted],
    });
    expect(provinceReport.template.sections.map((s) => s.number)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(provinceReport.header).toMatchObject({ format: 'PARTY', issuedOn: '2026-06-30', subject: 'Tổng hợp kết quả thực hiện quy chế dân chủ ở cơ sở 6 tháng đầu năm 2026' });
    // Bloc reviewers and the province admin read it too.
    for (const token of [w.a.people.reviewers[0].accessToken, w.a.people.admin.accessToken]) {
      expect((await client.request(PROVINCE_REPORT, { p: periodId }, token)).errors).toBeUndefined();
    }
  });

  it('saves the committee’s prose and header from the version read, refuses a stale version, and audits the save', async () => {
    const prose = { IV: 'Các đơn vị thực hiện nghiêm túc quy chế dân chủ ở cơ sở.\n- Một đơn vị chưa nộp báo cáo đúng hạn', V: 'Đôn đốc đơn vị chưa nộp; tăng cường kiểm tra, giám sát.' };
    const { saveProvinceReport } = await client.ok<{ saveProvinceReport: Shape }>(SAVE, { input: { periodId, expectedVersion: 0, prose, header } }, committee());
    expect(saveProvinceReport).toMatchObject({ version: 1, prose, header: { issuer: header.issuer, signature: { name: 'Lê Thị Thủy' } } });

    const stale = await client.request(SAVE, { input: { periodId, expectedVersion: 0, prose: { IV: 'x' } } }, committee());
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'VERSION_MISMATCH', currentVersion: 1 });
    const unknown = await client.request(SAVE, { input: { periodId, expectedVersion: 1, prose: { VI: 'x' } } }, committee());
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'prose', reason: 'UNKNOWN_SECTION' });
    // Only the committee writes it.
    for (const token of [w.a.people.admin.accessToken, w.a.people.reviewers[0].accessToken]) {
      expect((await client.request(SAVE, { input: { periodId, expectedVersion: 1, prose: { IV: 'x' } } }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const { provinceReport } = await client.ok<{ provinceReport: Shape }>(PROVINCE_REPORT, { p: periodId }, committee());
    expect(provinceReport).toMatchObject({ version: 1, prose });

    const { rows } = await owner.query(`SELECT payload->>'action' AS action FROM reports.outbox WHERE tenant_id = $1 AND topic = 'audit.recorded' AND payload->>'action' LIKE 'province-report.%'`, [
      w.a.provinceId,
    ]);
    expect(rows).toEqual([{ action: 'province-report.save' }]);
  });

  it('renders the DOCX and the PDF, followed through renderJob until DONE', async () => {
    const { requestProvinceReportRender } = await client.ok<{ requestProvinceReportRender: RenderJobShape }>(RENDER, { p: periodId }, committee());
    expect(['QUEUED', 'RUNNING', 'DONE']).toContain(requestProvinceReportRender.status);
    const deadline = Date.now() + 90_000;
    for (;;) {
      job = (await client.ok<{ renderJob: RenderJobShape }>(RENDER_JOB, { id: requestProvinceReportRender.id }, committee())).renderJob;
      if (job.status === 'DONE' || job.status === 'FAILED' || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toMatchObject({ status: 'DONE', progress: 100, error: null });
    expect(job.files.map((f) => [f.media, f.fileName, f.url])).toEqual([
      ['DOCX', 'bao-cao-tong-hop-6-thang-2026.docx', `/report-files/${job.files[0].id}`],
      ['PDF', 'bao-cao-tong-hop-6-thang-2026.pdf', `/report-files/${job.files[1].id}`],
    ]);
    const { provinceReport } = await client.ok<{ provinceReport: Shape }>(PROVINCE_REPORT, { p: periodId }, committee());
    expect(provinceReport.latestRenderJob).toEqual({ id: job.id, status: 'DONE' });
  }, 120_000);

  it('downloads both through the gateway, and they read back with every figure', async () => {
    const [docx, pdf] = await Promise.all(job.files.map((f) => downloadEvidence(gateway, f.url, committee())));
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="bao-cao-tong-hop-6-thang-2026.docx"; filename*=UTF-8''bao-cao-tong-hop-6-thang-2026.docx`,
    );
    expect(docx.bytes.length).toBe(job.files[0].sizeBytes);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    for (const text of [squash(await docxText(docx.bytes)), squash(await pdfText(pdf.bytes))]) {
      for (const expected of [
        'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ',
        'Tổng hợp kết quả thực hiện quy chế dân chủ 6 tháng đầu năm 2026',
        'Toàn tỉnh có 04 đơn vị phải báo cáo kết quả thực hiện quy chế dân chủ 6 tháng đầu năm 2026; đã nộp 03 đơn vị (75%), nộp đúng hạn 03 đơn vị (75%), đã được duyệt 01 đơn vị (25%).',
        'Phải báo cáo 4 100%',
        'Đã nộp báo cáo 3 75%',
        'Nộp đúng hạn 3 75%',
        'Đã được duyệt 1 25%',
        'Điểm tự chấm bình quân của các đơn vị đã nộp là 91,67 điểm',
        'Tốt 2 66,7%',
        'Khá 1 33,3%',
        'Trung bình 0 0%',
        'Yếu 0 0%',
        'Phổ biến, quán triệt 2',
        'Còn 01 đơn vị chưa nộp báo cáo:',
        `1 ${notSubmitted.code} ${notSubmitted.name} ${notSubmitted.blocName}`,
        'Các đơn vị thực hiện nghiêm túc quy chế dân chủ ở cơ sở.',
        'Đôn đốc đơn vị chưa nộp; tăng cường kiểm tra, giám sát.',
        'Lê Thị Thủy',
      ]) {
        expect(text).toContain(expected);
      }
    }
  });

  it('is not found by another province’s committee, neither the job nor the files', async () => {
    const other = w.b.people.committee.accessToken;
    expect((await client.request(RENDER_JOB, { id: job.id }, other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const file of job.files) {
      const got = await downloadEvidence(gateway, file.url, other);
      expect(got.status).toBe(404);
      expect(JSON.parse(got.bytes.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    // Nor is what is no file id at all.
    const nothing = await downloadEvidence(gateway, '/report-files/khong-phai-ma', committee());
    expect(nothing.status).toBe(404);
    expect(JSON.parse(nothing.bytes.toString()).errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'id' } });
    expect(JSON.parse(nothing.bytes.toString()).errors[0].message).toContain('tệp văn bản');
  });

  it('is not for a unit’s reporter: the report, the job and the files are refused', async () => {
    const reporter = w.a.people.reporters[0].accessToken;
    expect((await client.request(PROVINCE_REPORT, { p: periodId }, reporter)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await client.request(RENDER, { p: periodId }, reporter)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await client.request(RENDER_JOB, { id: job.id }, reporter)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const got = await downloadEvidence(gateway, job.files[1].url, reporter);
    expect(got.status).toBe(403);
    expect((await downloadEvidence(gateway, job.files[1].url, null)).status).toBe(401);
  });

  it('lets only the readers of the unit read a unit report’s job and files', async () => {
    // The rendering the first unit's submission of the year report asked for, once the worker is done.
    const a = w.a;
    const unitId = a.unitIds[0];
    await waitForRollups(owner, a.provinceId);
    const { report } = await client.ok<{ report: { latestRenderJob: RenderJobShape } }>(
      `query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) { latestRenderJob { id status progress stage error files { id media fileName sizeBytes url } } } }`,
      { u: unitId, p: a.yearPeriodId },
      a.people.reporters[0].accessToken,
    );
    const unitJob = report.latestRenderJob;
    expect(unitJob).toMatchObject({ status: 'DONE', progress: 100 });
    const pdfFile = unitJob.files[1];
    const blocOf = (id: string) => a.blocs.findIndex((b) => b.unitIds.includes(id));
    const otherBloc = a.blocs.findIndex((b) => !b.unitIds.includes(unitId));
    const answers: Record<string, [string, number]> = {};
    for (const [who, token] of [
      ['reporter of the unit', a.people.reporters[0].accessToken],
      ['head of the unit', a.people.heads[0].accessToken],
      ['reviewer of its bloc', a.people.reviewers[blocOf(unitId)].accessToken],
      ['committee', a.people.committee.accessToken],
      ['reporter of another unit', a.people.reporters[a.unitIds.findIndex((id) => blocOf(id) === otherBloc)].accessToken],
      ['reviewer of the other bloc', a.people.reviewers[otherBloc].accessToken],
      ['committee of another province', w.b.people.committee.accessToken],
    ] as const) {
      const answer = await client.request<{ renderJob: RenderJobShape }>(RENDER_JOB, { id: unitJob.id }, token);
      const download = await downloadEvidence(gateway, pdfFile.url, token);
      answers[who] = [String(answer.errors?.[0].extensions?.code ?? answer.data?.renderJob.files.map((f) => f.media).join()), download.status];
      if (download.status === 200) {
        expect(download.bytes.length).toBe(pdfFile.sizeBytes);
        expect(download.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    }
    expect(answers).toEqual({
      'reporter of the unit': ['DOCX,PDF', 200],
      'head of the unit': ['DOCX,PDF', 200],
      'reviewer of its bloc': ['DOCX,PDF', 200],
      committee: ['DOCX,PDF', 200],
      'reporter of another unit': ['FORBIDDEN', 403],
      'reviewer of the other bloc': ['FORBIDDEN', 403],
      'committee of another province': ['NOT_FOUND', 404],
    });
  });
});

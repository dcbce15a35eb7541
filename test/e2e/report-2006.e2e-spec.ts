import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { ACTIVITIES_2006, HEADER_2006, PROFILE_2006, PROSE_2006, placementsOf } from '../../tools/seed/demo-2006';
import { selfAssessment2006 } from '../../tools/seed/demo-data';
import {
  GatewayClient,
  ProvinceScenario,
  buildProvinceScenario,
  docxText,
  downloadEvidence,
  eventually,
  pdfText,
} from '@qcdc/shared/testing';

interface Recorded {
  id: string;
  kind: string;
  occurredOn: string;
  version: number;
  facts: Record<string, unknown>;
}
interface RenderJobView {
  id: string;
  status: string;
  progress: number;
  error: string | null;
  files: { media: string; fileName: string; url: string }[];
}

const RENDER_JOB = `query($id: ID!) { renderJob(id: $id) { id status progress error files { media fileName url } } }`;

/** Every heading of the 2006 report, as the document numbers them (the top level in capitals, as the example). */
const SECTIONS = [
  'A/- BÁO CÁO TỔNG KẾT NĂM 2006',
  'I/- Đặc điểm tình hình',
  'II/- Vai trò của cấp uỷ Đảng',
  'III/- Kết quả thực hiện quy chế dân chủ',
  '1/- Công tác tổ chức, tuyên truyền về thực hiện quy chế dân chủ',
  '2/- Kết quả việc thực hiện trong kỳ',
  '2.1/- Kết quả tuyên truyền',
  '2.2/- Những việc thủ trưởng cơ quan công khai',
  '2.3/- Những việc cán bộ, công chức tham gia ý kiến',
  '2.4/- Những việc cán bộ, công chức kiểm tra, giám sát',
  '2.5/- Hội nghị cán bộ, công chức',
  '2.6/- Tiếp nhận góp ý và giải quyết khiếu nại, tố cáo',
  '2.7/- Niêm yết công khai tại công sở',
  '2.8/- Ban thanh tra nhân dân',
  'IV/- Nhận xét, đánh giá chung',
  '1/- Ưu điểm',
  '2/- Hạn chế',
  '3/- Kiến nghị',
  'B/- ĐỊNH HƯỚNG THỰC HIỆN QUY CHẾ DÂN CHỦ NĂM 2007',
];

/** Every figure of the 2006 report (../shared/examples/yearly-report-2006.txt), in the customary form. */
const FIGURES = [
  // I: the unit
  'là 16 đ/c',
  '15 đảng viên',
  '16 đoàn viên',
  'BCH chi bộ 03 đ/c',
  'Ban Chấp hành Công đoàn cơ sở gồm 03 đ/c',
  '16 hội viên',
  '4 bộ phận',
  // II and III.1: the Decree 71 briefing and the staff conference's
  '01 cuộc có 15/16 đ/c dự',
  'Nghị quyết số 55/NQ/UBTVQH ngày 30/8/1998',
  '71/1998/NĐ-CP ngày 8/9/1998',
  '4 chương, 36 điều',
  'gồm có 5 đ/c',
  'chỉ còn 03 đồng chí',
  '01 cuộc có 16/16 CBCC dự',
  // 2.2: the resolutions and the công văn
  'được 02 cuộc có 32/32 CBCC dự',
  'được 03 cuộc có 45/48 lượt người dự',
  'công văn số 337/LĐLĐ ngày 23/8/2006',
  'công văn số 1042/UBND.TH ngày 05/7/2006',
  'công văn số 35-CV/LĐLĐ ngày 31/8/2006',
  'tuyển dụng 01 đ/c',
  'nghỉ việc 01 đ/c',
  'nâng lương 08 đ/c',
  'phụ cấp 01 đ/c',
  // 2.3: training and the rest
  'trung cấp 01 đ/c',
  'cao cấp 01 đ/c',
  'quốc phòng 01 đ/c',
  'quản lý nhà nước 01 đ/c',
  'chuyên viên chính 01 đ/c',
  'nghỉ phép 01 đ/c',
  // 2.5 and 2.8: the conference and the People's Inspection Board
  'có 16/16 CBCC dự',
  '09/1998/TTLT-TCCP-TLĐLĐ ngày 4/12/1998',
  '99/2005/NĐ-CP ngày 28/7/2005',
  'nhiệm kỳ 2006-2008',
  'Ban Thanh tra nhân dân nhiệm kỳ 2006-2008 gồm 03 đ/c',
  // 2.6, IV and B
  'chưa có trường hợp nào bị khiếu nại, tố cáo',
  'tự chấm 97 điểm',
  'không sơ kết 6 tháng đầu năm',
  'Trên đây là báo cáo 01 năm thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng năm 2007',
  // the end: recipients and signature
  'Nơi nhận',
  'Ban chỉ đạo tỉnh (Ban DV)',
  'Lưu (MMBCCĐ)',
  'T/M BAN THỰC HIỆN QCDC',
  'TRƯỞNG BAN',
  'Cao Danh Vọng',
];

/** Text read back from a DOCX or PDF, with runs of white space as one space. */
const flat = (text: string) => text.replace(/\s+/gu, ' ');

/**
 * The 2006 example rebuilt from the demo unit's records and prose (tools/seed/demo-2006.ts): recorded through
 * the API as a person would, submitted by the head, rendered by the worker, downloaded through the gateway.
 */
describe('the 2006 yearly report, rebuilt', () => {
  const client = new GatewayClient();
  const gateway = new URL('/', client.graphqlUrl).toString();
  let p: ProvinceScenario;
  let recorded: Recorded[];
  let reportId: string;
  const unitId = () => p.unitIds[0];

  /** Waits for the worker to render the job; answers its files. */
  const rendered = async (jobId: string): Promise<RenderJobView> =>
    eventually(
      async () => (await client.ok<{ renderJob: RenderJobView }>(RENDER_JOB, { id: jobId }, p.tokens.reporters[0])).renderJob,
      (job) => job.status === 'DONE' || job.status === 'FAILED',
      60_000,
    );
  const download = async (job: RenderJobView, media: 'DOCX' | 'PDF') => {
    const file = job.files.find((f) => f.media === media);
    if (!file) throw new Error(`the render job has no ${media}: ${JSON.stringify(job)}`);
    const got = await downloadEvidence(gateway, file.url, p.tokens.reporters[0]);
    expect(got.status).toBe(200);
    return got.bytes;
  };
  const compileDraft = async () => {
    const { requestReportRender } = await client.ok<{ requestReportRender: { id: string } }>(
      `mutation($input: RequestReportRenderInput!) { requestReportRender(input: $input) { id } }`,
      { input: { unitId: unitId(), periodId: p.periodId } },
      p.tokens.reporters[0],
    );
    return rendered(requestReportRender.id);
  };

  beforeAll(async () => {
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    p = await buildProvinceScenario(client, platform, { year: 2006, dueOn: '2006-12-20' });
    const reporter = p.tokens.reporters[0];
    recorded = [];
    for (const { kind, occurredOn, facts } of ACTIVITIES_2006) {
      const { recordActivity } = await client.ok<{ recordActivity: Recorded }>(
        `mutation($input: RecordActivityInput!) { recordActivity(input: $input) { id kind occurredOn version facts } }`,
        { input: { unitId: unitId(), kind, occurredOn, facts } },
        reporter,
      );
      recorded.push(recordActivity);
    }
    await client.ok(
      `mutation($input: SaveUnitProfileInput!) { saveUnitProfile(input: $input) { version } }`,
      { input: { unitId: unitId(), periodId: p.periodId, expectedVersion: 0, ...PROFILE_2006 } },
      reporter,
    );
    const { saveSelfAssessment } = await client.ok<{ saveSelfAssessment: { total: number } }>(
      `mutation($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { total } }`,
      { input: { unitId: unitId(), periodId: p.periodId, expectedVersion: 0, scores: selfAssessment2006(p.criteria) } },
      reporter,
    );
    expect(saveSelfAssessment.total).toBe(97);
    const { saveReportDraft } = await client.ok<{ saveReportDraft: { id: string; templateCode: string } }>(
      `mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id templateCode } }`,
      {
        input: {
          unitId: unitId(),
          periodId: p.periodId,
          expectedVersion: 0,
          templateCode: 'DECREE_71_2006',
          prose: PROSE_2006,
          header: HEADER_2006,
          placements: placementsOf(recorded),
        },
      },
      reporter,
    );
    expect(saveReportDraft.templateCode).toBe('DECREE_71_2006');
    reportId = saveReportDraft.id;
  }, 120_000);

  it('holds every section and every figure of the example in the submitted DOCX, and the PDF reads back', async () => {
    const { submitReport } = await client.ok<{ submitReport: { status: string; scoreTotal: number; snapshots: { number: number }[] } }>(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { status scoreTotal snapshots { number } } }`,
      { input: { unitId: unitId(), periodId: p.periodId } },
      p.tokens.heads[0],
    );
    expect(submitReport).toMatchObject({ status: 'SUBMITTED', scoreTotal: 97 });
    const { report } = await client.ok<{ report: { latestRenderJob: { id: string } | null } }>(
      `query($u: ID!, $p: ID!) { report(unitId: $u, periodId: $p) { latestRenderJob { id } } }`,
      { u: unitId(), p: p.periodId },
      p.tokens.reporters[0],
    );
    const job = await rendered(report.latestRenderJob?.id ?? 'none');
    expect(job).toMatchObject({ status: 'DONE', progress: 100, error: null });
    expect(job.files.map((f) => f.fileName).sort()).toEqual(['bao-cao-DV-1-2006-nam-v1.docx', 'bao-cao-DV-1-2006-nam-v1.pdf']);

    const docx = flat(await docxText(await download(job, 'DOCX')));
    expect(SECTIONS.filter((s) => !docx.includes(s))).toEqual([]);
    expect(FIGURES.filter((f) => !docx.includes(f))).toEqual([]);
    // The order of the report: each section after the one before.
    const positions = SECTIONS.map((s) => docx.indexOf(s));
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(docx).toContain('ĐẢNG ỦY KHỐI CƠ QUAN TỈNH');
    expect(docx).toContain('Tổng kết thực hiện quy chế dân chủ ở cơ quan năm 2006 và định hướng thực hiện quy chế dân chủ năm 2007');

    const pdf = flat(await pdfText(await download(job, 'PDF')));
    for (const text of ['I/- Đặc điểm tình hình', 'được 02 cuộc có 32/32 CBCC dự', 'tự chấm 97 điểm', 'Cao Danh Vọng']) expect(pdf).toContain(text);
  }, 120_000);

  it('follows a corrected record: returned, one briefing corrected, the compiled draft and the next version show it', async () => {
    await client.ok(
      `mutation($input: ReturnReportInput!) { returnReport(input: $input) { status } }`,
      { input: { reportId, reason: 'Cuộc triển khai cuộc thi tìm hiểu Bộ luật Dân sự có 15/16 người dự; vui lòng sửa lại.' } },
      p.tokens.blocReviewer,
    );
    const contest = recorded.find((r) => r.kind === 'BRIEFING' && r.occurredOn === '2006-08-29') as Recorded;
    await client.ok(
      `mutation($input: CorrectActivityInput!) { correctActivity(input: $input) { id } }`,
      { input: { id: contest.id, expectedVersion: contest.version, occurredOn: contest.occurredOn, facts: { ...contest.facts, present: 15 } } },
      p.tokens.reporters[0],
    );

    const draft = flat(await docxText(await download(await compileDraft(), 'DOCX')));
    expect(draft).toContain('Triển khai cuộc thi tìm hiểu Bộ luật Dân sự (công văn số 337/LĐLĐ ngày 23/8/2006');
    expect(draft).toContain('có 15/16 lượt người dự.');
    expect(draft).toContain('được 03 cuộc có 46/48 lượt người dự');
    expect(draft).not.toContain('45/48');

    await client.ok(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { status } }`, { input: { unitId: unitId(), periodId: p.periodId } }, p.tokens.heads[0]);
    const { reportDiff } = await client.ok<{ reportDiff: { lines: { change: string; before: string | null; after: string | null }[] } }>(
      `query($r: ID!) { reportDiff(reportId: $r, from: 1, to: 2) { lines { change before after } } }`,
      { r: reportId },
      p.tokens.blocReviewer,
    );
    const changed = reportDiff.lines.filter((l) => l.change !== 'SAME');
    expect(changed.map((l) => [l.before, l.after])).toEqual(
      expect.arrayContaining([['Tính theo lượt người: được 03 cuộc có 45/48 lượt người dự.', 'Tính theo lượt người: được 03 cuộc có 46/48 lượt người dự.']]),
    );
  }, 120_000);
});

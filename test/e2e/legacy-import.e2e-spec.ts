import { Client } from 'pg';
import { Document, Packer, Paragraph } from 'docx';
import { legacyDraftToReport } from '@qcdc/reports/domain';
import type { LegacyReportDraft } from '@qcdc/reports/domain';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import { LEGACY_REPORT_2006_FIXTURE as REPORT } from '../../libs/reports/domain/src/legacy-import/legacy-report-2006.fixture';
import { GatewayClient, GraphQLErrorShape, ProvinceScenario, buildProvinceScenario, ownerClient, tinyPdf } from '@qcdc/shared/testing';

const PARSE = `query($t: String!) { parseLegacyReport(text: $t) { draft warnings } }`;
const IMPORT = `mutation($input: ImportLegacyReportInput!) { importLegacyReport(input: $input) { id unitId periodId status } }`;
const LETTER = 'Kính gửi anh Nam,\nHẹn gặp lại vào tuần sau.\nThân mến.';

/** What the import must read from the fixture, as the person sees it. */
const figures = (d: LegacyReportDraft) => ({
  year: d.year,
  meetings: d.meetings.map((m) => `${m.attended}/${m.eligible}`),
  profile: [d.profile.staff?.value, d.profile.partyMembers?.value, d.profile.unionMembers?.value],
  personnel: d.personnel.map((p) => `${p.action} ${p.count}`),
  boards: d.boards.map((b) => `${b.board} ${b.termFrom}-${b.termTo}`),
  selfScore: d.selfScore?.value,
  signer: d.signer?.name,
});
const EXPECTED = {
  year: 2006,
  meetings: ['15/16', '16/16', '32/32', '45/48'],
  profile: [16, 15, 16],
  personnel: ['RECRUITED 1', 'PAY_RISE 8', 'RESIGNED 1', 'ALLOWANCE 1', 'TRAINED 2'],
  boards: ['Ban thanh tra nhân dân 2006-2008'],
  selfScore: 97,
  signer: 'Nguyễn Văn Thử',
};

/** The fixture as a Word document, one paragraph per line, as an official would have typed it. */
const asDocx = () => Packer.toBuffer(new Document({ sections: [{ children: REPORT.split('\n').map((line) => new Paragraph(line.replace(/\*\*/g, ''))) }] }));

/**
 * A past report (the 2006 structure) read and confirmed through the gateway: pasted as text and uploaded as
 * a DOCX, the same figures come back; a file that is not a report is refused and nothing is written;
 * confirming creates the unit's draft once (again: CONFLICT); no one outside the unit may import into it.
 */
describe('importing a past report', () => {
  const client = new GatewayClient();
  const gateway = client.graphqlUrl;
  let a: ProvinceScenario;
  let b: ProvinceScenario;
  let owner: Client;

  const upload = async (bytes: Buffer, name: string, token: string | null) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(new URL('/legacy-reports', gateway), { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
    return { status: response.status, body: (await response.json()) as { draft?: LegacyReportDraft; warnings?: string[]; errors?: GraphQLErrorShape[] } };
  };
  const reportRows = async (unitId: string) =>
    (await owner.query(`SELECT status, template_code, prose, header, imported FROM reports.reports WHERE unit_id = $1`, [unitId])).rows;
  const confirmed = (draft: LegacyReportDraft, unitId: string, periodId: string) => {
    const report = legacyDraftToReport(draft, { format: 'PARTY', issuerParent: null, issuer: 'ĐƠN VỊ DV-1', place: 'Thành phố Thử', issuedOn: '2026-06-15' });
    return { unitId, periodId, prose: report.prose, header: report.header, imported: report.imported };
  };

  beforeAll(async () => {
    owner = await ownerClient();
    const platform = await client.login(null, PLATFORM_ADMIN_USERNAME, process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD);
    a = await buildProvinceScenario(client, platform);
    b = await buildProvinceScenario(client, platform);
  });

  afterAll(() => owner.end());

  it('reads the same figures pasted as text and uploaded as a Word document or a text file', async () => {
    const pasted = (await client.ok<{ parseLegacyReport: { draft: LegacyReportDraft; warnings: string[] } }>(PARSE, { t: REPORT }, a.tokens.reporters[0])).parseLegacyReport;
    expect(figures(pasted.draft)).toEqual(EXPECTED);
    expect(pasted.warnings).toEqual([]);

    const docx = await upload(await asDocx(), 'bao-cao-2006.docx', a.tokens.reporters[0]);
    expect(docx.status).toBe(200);
    expect(figures(docx.body.draft as LegacyReportDraft)).toEqual(EXPECTED);
    expect(docx.body.draft?.sections['A.IV.2']).toEqual(pasted.draft.sections['A.IV.2']);

    // The name says nothing: the content does.
    const text = await upload(Buffer.from(REPORT, 'utf8'), 'bao-cao.docx', a.tokens.reporters[0]);
    expect(text.status).toBe(200);
    expect(figures(text.body.draft as LegacyReportDraft)).toEqual(EXPECTED);
  });

  it('refuses what is not a report, or not a file it reads, and writes nothing', async () => {
    const pasted = await client.request(PARSE, { t: LETTER }, a.tokens.reporters[0]);
    expect(pasted.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_REPORT' } });
    const uploaded = await upload(Buffer.from(LETTER, 'utf8'), 'thu.txt', a.tokens.reporters[0]);
    expect(uploaded).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_A_REPORT' } }] } });
    const pdf = await upload(tinyPdf(), 'bao-cao.pdf', a.tokens.reporters[0]);
    expect(pdf).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'file', reason: 'FILE_TYPE_NOT_ALLOWED' } }] } });
    const big = await upload(Buffer.alloc(2 * 1024 * 1024 + 1, 0x41), 'lon.txt', a.tokens.reporters[0]);
    expect(big).toMatchObject({ status: 413, body: { errors: [{ extensions: { reason: 'FILE_TOO_LARGE' } }] } });
    expect((await upload(Buffer.from(REPORT), 'bao-cao.txt', null)).status).toBe(401);
    expect((await upload(Buffer.from(REPORT), 'bao-cao.txt', a.tokens.committee)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await reportRows(a.unitIds[0])).toEqual([]);
  });

  it('confirming creates the unit’s draft once; again is CONFLICT', async () => {
    const { draft } = (await client.ok<{ parseLegacyReport: { draft: LegacyReportDraft } }>(PARSE, { t: REPORT }, a.tokens.reporters[0])).parseLegacyReport;
    const input = confirmed(draft, a.unitIds[0], a.periodId);
    const { importLegacyReport } = await client.ok<{ importLegacyReport: Record<string, unknown> }>(IMPORT, { input }, a.tokens.reporters[0]);
    expect(importLegacyReport).toMatchObject({ unitId: a.unitIds[0], periodId: a.periodId, status: 'DRAFT' });

    const [row] = await reportRows(a.unitIds[0]);
    expect(row).toMatchObject({ status: 'DRAFT', template_code: 'DECREE_71_2006', prose: input.prose, header: input.header });
    expect(row.prose['A.IV.1']).toContain('tự chấm 97 điểm');
    expect(row.header.signature).toEqual({ mode: 'ON_BEHALF', onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn Thử' });
    expect(figures(row.imported)).toMatchObject({ meetings: EXPECTED.meetings, selfScore: 97 });

    const again = await client.request(IMPORT, { input }, a.tokens.reporters[0]);
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'REPORT_EXISTS' } });
    expect(await reportRows(a.unitIds[0])).toEqual([row]);
  });

  it('no one outside the unit imports into it', async () => {
    const { draft } = (await client.ok<{ parseLegacyReport: { draft: LegacyReportDraft } }>(PARSE, { t: REPORT }, a.tokens.reporters[1])).parseLegacyReport;
    const input = confirmed(draft, a.unitIds[1], a.periodId);
    const codes = async (token: string) => (await client.request(IMPORT, { input }, token)).errors?.[0]?.extensions?.code;
    expect(await codes(b.tokens.reporters[0])).toBe('NOT_FOUND'); // another province
    expect(await codes(b.tokens.admin)).toBe('FORBIDDEN'); // a role that imports nowhere: refused before the unit is looked at
    expect(await codes(a.tokens.reporters[0])).toBe('FORBIDDEN'); // a sibling unit's reporter
    expect(await codes(a.tokens.committee)).toBe('FORBIDDEN');
    expect(await reportRows(a.unitIds[1])).toEqual([]);
    // Its own reporter may.
    expect(await codes(a.tokens.reporters[1])).toBeUndefined();
  });
});

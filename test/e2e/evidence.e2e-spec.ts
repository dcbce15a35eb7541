import { Client } from 'pg';
import { DEFAULT_PLATFORM_ADMIN_PASSWORD, PLATFORM_ADMIN_USERNAME } from '../../tools/seed/platform-admin';
import {
  EvidenceFileShape,
  GatewayClient,
  TwoProvinces,
  WORLD_YEAR,
  buildTwoProvinces,
  downloadEvidence,
  insertActivity,
  ownerClient,
  roleClient,
  tinyPdf,
  tinyPng,
  uploadEvidence,
} from '@qcdc/shared/testing';

const LIST = `query($ids: [ID!]!) { evidenceFiles(activityIds: $ids) { id activityId fileName contentType sizeBytes uploadedAt downloadPath } }`;
const REMOVE = `mutation($input: RemoveEvidenceFileInput!) { removeEvidenceFile(input: $input) { id fileName } }`;

/**
 * Evidence files through the gateway: a unit's reporter uploads minutes and photos to an activity (POST
 * /evidence, multipart), anyone who may read the activity lists and downloads them byte for byte, and the
 * server holds the limits: size, type by content, scope, the other province, a submitted report, a removal.
 */
describe('evidence files through the gateway', () => {
  const client = new GatewayClient();
  const gateway = new URL('/', client.graphqlUrl).toString();
  let owner: Client;
  let w: TwoProvinces;
  /** An activity of A's first unit in no submitted report's window (the world submits its year reports). */
  let activityId: string;
  /** The same unit's activity inside the submitted year report's window. */
  let frozenActivityId: string;
  /** An activity of B's first unit. */
  let otherProvinceActivityId: string;
  const reporter = () => w.a.people.reporters[0];

  const upload = (activity: string, bytes: Buffer, name: string, token: string | null = reporter().accessToken, type?: string) =>
    uploadEvidence(gateway, { activityId: activity, file: { bytes, name, type } }, token);
  const list = async (ids: string[], token = reporter().accessToken) =>
    (await client.ok<{ evidenceFiles: EvidenceFileShape[] }>(LIST, { ids }, token)).evidenceFiles;

  beforeAll(async () => {
    owner = await ownerClient();
    w = await buildTwoProvinces(client, { username: PLATFORM_ADMIN_USERNAME, password: process.env['PLATFORM_ADMIN_PASSWORD'] || DEFAULT_PLATFORM_ADMIN_PASSWORD });
    const of = (world: typeof w.a, occurredOn: string) =>
      insertActivity(owner, { tenantId: world.provinceId, unitId: world.unitIds[0], occurredOn, recordedBy: world.people.reporters[0].userId });
    activityId = await of(w.a, `${WORLD_YEAR + 1}-01-10`);
    frozenActivityId = await of(w.a, `${WORLD_YEAR}-04-01`);
    otherProvinceActivityId = await of(w.b, `${WORLD_YEAR + 1}-01-10`);
  });

  afterAll(() => owner.end());

  it('uploads a PDF and a PNG, lists them and gives back the very bytes, named for Vietnamese', async () => {
    const pdf = tinyPdf();
    const png = tinyPng();
    const first = await upload(activityId, pdf, 'Biên bản hội nghị.pdf', undefined, 'application/pdf');
    const second = await upload(activityId, png, 'ảnh hội nghị.png', undefined, 'image/png');
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(first.body.file).toMatchObject({ activityId, fileName: 'Biên bản hội nghị.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });
    expect(second.body.file).toMatchObject({ activityId, fileName: 'ảnh hội nghị.png', contentType: 'image/png', sizeBytes: png.length });

    const files = await list([activityId]);
    expect(files.map((f) => f.fileName)).toEqual(['Biên bản hội nghị.pdf', 'ảnh hội nghị.png']);
    expect(files[0].downloadPath).toBe(`/evidence/${files[0].id}`);

    const got = await downloadEvidence(gateway, files[0].downloadPath, reporter().accessToken);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(pdf)).toBe(true);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('content-disposition')).toBe(
      `attachment; filename="Bien ban hoi nghi.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%99i%20ngh%E1%BB%8B.pdf`,
    );
    const image = await downloadEvidence(gateway, files[1].downloadPath, reporter().accessToken);
    expect(image.bytes.equals(png)).toBe(true);

    // Filed in the audit log's outbox, in the same transaction as the row.
    const { rows } = await owner.query(`SELECT payload->>'action' AS action FROM activities.outbox WHERE payload->'object'->>'id' = $1`, [files[0].id]);
    expect(rows).toEqual([{ action: 'evidence.upload' }]);
  });

  it('refuses a file over the limit while it streams, and stores nothing', async () => {
    const before = await owner.query(`SELECT count(*)::int AS n FROM activities.evidence_files`);
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(20 * 1024 * 1024)]);
    const { status, body } = await upload(activityId, big, 'qua-lon.pdf');
    expect(status).toBe(413);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'FILE_TOO_LARGE' });
    expect((await owner.query(`SELECT count(*)::int AS n FROM activities.evidence_files`)).rows).toEqual(before.rows);
  });

  it.each([
    ['a program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 1)]), 'setup.exe'],
    ['plain text named .pdf', Buffer.from('Biên bản hội nghị (văn bản thường)\n'), 'bien-ban.pdf'],
  ])('refuses %s by its content, naming what is allowed', async (_what, bytes, name) => {
    const { status, body } = await upload(activityId, bytes, name, undefined, 'application/pdf');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect(body.errors?.[0].message).toContain('PDF, JPEG, PNG, DOCX, XLSX, ODT');
  });

  it('refuses a caller without a token, on both routes', async () => {
    const { status, body } = await upload(activityId, tinyPdf(), 'a.pdf', null);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [file] = await list([activityId]);
    expect((await downloadEvidence(gateway, file.downloadPath, null)).status).toBe(401);
  });

  it("answers NOT_FOUND for another province's activity and file", async () => {
    const { status, body } = await upload(otherProvinceActivityId, tinyPdf(), 'a.pdf');
    expect(status).toBe(404);
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await client.request(LIST, { ids: [otherProvinceActivityId] }, reporter().accessToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const ofB = await upload(otherProvinceActivityId, tinyPdf(), 'b.pdf', w.b.people.reporters[0].accessToken);
    expect(ofB.status).toBe(200);
    const path = (ofB.body.file as EvidenceFileShape).downloadPath;
    expect((await downloadEvidence(gateway, path, w.a.people.admin.accessToken)).status).toBe(404);
    expect((await downloadEvidence(gateway, path, w.b.people.admin.accessToken)).status).toBe(200);
  });

  it("lets the unit's bloc reviewer list and download but not upload; a unit of another bloc is out of reach", async () => {
    const reviewer = w.a.people.reviewers[0];
    const [file] = await list([activityId], reviewer.accessToken);
    expect((await downloadEvidence(gateway, file.downloadPath, reviewer.accessToken)).status).toBe(200);
    const { status, body } = await upload(activityId, tinyPdf(), 'a.pdf', reviewer.accessToken);
    expect(status).toBe(403);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const otherBlocReviewer = w.a.people.reviewers[1];
    expect((await downloadEvidence(gateway, file.downloadPath, otherBlocReviewer.accessToken)).status).toBe(403);
    const otherUnit = w.a.people.reporters[w.a.unitIds.length - 1];
    expect((await upload(activityId, tinyPdf(), 'a.pdf', otherUnit.accessToken)).status).toBe(403);
  });

  it("refuses evidence on an activity of a submitted report's period, and on a deleted activity", async () => {
    const frozen = await upload(frozenActivityId, tinyPdf(), 'a.pdf');
    expect(frozen.status).toBe(409);
    expect(frozen.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'REPORT_FROZEN' });
    expect(frozen.body.errors?.[0].message).toContain('đến khi báo cáo được trả lại');

    const deletedId = await insertActivity(owner, { tenantId: w.a.provinceId, unitId: w.a.unitIds[0], occurredOn: `${WORLD_YEAR + 1}-01-11`, recordedBy: reporter().userId });
    await owner.query(`UPDATE activities.activities SET deleted_at = now(), deleted_by = recorded_by, deletion_reason = 'Ghi trùng' WHERE id = $1`, [deletedId]);
    const deleted = await upload(deletedId, tinyPdf(), 'a.pdf');
    expect(deleted.status).toBe(409);
    expect(deleted.body.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DELETED' });
  });

  it('removes a file with its reason: no longer listed nor served, the removal audited', async () => {
    const { body } = await upload(activityId, tinyPng([0, 90, 0]), 'tai-nham.png');
    const id = (body.file as EvidenceFileShape).id;
    const noReason = await client.request(REMOVE, { input: { id, reason: ' ' } }, reporter().accessToken);
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byReviewer = await client.request(REMOVE, { input: { id, reason: 'Tải nhầm' } }, w.a.people.reviewers[0].accessToken);
    expect(byReviewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const removed = await client.ok<{ removeEvidenceFile: { id: string; fileName: string } }>(REMOVE, { input: { id, reason: 'Tải nhầm tệp' } }, reporter().accessToken);
    expect(removed.removeEvidenceFile).toEqual({ id, fileName: 'tai-nham.png' });
    expect((await list([activityId])).map((f) => f.id)).not.toContain(id);
    const gone = await downloadEvidence(gateway, `/evidence/${id}`, reporter().accessToken);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.bytes.toString('utf8')).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await client.request(REMOVE, { input: { id, reason: 'Lần nữa' } }, reporter().accessToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const { rows } = await owner.query(`SELECT removal_reason FROM activities.evidence_files WHERE id = $1`, [id]);
    expect(rows).toEqual([{ removal_reason: 'Tải nhầm tệp' }]);
    const audit = await owner.query(`SELECT payload->>'action' AS action FROM activities.outbox WHERE payload->'object'->>'id' = $1 ORDER BY id`, [id]);
    expect(audit.rows).toEqual([{ action: 'evidence.upload' }, { action: 'evidence.remove' }]);
  });

  it('shows the files not removed in the read model scoring reads, with the unit and date of their activity', async () => {
    const scoring = await roleClient('scoring');
    try {
      await scoring.query('BEGIN');
      await scoring.query(`SELECT set_config('qcdc.tenant_id', $1, true)`, [w.a.provinceId]);
      const { rows } = await scoring.query(
        `SELECT unit_id, occurred_on::text AS occurred_on, file_name FROM activities.evidence_directory WHERE activity_id = $1 ORDER BY file_name`,
        [activityId],
      );
      await scoring.query('COMMIT');
      const on = { unit_id: w.a.unitIds[0], occurred_on: `${WORLD_YEAR + 1}-01-10` };
      expect(rows).toEqual([{ ...on, file_name: 'Biên bản hội nghị.pdf' }, { ...on, file_name: 'ảnh hội nghị.png' }]);
    } finally {
      await scoring.end();
    }
  });
});

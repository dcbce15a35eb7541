import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Client } from 'pg';
import { TenantDb, publishEvent } from '@qcdc/shared/db';
import { EventEnvelope, jobIdOf } from '@qcdc/shared/events';
import type { OfficialDocument } from '@qcdc/reports/domain';
import { RenderJobRepository } from '@qcdc/reports/server';
import {
  AppProcess,
  ProvinceFixture,
  ThrowawayRedis,
  createPeriod,
  createProvince,
  docxText,
  freePort,
  ownerClient,
  pdfText,
  tenantDbFor,
  testClock,
  waitForStatus,
} from '@qcdc/shared/testing';

/** A small official document whose every line has diacritics a wrong encoding or font would break. */
const document: OfficialDocument = {
  format: 'STATE',
  issuerParent: 'ĐẢNG ỦY KHỐI CƠ QUAN TỈNH',
  issuer: 'BAN THỰC HIỆN QUY CHẾ DÂN CHỦ',
  number: '07/BC-BTHQCDC',
  place: 'Vĩnh Long',
  issuedOn: '2026-12-15',
  documentKind: 'BÁO CÁO',
  subject: 'Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2026',
  body: [
    { kind: 'heading', level: 1, text: 'I/- Đặc điểm tình hình' },
    { kind: 'paragraph', text: 'Đơn vị có 32 cán bộ, công chức; tổ chức hội nghị cán bộ, công chức đúng luật định.' },
    { kind: 'bullet', text: 'Có 01 chi bộ cơ sở gồm BCH chi bộ 03 đ/c với 15 đảng viên.' },
    { kind: 'table', header: ['Nội dung', 'Số lượng'], rows: [['Hội nghị định kỳ', '04 cuộc'], ['Đối thoại trực tiếp', '02 cuộc']] },
  ],
  recipients: ['Ban chỉ đạo tỉnh', 'Lưu VT'],
  signature: { mode: 'ON_BEHALF', onBehalfOf: 'BAN THỰC HIỆN QCDC', title: 'TRƯỞNG BAN', name: 'Nguyễn Thị Hằng' },
};

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The worker's `documents` consumer, in the real worker process against real PostgreSQL and (a private)
 * Redis: a compile request published in the reports outbox is rendered to DOCX and PDF, which read back with
 * the document's text; a redelivered event renders nothing twice; an event that names another province's job
 * touches nothing; the last failed attempt leaves the job FAILED with a reason a person reads.
 */
describe('rendering report documents in the worker', () => {
  let owner: Client;
  let reportsDb: { db: TenantDb; close: () => Promise<void> };
  let redis: ThrowawayRedis;
  let worker: AppProcess;
  let queue: Queue<EventEnvelope>;
  let queueEvents: QueueEvents;
  let province: ProvinceFixture;
  let other: ProvinceFixture;
  const periods: Record<string, string> = {};
  const jobs = new RenderJobRepository();
  const queuePrefix = `${process.env['QUEUE_PREFIX']}-documents`;

  /** As the reports service does: the job row and its event in one transaction. */
  const requestRender = (tenantId: string, doc: OfficialDocument, publish: (jobId: string) => string | null = (id) => id) =>
    reportsDb.db.forTenant(
      tenantId,
      async (em) => {
        const job = await jobs.insert(em, {
          subject: 'PROVINCE_REPORT',
          reportId: null,
          snapshotId: null,
          periodId: periods[tenantId],
          document: doc,
          fileStem: 'bao-cao-tong-hop-2026',
          requestedBy: randomUUID(),
          requestedAt: testClock().now(),
        });
        const named = publish(job.id);
        if (named) await publishEvent(em, 'reports', 'report.compile-requested', { renderJobId: named, subject: 'PROVINCE_REPORT', periodId: periods[tenantId], reportId: null });
        return job.id;
      },
      { write: true },
    );

  const jobRow = async (id: string) =>
    (await owner.query(`SELECT status, progress, stage, error, finished_at FROM reports.render_jobs WHERE id = $1`, [id])).rows[0];
  const filesOf = async (id: string) =>
    (await owner.query(`SELECT id, media, file_name, bytes, size_bytes, sha256, created_at FROM reports.report_files WHERE job_id = $1 ORDER BY media`, [id]))
      .rows;

  /** Polls the job's row until it is finished (DONE or FAILED). */
  const finished = async (id: string, timeoutMs = 90_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const row = await jobRow(id);
      if (row.status === 'DONE' || row.status === 'FAILED') return row;
      if (Date.now() > deadline) throw new Error(`render job ${id} is still ${row.status} after ${timeoutMs} ms:\n${worker.log()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  /** The envelope the relay sent for a job, read back from the outbox. */
  const envelopeOf = async (jobId: string): Promise<EventEnvelope> => {
    const { rows } = await owner.query(
      `SELECT event_id AS "eventId", topic AS name, version, tenant_id AS "tenantId", created_at AS "occurredAt", payload
         FROM reports.outbox WHERE payload->>'renderJobId' = $1`,
      [jobId],
    );
    return { ...rows[0], occurredAt: rows[0].occurredAt.toISOString() };
  };

  beforeAll(async () => {
    owner = await ownerClient();
    reportsDb = await tenantDbFor('reports');
    province = await createProvince(owner);
    other = await createProvince(owner);
    for (const p of [province, other]) periods[p.tenantId] = await createPeriod(owner, p.tenantId);
    redis = new ThrowawayRedis(await freePort());
    await redis.start();
    const port = await freePort();
    worker = new AppProcess('worker', { ...process.env, REDIS_URL: redis.url, WORKER_PORT: String(port), QUEUE_PREFIX: queuePrefix });
    worker.start();
    await waitForStatus(`http://127.0.0.1:${port}/health`);
    const connection = { host: '127.0.0.1', port: redis.port, maxRetriesPerRequest: null };
    queue = new Queue<EventEnvelope>('documents', { prefix: queuePrefix, connection });
    queueEvents = new QueueEvents('documents', { prefix: queuePrefix, connection });
    await queueEvents.waitUntilReady();
  }, 60_000);

  afterAll(async () => {
    await queueEvents?.close();
    await queue?.close();
    await worker?.kill('SIGTERM');
    await redis?.stop();
    await reportsDb?.close();
    await owner?.end();
  });

  let jobId: string;

  it('renders a compile request to a DOCX and a PDF that read back with the document’s text', async () => {
    jobId = await requestRender(province.tenantId, document);
    const row = await finished(jobId);
    expect(row).toMatchObject({ status: 'DONE', progress: 100, stage: 'Đã xong', error: null });
    expect(row.finished_at).toBeInstanceOf(Date);

    const files = await filesOf(jobId);
    expect(files.map((f) => [f.media, f.file_name])).toEqual([
      ['DOCX', 'bao-cao-tong-hop-2026.docx'],
      ['PDF', 'bao-cao-tong-hop-2026.pdf'],
    ]);
    for (const f of files) expect(f.size_bytes).toBe(f.bytes.length);
    const [docx, pdf] = files.map((f) => f.bytes as Buffer);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const text of [squash(await docxText(docx)), squash(await pdfText(pdf))]) {
      for (const expected of [
        'BAN THỰC HIỆN QUY CHẾ DÂN CHỦ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2026',
        'I/- ĐẶC ĐIỂM TÌNH HÌNH',
        'Đơn vị có 32 cán bộ, công chức; tổ chức hội nghị cán bộ, công chức đúng luật định.',
        'Có 01 chi bộ cơ sở gồm BCH chi bộ 03 đ/c với 15 đảng viên.',
        'Đối thoại trực tiếp',
        'Nguyễn Thị Hằng',
      ]) {
        expect(text).toContain(expected);
      }
    }
  }, 120_000);

  it('renders nothing twice when the event is delivered again', async () => {
    const before = await filesOf(jobId);
    const again = await queue.add('report.compile-requested', await envelopeOf(jobId), { jobId: `redelivered-${randomUUID()}` });
    expect(await again.waitUntilFinished(queueEvents, 30_000)).toBe('duplicate');
    const after = await filesOf(jobId);
    expect(after.map((f) => [f.id, f.sha256, f.created_at.toISOString()])).toEqual(before.map((f) => [f.id, f.sha256, f.created_at.toISOString()]));
    expect(await jobRow(jobId)).toMatchObject({ status: 'DONE', progress: 100 });
  }, 60_000);

  it('never touches a job of another province, even when an event names it', async () => {
    const theirs = await requestRender(other.tenantId, document, () => null);
    const mine = await requestRender(province.tenantId, document, () => theirs);
    const eventId = (await envelopeOf(theirs)).eventId;
    const deadLetter = async () =>
      (await owner.query(`SELECT reason FROM events.dead_letters WHERE consumer = 'documents' AND job_id = $1`, [jobIdOf('documents', eventId)])).rows[0];
    const deadline = Date.now() + 30_000;
    while (!(await deadLetter()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await deadLetter())?.reason).toMatch(/render job .* does not exist/);
    expect(await jobRow(theirs)).toMatchObject({ status: 'QUEUED', progress: 0, stage: null });
    expect(await filesOf(theirs)).toEqual([]);
    // The job of the province the event came from was not asked for: it waits too.
    expect(await jobRow(mine)).toMatchObject({ status: 'QUEUED', progress: 0 });
  }, 60_000);

  it('marks the job FAILED with a readable reason when its last attempt fails', async () => {
    const broken = { ...document, body: [{ kind: 'table', header: null, rows: null }] } as unknown as OfficialDocument;
    const failing = await requestRender(province.tenantId, broken, () => null);
    const envelope: EventEnvelope = {
      eventId: randomUUID(),
      name: 'report.compile-requested',
      version: 1,
      tenantId: province.tenantId,
      occurredAt: testClock().now().toISOString(),
      payload: { renderJobId: failing, subject: 'PROVINCE_REPORT', periodId: periods[province.tenantId], reportId: null },
    };
    const job = await queue.add('report.compile-requested', envelope, { jobId: jobIdOf('documents', envelope.eventId), attempts: 2, backoff: 0 });
    await expect(job.waitUntilFinished(queueEvents, 30_000)).rejects.toThrow();
    const row = await jobRow(failing);
    expect(row.status).toBe('FAILED');
    expect(row.error).toMatch(/^Không xuất được văn bản sau 2 lần thử: .+Hãy yêu cầu xuất lại/);
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(await filesOf(failing)).toEqual([]);
  }, 60_000);
});

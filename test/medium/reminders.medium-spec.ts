import { randomUUID } from 'node:crypto';
import { Job, Queue, Worker } from 'bullmq';
import { ClsServiceManager } from 'nestjs-cls';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { loadConfig, roleDatabaseUrl } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import { TenantContext, standaloneTransactionHost } from '@qcdc/shared/db';
import { Mailer } from '@qcdc/shared/mail';
import { ProvinceFixture, createPeriod, createProvince, freePort, ownerClient } from '@qcdc/shared/testing';
import { REMINDER_JOBS, ReminderRepository, ReminderService, RemindersDb, runReminderJob } from '@qcdc/reports/server';

/**
 * The reminders over a simulated December (the app clock injected, one tick a day at 08:00 in Vietnam)
 * against real PostgreSQL, Redis and an SMTP listener: two workers on the same queue, one of them restarted
 * mid-month, the schedule rerun with BullMQ's finished jobs gone. Each person gets exactly one email per
 * milestone; a unit that submits gets nothing more; a unit without email shows in the committee's digest;
 * a server answering 451 once, or stalling past the timeout once, is retried and still sends once; quiet
 * hours hold an email (a delayed job), an opted-out head gets only the mandatory ones.
 */
/** The subject (RFC 2047 words, folded) and the plain text (base64) of a message as nodemailer writes them. */
function decode(raw: string): { subject: string; text: string } {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  const subject = (/^Subject: (.*)$/m.exec(head)?.[1] ?? '')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
    );
  const plain = /Content-Type: text\/plain[^]*?\r?\n\r?\n([^]*?)\r?\n--/i.exec(raw)?.[1] ?? '';
  return { subject, text: Buffer.from(plain.replace(/\s+/g, ''), 'base64').toString('utf8') };
}

describe('deadline reminders over a month', () => {
  const config = loadConfig('worker');
  let owner: Client;
  let a: ProvinceFixture;
  let b: ProvinceFixture;
  let periodA: string;
  let server: SMTPServer;
  let port: number;
  let queue: Queue;
  let now = new Date('2026-12-01T01:00:00Z');
  const clock: Clock = { now: () => new Date(now.getTime()) };
  const received: { to: string; subject: string; text: string }[] = [];
  const refusedOnce = new Set<string>();
  const stalledOnce = new Set<string>();
  const connection = { host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null };
  const prefix = `${config.queuePrefix}-reminders-${randomUUID().slice(0, 8)}`;
  const people: Record<string, string> = {};

  interface Instance {
    worker: Worker;
    service: ReminderService;
    dataSource: DataSource;
    mailer: Mailer;
  }
  const instances: Instance[] = [];
  let instance = 0;

  async function startInstance(): Promise<Instance> {
    instance += 1;
    const dataSource = await new DataSource({ type: 'postgres', url: roleDatabaseUrl(config, 'reminders'), extra: { max: 4 } }).initialize();
    const db = new RemindersDb(dataSource, new TenantContext(ClsServiceManager.getClsService()), standaloneTransactionHost(dataSource, `reminders-${instance}`), clock);
    const mailer = new Mailer({ ...config, mail: { smtpUrl: `smtp://127.0.0.1:${port}?socketTimeout=1000&greetingTimeout=1000`, from: 'QCDC <no-reply@qcdc.local>' } });
    const service = new ReminderService(db, new ReminderRepository(), mailer, clock, queue, { webPublicUrl: 'https://qcdc.example.vn', attempts: 6, backoffMs: 50 });
    const worker = new Worker(REMINDER_JOBS, (job: Job) => runReminderJob(service, job), { connection, prefix, concurrency: 4 });
    const started: Instance = { worker, service, dataSource, mailer };
    instances.push(started);
    return started;
  }

  async function stopInstance(i: Instance): Promise<void> {
    await i.worker.close();
    i.mailer.onModuleDestroy();
    await i.dataSource.destroy();
    instances.splice(instances.indexOf(i), 1);
  }

  /** Waits until nothing is waiting or running and every delayed job is a quiet-hours hold (not a retry's backoff); then releases the holds. */
  async function settle(): Promise<{ held: number }> {
    const deadline = Date.now() + 25_000;
    let held = 0;
    for (;;) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'delayed');
      const delayed = await queue.getJobs(['delayed']);
      const retrying = delayed.filter((j) => (j.opts.delay ?? 0) < 60_000 || j.attemptsMade > 0);
      if (counts['waiting'] + counts['active'] + counts['prioritized'] === 0 && retrying.length === 0) {
        if (delayed.length === 0) return { held };
        held += delayed.length;
        for (const j of delayed) await j.promote();
      }
      if (Date.now() > deadline) throw new Error(`the reminders queue did not settle: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const mailsTo = (who: string) => received.filter((m) => m.to === `${who}@coquan.gov.vn`);
  const vnDay = (day: string) => new Date(`${day}T08:00:00+07:00`);

  async function person(p: ProvinceFixture, key: string, role: string, orgUnitId: string, email: string | null): Promise<string> {
    const {
      rows: [u],
    } = await owner.query(
      `INSERT INTO tenancy.users (tenant_id, username, display_name, email, password_hash) VALUES ($1, $2, $3, $4, 'x') RETURNING id`,
      [p.tenantId, `${key}.${randomUUID().slice(0, 6)}`, `Người ${key}`, email],
    );
    await owner.query(`INSERT INTO tenancy.memberships (tenant_id, user_id, role, org_unit_id) VALUES ($1, $2, $3, $4)`, [p.tenantId, u.id, role, orgUnitId]);
    people[key] = u.id;
    return u.id;
  }

  beforeAll(async () => {
    owner = await ownerClient();
    a = await createProvince(owner, { units: 4 });
    b = await createProvince(owner, { units: 1 });
    periodA = await createPeriod(owner, a.tenantId, 2026);
    await createPeriod(owner, b.tenantId, 2026);
    // A's period allows five grace days; B's keeps the default calendar's none, and its late unit is still
    // chased after the due date (T+3), as every unit is until the committee closes the period.
    await owner.query(`UPDATE reports.reporting_periods SET grace_days = 5 WHERE id = $1`, [periodA]);
    const mail = (who: string) => `${who}@coquan.gov.vn`;
    await person(a, 'r0', 'UNIT_REPORTER', a.unitIds[0], mail('r0'));
    await person(a, 'h0', 'UNIT_HEAD', a.unitIds[0], mail('h0'));
    await person(a, 'cham', 'UNIT_REPORTER', a.unitIds[1], mail('cham'));
    const h1 = await person(a, 'h1', 'UNIT_HEAD', a.unitIds[1], mail('h1'));
    await person(a, 'tam.thoi', 'UNIT_REPORTER', a.unitIds[2], mail('tam.thoi'));
    const h2 = await person(a, 'h2', 'UNIT_HEAD', a.unitIds[2], mail('h2'));
    await person(a, 'r3', 'UNIT_REPORTER', a.unitIds[3], null);
    await person(a, 'rv', 'BLOC_REVIEWER', a.blocId, mail('rv'));
    await person(a, 'bcd', 'PROVINCE_COMMITTEE', a.rootId, mail('bcd'));
    await person(b, 'rb', 'UNIT_REPORTER', b.unitIds[0], mail('rb'));
    // h1 keeps 06:00–12:00 quiet (the 08:00 tick's emails wait until noon); h2 opted out of the early reminders.
    await owner.query(`INSERT INTO reminders.preferences (tenant_id, user_id, quiet_start, quiet_end) VALUES ($1, $2, 360, 720)`, [a.tenantId, h1]);
    await owner.query(`INSERT INTO reminders.preferences (tenant_id, user_id, opt_out) VALUES ($1, $2, true)`, [a.tenantId, h2]);

    port = await freePort();
    await new Promise<void>((resolve) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (address.address.startsWith('tam.thoi') && !refusedOnce.has(address.address)) {
            refusedOnce.add(address.address);
            return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          }
          if (address.address.startsWith('cham') && !stalledOnce.has(address.address)) {
            stalledOnce.add(address.address);
            setTimeout(() => callback(), 2500); // past the client's socket timeout: it gives up and retries
            return;
          }
          callback();
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const { subject, text } = decode(Buffer.concat(chunks).toString('utf8'));
            for (const r of session.envelope.rcptTo) received.push({ to: r.address, subject, text });
            callback();
          });
        },
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
    queue = new Queue(REMINDER_JOBS, { connection, prefix });
    await startInstance();
    await startInstance();
  });

  afterAll(async () => {
    for (const i of [...instances]) await stopInstance(i);
    await queue.obliterate({ force: true });
    await queue.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await owner.end();
  });

  const days = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`);
  let heldEmails = 0;

  it('runs the month: one tick a day, a restart mid-month, a submission on the 15th', async () => {
    for (const day of days) {
      now = vnDay(day);
      if (day === '2026-12-12') {
        await stopInstance(instances[0]); // a worker restart in the middle of the month
        await startInstance();
      }
      if (day === '2026-12-15') {
        await owner.query(
          `INSERT INTO reports.reports (tenant_id, unit_id, period_id, status, submitted_at, submitted_by, late, score_total, band)
           VALUES ($1, $2, $3, 'SUBMITTED', $4, gen_random_uuid(), false, 80, 'KHA')`,
          [a.tenantId, a.unitIds[0], periodA, now],
        );
      }
      // Each day's tick, as the province's job scheduler would add it, and the other province's.
      await queue.add('tick', { tenantId: a.tenantId }, { jobId: `test-tick.${a.tenantId}.${day}` });
      await queue.add('tick', { tenantId: b.tenantId }, { jobId: `test-tick.${b.tenantId}.${day}` });
      heldEmails += (await settle()).held;
      if (day === '2026-12-17') {
        // The same day's schedule again, twice, from both workers: nothing new.
        await instances[0].service.tick(a.tenantId);
        await instances[1].service.tick(a.tenantId);
        await settle();
      }
    }
  }, 120_000);

  it('sends each person exactly one email per milestone', () => {
    const count = (who: string) => mailsTo(who).length;
    expect({
      r0: count('r0'),
      h0: count('h0'),
      cham: count('cham'),
      h1: count('h1'),
      'tam.thoi': count('tam.thoi'),
      h2: count('h2'),
      rv: count('rv'),
      bcd: count('bcd'),
      rb: count('rb'),
    }).toEqual({ r0: 2, h0: 2, cham: 5, h1: 5, 'tam.thoi': 5, h2: 2, rv: 3, bcd: 5, rb: 5 });
    expect(mailsTo('cham').map((m) => m.subject)).toEqual([
      'Nhắc nộp Báo cáo năm 2026 – hạn 20/12/2026',
      'Nhắc nộp Báo cáo năm 2026 – hạn 20/12/2026',
      'Nhắc nộp Báo cáo năm 2026 – hạn 20/12/2026',
      'Nhắc nộp Báo cáo năm 2026 – hạn 20/12/2026',
      '[Quá hạn] Đơn vị DV1 chưa nộp Báo cáo năm 2026',
    ]);
    expect(mailsTo('h2').map((m) => m.text.split('\n')[1])).toEqual([
      'Đơn vị DV2 chưa nộp Báo cáo năm 2026: hôm nay là hạn nộp (hạn nộp 20/12/2026).',
      'Đơn vị DV2 chưa nộp Báo cáo năm 2026: đã quá hạn nộp 3 ngày (hạn nộp 20/12/2026).',
    ]);
    // B's unit, with no grace days, still hears on T+3 that it is late.
    expect(mailsTo('rb').at(-1)?.text.split('\n')[1]).toBe('Đơn vị DV0 chưa nộp Báo cáo năm 2026: đã quá hạn nộp 3 ngày (hạn nộp 20/12/2026).');
    expect(mailsTo('rv').map((m) => m.subject).sort()).toEqual([
      '[Quá hạn] Đơn vị DV1 chưa nộp Báo cáo năm 2026',
      '[Quá hạn] Đơn vị DV2 chưa nộp Báo cáo năm 2026',
      '[Quá hạn] Đơn vị DV3 chưa nộp Báo cáo năm 2026',
    ]);
    expect(heldEmails).toBe(5); // h1's five reminders waited for the end of the quiet hours
    expect(refusedOnce.size).toBe(1);
    expect(stalledOnce.size).toBe(1);
  });

  it('stops a unit the moment it submits, checked again when a queued email runs', async () => {
    const service = instances[0].service;
    now = vnDay('2026-12-17');
    const outcome = await service.sendEmail(
      { tenantId: a.tenantId, periodId: periodA, subject: a.unitIds[0], recipientId: people['r0'], milestone: 'T-3', kind: 'REMINDER', offset: -3 },
      'direct',
    );
    expect(outcome).toBe('submitted');
    expect(mailsTo('r0')).toHaveLength(2);
  });

  it('lists the units not submitted and those without email in the committee digest, every day after the due day', () => {
    const digests = mailsTo('bcd');
    expect(digests.map((m) => m.subject)).toEqual(
      ['21', '22', '23', '24', '25'].map((d) => `Tổng hợp ${d}/12/2026: 3 đơn vị chưa nộp Báo cáo năm 2026`),
    );
    expect(digests[0].text).toContain('Đơn vị chưa nộp:\n- DV1 – Đơn vị DV1 (Đơn vị KHOI)\n- DV2 – Đơn vị DV2 (Đơn vị KHOI)\n- DV3 – Đơn vị DV3 (Đơn vị KHOI)');
    expect(digests[0].text).toContain('1 đơn vị không có địa chỉ thư điện tử nên không nhận được thư nhắc:\n- DV3 – Đơn vị DV3 (Đơn vị KHOI)');
  });

  it('keeps the sent-log and the in-app notifications to one per person, milestone and channel', async () => {
    const { rows } = await owner.query(
      `SELECT channel, count(*)::int AS n, count(DISTINCT (subject, recipient_id, milestone))::int AS distinct_keys
         FROM reminders.sent_log WHERE tenant_id = $1 GROUP BY channel ORDER BY channel`,
      [a.tenantId],
    );
    // Emails: r0 2 + h0 2 + cham 5 + h1 5 + tam.thoi 5 + h2 2 + rv 3 + bcd 5 = 29. In-app: every person and milestone,
    // opted out or without email too: r0 2 + h0 2 + cham 5 + h1 5 + tam.thoi 5 + h2 5 + r3 5 + rv 3 + bcd 5 = 37.
    expect(rows).toEqual([
      { channel: 'EMAIL', n: 29, distinct_keys: 29 },
      { channel: 'IN_APP', n: 37, distinct_keys: 37 },
    ]);
    const unread = await owner.query(
      `SELECT count(*)::int AS n FROM reminders.notifications WHERE tenant_id = $1 AND unit_id = $2 AND read_at IS NULL`,
      [a.tenantId, a.unitIds[3]],
    );
    expect(unread.rows[0].n).toBe(6); // r3's five reminders and the reviewer's escalation about DV3
    const dv0 = await owner.query(
      `SELECT count(*) FILTER (WHERE read_at IS NULL)::int AS unread, count(*)::int AS n FROM reminders.notifications WHERE tenant_id = $1 AND unit_id = $2`,
      [a.tenantId, a.unitIds[0]],
    );
    expect(dv0.rows[0].n).toBe(4); // r0 and h0, T-14 and T-7; nothing after the submission
  });

  it('sends one email when two workers run the same email at the same moment (the unique key waits, then refuses)', async () => {
    now = vnDay('2026-12-24');
    const job = { tenantId: a.tenantId, periodId: periodA, subject: a.unitIds[1], recipientId: people['h1'], milestone: 'EXTRA', kind: 'REMINDER' as const, offset: 4 };
    const outcomes = await Promise.all(instances.map((i) => i.service.sendEmail(job, 'twice')));
    expect(outcomes.sort()).toEqual(['duplicate', 'sent']);
    expect(mailsTo('h1')).toHaveLength(6);
  });

  it('reruns the whole schedule with BullMQ’s finished jobs gone, and sends nothing again', async () => {
    const before = received.length;
    await queue.clean(0, 100_000, 'completed');
    for (const day of ['2026-12-13', '2026-12-20', '2026-12-23', '2026-12-25']) {
      now = vnDay(day);
      await instances[0].service.tick(a.tenantId);
      await instances[1].service.tick(a.tenantId);
      await settle();
    }
    expect(received.length).toBe(before);
  }, 60_000);

  it('sends the committee no digest once every unit has submitted, nor one queued before that', async () => {
    now = vnDay('2026-12-28');
    const service = instances[0].service;
    const queued = { tenantId: a.tenantId, periodId: periodA, subject: 'DIGEST', recipientId: people['bcd'], milestone: '2026-12-28', kind: 'DIGEST' as const, offset: null };
    for (const unitId of a.unitIds.slice(1)) {
      await owner.query(
        `INSERT INTO reports.reports (tenant_id, unit_id, period_id, status, submitted_at, submitted_by, late, score_total, band)
         VALUES ($1, $2, $3, 'SUBMITTED', $4, gen_random_uuid(), true, 70, 'KHA')`,
        [a.tenantId, unitId, periodA, now],
      );
    }
    const before = received.length;
    expect(await service.digest({ tenantId: a.tenantId, periodId: periodA, day: '2026-12-28' })).toBe('all-submitted');
    expect(await service.sendEmail(queued, 'queued-digest')).toBe('submitted');
    expect(received.length).toBe(before);
    const { rows } = await owner.query(`SELECT count(*)::int AS n FROM reminders.notifications WHERE tenant_id = $1 AND milestone = '2026-12-28'`, [a.tenantId]);
    expect(rows[0].n).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { Job } from 'bullmq';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '@qcdc/shared/config';
import { EventEnvelope } from '@qcdc/shared/events';
import { ProvinceFixture, createProvince, freePort, ownerClient, tenantDbFor, testClock } from '@qcdc/shared/testing';
import { DeliveryRepository } from './delivery.repository';
import { MailDb } from './mail-db';
import { MailConsumer } from './mail.consumer';
import { Mailer } from './mailer';

/**
 * The mail consumer against a real SMTP server (smtp-server, on a free port) and PostgreSQL: an event is
 * mailed once however often it is delivered; a mailbox the server refuses for good (550) is dead-lettered
 * with the server's answer and leaves no delivery; a server that is away fails the job for BullMQ to retry,
 * and leaves no delivery either, so the retry sends.
 */
describe('the mail consumer', () => {
  let owner: Client;
  let province: ProvinceFixture;
  let server: SMTPServer;
  let port: number;
  let db: { db: MailDb; close: () => Promise<void> };
  let mailer: Mailer;
  let consumer: MailConsumer;
  const received: { to: string[]; raw: string }[] = [];

  const invited = (email: string): EventEnvelope<'user.invited'> => ({
    eventId: randomUUID(),
    name: 'user.invited',
    version: 1,
    tenantId: province.tenantId,
    occurredAt: testClock().now().toISOString(),
    payload: {
      userId: randomUUID(),
      email,
      displayName: 'Nguyễn Thị Hoà',
      provinceName: 'Tỉnh Vĩnh Long',
      invitedBy: 'Trần Văn Quản',
      link: `https://qcdc.example.vn/moi/${randomUUID()}`,
      expiresAt: testClock().now().toISOString(),
    },
  });
  const jobOf = (envelope: EventEnvelope) => ({ id: `mail.${envelope.eventId}`, data: envelope }) as unknown as Job<unknown>;
  const deliveries = async (eventId: string) =>
    (await owner.query(`SELECT count(*)::int AS n FROM mail.deliveries WHERE event_id = $1`, [eventId])).rows[0].n;

  const startServer = () =>
    new Promise<void>((resolve) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onRcptTo(address, _session, callback) {
          if (address.address.startsWith('khong.co')) return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
          callback();
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
            callback();
          });
        },
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });

  beforeAll(async () => {
    owner = await ownerClient();
    province = await createProvince(owner);
    port = await freePort();
    await startServer();
    const config = loadConfig('worker');
    mailer = new Mailer({ ...config, mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'QCDC <no-reply@qcdc.local>' } });
    db = (await tenantDbFor('mail')) as unknown as { db: MailDb; close: () => Promise<void> };
    consumer = new MailConsumer(db.db, new DeliveryRepository(), mailer);
  });

  afterAll(async () => {
    mailer.onModuleDestroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    await owner.end();
  });

  it('mails an event once, however often it is delivered', async () => {
    const event = invited('hoa@coquan.gov.vn');
    expect(await consumer.process(jobOf(event))).toBe('applied');
    expect(await consumer.process(jobOf(event))).toBe('duplicate');
    const mine = received.filter((m) => m.to.includes('hoa@coquan.gov.vn'));
    expect(mine).toHaveLength(1);
    expect(mine[0].raw).toContain('Content-Type: text/plain; charset=utf-8');
    expect(Buffer.from(mine[0].raw.split(/\r?\n\r?\n/)[2].split(/\r?\n--/)[0].replace(/\s+/g, ''), 'base64').toString('utf8')).toContain(
      'Kính gửi Nguyễn Thị Hoà,',
    );
    expect(await deliveries(event.eventId)).toBe(1);
  });

  it('dead-letters a mailbox the server refuses for good, with its answer, and records no delivery', async () => {
    const event = invited('khong.co.ai@coquan.gov.vn');
    expect(await consumer.process(jobOf(event))).toBe('dead-lettered');
    const { rows } = await owner.query(`SELECT reason FROM events.dead_letters WHERE consumer = 'mail' AND job_id = $1`, [`mail.${event.eventId}`]);
    expect(rows[0].reason).toMatch(/refused: The mail server refused the message to khong\.co\.ai@coquan\.gov\.vn: .*550/);
    expect(await deliveries(event.eventId)).toBe(0);
  });

  it('fails the job while the server is away (BullMQ retries), leaving no delivery, and sends on the retry', async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const event = invited('thu.lai@coquan.gov.vn');
    await expect(consumer.process(jobOf(event))).rejects.toThrow(/ECONNREFUSED|connect/);
    expect(await deliveries(event.eventId)).toBe(0);
    await startServer();
    expect(await consumer.process(jobOf(event))).toBe('applied');
    expect(received.filter((m) => m.to.includes('thu.lai@coquan.gov.vn'))).toHaveLength(1);
  });
});

import { Logger } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { EntityManager } from 'typeorm';
import { Clock, vietnamToday } from '@qcdc/shared/contracts';
import { qb, rowsOf } from '@qcdc/shared/db';
import { Mailer, isPermanentMailFailure } from '@qcdc/shared/mail';
import { fileDeadLetter } from '@qcdc/shared/relay';
import {
  DEFAULT_REMINDER_OFFSETS,
  ReminderMessage,
  ReminderMilestone,
  committeeDigestMessage,
  dueMilestone,
  escalationMessage,
  isDigestDay,
  isMandatory,
  milestoneName,
  quietHoursEnd,
  reminderMilestones,
  reminderPeriodLabel,
  unitReminderMessage,
} from '@qcdc/reports/domain';
import { Contact, OpenPeriod, ReminderRepository, RosterUnit } from './reminder.repository';
import { DAILY_TICK, DigestJob, EmailJob, ReminderJobName, TickJob, UnitJob, reminderJobId } from './reminder-jobs';
import { RemindersDb } from './reminders-db';

export type ReminderQueue = Pick<Queue, 'add' | 'upsertJobScheduler'>;

export interface ReminderOptions {
  webPublicUrl: string;
  /** Attempts and first backoff of a job (SMTP 4xx, a timeout, PostgreSQL away): exponential from there. */
  attempts: number;
  backoffMs: number;
}

type OwingUnits = Pick<Parameters<typeof committeeDigestMessage>[0], 'notSubmitted' | 'withoutEmail'>;

export type EmailOutcome = 'sent' | 'duplicate' | 'submitted' | 'no-address' | 'refused';

const UNIT_PEOPLE = ['UNIT_REPORTER', 'UNIT_HEAD'];

/**
 * Deadline reminders (issue 11). A daily tick per province computes, by the app clock, the milestone due for
 * each open period (pure rules of the reports domain) and enqueues one job per unit still owing its report,
 * and after the due day one digest for the committee. A unit's job records the in-app notifications and
 * enqueues one email job per person (held until their quiet hours end; none for an opted-out person's early
 * reminder). An email job sends in one transaction: it checks the unit has still not submitted, claims the
 * sent-log row (the unique key: exactly once), sends over SMTP and commits only once the server accepted.
 */
export class ReminderService {
  private readonly logger = new Logger(ReminderService.name);

  constructor(
    private readonly db: RemindersDb,
    private readonly repo: ReminderRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly queue: ReminderQueue,
    private readonly options: ReminderOptions,
  ) {}

  private jobOptions(jobId: string, delay = 0): JobsOptions {
    return {
      jobId,
      delay: Math.max(0, delay),
      attempts: this.options.attempts,
      backoff: { type: 'exponential', delay: this.options.backoffMs },
      removeOnComplete: { age: 7 * 24 * 3600 },
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }

  private add(name: ReminderJobName, data: object, jobId: string, delay = 0): Promise<unknown> {
    return this.queue.add(name, data, this.jobOptions(jobId, delay));
  }

  /** Every active province's daily tick (idempotent: a scheduler per province, upserted). */
  async scheduleAll(): Promise<number> {
    const tenants = await rowsOf(
      this.db.dataSource.manager,
      qb.selectFrom('tenancy.tenant_directory').select('id').where('kind', '=', 'PROVINCE').where('status', '=', 'ACTIVE'),
    );
    for (const t of tenants) await this.scheduleProvince(t.id as string);
    return tenants.length;
  }

  async scheduleProvince(tenantId: string): Promise<void> {
    await this.queue.upsertJobScheduler(reminderJobId.tickScheduler(tenantId), { ...DAILY_TICK }, {
      name: 'tick',
      data: { tenantId } satisfies TickJob,
      opts: { attempts: this.options.attempts, backoff: { type: 'exponential', delay: this.options.backoffMs } },
    });
  }

  /** The province's milestones of a period: its own schedule, or the default. */
  private milestonesOf(period: OpenPeriod): ReminderMilestone[] {
    return reminderMilestones(period, period.offsets ?? DEFAULT_REMINDER_OFFSETS);
  }

  /** One day's tick of a province, at the app clock's now: enqueues the due milestone of every unit still owing, and the digest. */
  async tick(tenantId: string): Promise<{ unitJobs: number; digests: number }> {
    const today = vietnamToday(this.clock.now());
    const jobs: { name: ReminderJobName; data: UnitJob | DigestJob; id: string }[] = [];
    await this.db.forTenant(tenantId, async (em) => {
      // Open periods only: a unit owing its report is chased, late too, until the committee closes the period.
      for (const period of await this.repo.openPeriods(em)) {
        const milestones = this.milestonesOf(period);
        const due = dueMilestone(milestones, today);
        if (due) {
          for (const unit of await this.repo.unitsNotSubmitted(em, period)) {
            const data: UnitJob = { tenantId, periodId: period.id, unitId: unit.unitId, offset: due.offset, milestone: milestoneName(due.offset) };
            jobs.push({ name: 'unit', data, id: reminderJobId.unit(data) });
          }
        }
        if (isDigestDay(period, milestones, today)) {
          const data: DigestJob = { tenantId, periodId: period.id, day: today };
          jobs.push({ name: 'digest', data, id: reminderJobId.digest(data) });
        }
      }
    });
    for (const j of jobs) await this.add(j.name, j.data, j.id);
    return { unitJobs: jobs.filter((j) => j.name === 'unit').length, digests: jobs.filter((j) => j.name === 'digest').length };
  }

  /** A unit's milestone: in-app notifications now, one email job per person (held through quiet hours). */
  async remindUnit(job: UnitJob): Promise<'notified' | 'submitted' | 'closed'> {
    const kind = job.offset > 0 ? 'ESCALATION' : 'REMINDER';
    const emails: EmailJob[] = [];
    const now = this.clock.now();
    const outcome = await this.db.forTenant(job.tenantId, async (em) => {
      const period = await this.repo.period(em, job.periodId);
      if (!period) return 'closed' as const;
      if (await this.repo.hasSubmitted(em, job.periodId, job.unitId)) return 'submitted' as const;
      const unit = await this.repo.unit(em, job.unitId);
      if (!unit) return 'closed' as const;
      const people = await this.repo.contacts(em, UNIT_PEOPLE, [job.unitId]);
      const reviewers = kind === 'ESCALATION' && unit.blocId ? await this.repo.contacts(em, ['BLOC_REVIEWER'], [unit.blocId]) : [];
      const audience: { contact: Contact; kind: 'REMINDER' | 'ESCALATION' }[] = [
        ...people.map((contact) => ({ contact, kind: 'REMINDER' as const })),
        ...reviewers.filter((r) => !people.some((p) => p.userId === r.userId)).map((contact) => ({ contact, kind: 'ESCALATION' as const })),
      ];
      for (const { contact, kind: messageKind } of audience) {
        const message = await this.unitMessage(em, period, job, contact, messageKind);
        const key = { periodId: job.periodId, subject: job.unitId, recipientId: contact.userId, milestone: job.milestone };
        if (await this.repo.claim(em, { ...key, channel: 'IN_APP' }, null)) {
          await this.repo.notify(em, { userId: contact.userId, periodId: job.periodId, unitId: job.unitId, kind: messageKind, milestone: job.milestone, title: message.title, body: message.body });
        }
        if (contact.email && !(contact.optOut && !isMandatory(messageKind, job.offset))) {
          emails.push({ tenantId: job.tenantId, ...key, kind: messageKind, offset: job.offset });
        }
      }
      return 'notified' as const;
    });
    for (const email of emails) await this.enqueueEmail(email, now);
    return outcome;
  }

  /** The committee's digest of a day: in-app now, an email job per member; none once every unit has submitted. */
  async digest(job: DigestJob): Promise<'notified' | 'closed' | 'all-submitted'> {
    const emails: EmailJob[] = [];
    const now = this.clock.now();
    const outcome = await this.db.forTenant(job.tenantId, async (em) => {
      const period = await this.repo.period(em, job.periodId);
      if (!period) return 'closed' as const;
      const owing = await this.owingUnits(em, period);
      if (owing.notSubmitted.length === 0) return 'all-submitted' as const;
      for (const member of await this.repo.contacts(em, ['PROVINCE_COMMITTEE'], null)) {
        const message = this.digestMessage(period, job.day, member, owing);
        const key = { periodId: job.periodId, subject: 'DIGEST', recipientId: member.userId, milestone: job.day };
        if (await this.repo.claim(em, { ...key, channel: 'IN_APP' }, null)) {
          await this.repo.notify(em, { userId: member.userId, periodId: job.periodId, unitId: null, kind: 'DIGEST', milestone: job.day, title: message.title, body: message.body });
        }
        if (member.email) emails.push({ tenantId: job.tenantId, ...key, kind: 'DIGEST', offset: null });
      }
      return 'notified' as const;
    });
    for (const email of emails) await this.enqueueEmail(email, now);
    return outcome;
  }

  private async enqueueEmail(email: EmailJob, now: Date): Promise<void> {
    const contactQuiet = await this.db.forTenant(email.tenantId, async (em) => {
      const [contact] = (await this.repo.contacts(em, [...UNIT_PEOPLE, 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE'], null)).filter((c) => c.userId === email.recipientId);
      return contact?.quiet ?? null;
    });
    const until = quietHoursEnd(now, contactQuiet);
    await this.add('email', email, reminderJobId.email(email), until ? until.getTime() - now.getTime() : 0);
  }

  /**
   * One email, exactly once: in one transaction, the unit must still owe its report, the sent-log row is
   * claimed (a second worker waits on the unique key, then finds it), the SMTP server takes the message, and
   * only then the transaction commits. A failure rolls the claim back and BullMQ retries with backoff; a
   * permanent refusal (5xx) is dead-lettered, not retried.
   */
  async sendEmail(job: EmailJob, jobId: string): Promise<EmailOutcome> {
    try {
      return await this.db.forTenant(job.tenantId, async (em) => {
        const period = await this.repo.period(em, job.periodId);
        if (!period) return 'submitted';
        // A digest goes while some unit owes its report; a unit's message while that unit does.
        const owing = job.subject === 'DIGEST' ? await this.owingUnits(em, period) : null;
        if (owing ? owing.notSubmitted.length === 0 : await this.repo.hasSubmitted(em, job.periodId, job.subject)) return 'submitted';
        const [contact] = (await this.repo.contacts(em, [...UNIT_PEOPLE, 'BLOC_REVIEWER', 'PROVINCE_COMMITTEE'], null)).filter((c) => c.userId === job.recipientId);
        if (!contact?.email) return 'no-address';
        const key = { periodId: job.periodId, subject: job.subject, recipientId: job.recipientId, milestone: job.milestone, channel: 'EMAIL' as const };
        if (!(await this.repo.claim(em, key, contact.email))) return 'duplicate';
        const message = owing
          ? this.digestMessage(period, job.milestone, contact, owing)
          : await this.unitMessage(em, period, { unitId: job.subject, offset: job.offset ?? 0 }, contact, job.kind);
        await this.mailer.send({ to: contact.email, subject: message.subject, text: message.text, html: message.html });
        return 'sent';
      });
    } catch (error) {
      if (!isPermanentMailFailure(error)) throw error;
      const reason = `refused: The mail server refused the reminder to ${job.recipientId}: ${(error as Error).message}`;
      await fileDeadLetter(this.db.dataSource, { consumer: 'reminders', jobId, data: job, reason });
      this.logger.warn(`${jobId} dead-lettered: ${reason}`);
      return 'refused';
    }
  }

  private async unitMessage(
    em: EntityManager,
    period: OpenPeriod,
    job: { unitId: string; offset: number },
    contact: Contact,
    kind: 'REMINDER' | 'ESCALATION' | 'DIGEST',
  ): Promise<ReminderMessage> {
    const unit = await this.repo.unit(em, job.unitId);
    const p = { label: reminderPeriodLabel(period), dueOn: period.dueOn };
    const unitName = unit?.name ?? job.unitId;
    if (kind === 'ESCALATION') {
      return escalationMessage({ displayName: contact.displayName, unitName, unitCode: unit?.code ?? '', blocName: unit?.blocName ?? 'khối', period: p, offset: job.offset });
    }
    return unitReminderMessage({ displayName: contact.displayName, unitName, period: p, offset: job.offset, link: `${this.options.webPublicUrl}/don-vi/${job.unitId}` });
  }

  /** The units a digest lists: those that have not submitted, and among them those no one can be emailed at. */
  private async owingUnits(em: EntityManager, period: OpenPeriod): Promise<OwingUnits> {
    const owing = await this.repo.unitsNotSubmitted(em, period);
    const noEmail = await this.repo.unitsWithoutEmail(em, owing.map((u) => u.unitId));
    const named = (u: RosterUnit) => ({ code: u.code, name: u.name, blocName: u.blocName });
    return { notSubmitted: owing.map(named), withoutEmail: owing.filter((u) => noEmail.has(u.unitId)).map(named) };
  }

  private digestMessage(period: OpenPeriod, day: string, contact: Contact, owing: OwingUnits): ReminderMessage {
    return committeeDigestMessage({
      displayName: contact.displayName,
      period: { label: reminderPeriodLabel(period), dueOn: period.dueOn },
      day,
      ...owing,
    });
  }

  /** A unit submitted: its unread reminders of the period are marked read (the send-time check stops the rest). */
  async unitSubmitted(tenantId: string, periodId: string, unitId: string): Promise<void> {
    await this.db.forTenant(tenantId, (em) => this.repo.markUnitRemindersRead(em, periodId, unitId));
  }
}

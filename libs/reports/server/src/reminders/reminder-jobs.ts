import type { ReminderMessageKind } from '@qcdc/reports/domain';
import { REMINDER_JOBS_QUEUE } from '@qcdc/shared/events';

/** The reminders' own queue (not an event consumer's): the daily ticks, a unit's milestone, a digest, one email. */
export const REMINDER_JOBS = REMINDER_JOBS_QUEUE;

export interface TickJob {
  tenantId: string;
}
export interface UnitJob {
  tenantId: string;
  periodId: string;
  unitId: string;
  offset: number;
  milestone: string;
}
export interface DigestJob {
  tenantId: string;
  periodId: string;
  day: string;
}
export interface EmailJob {
  tenantId: string;
  periodId: string;
  /** The unit's id, or 'DIGEST'. */
  subject: string;
  recipientId: string;
  milestone: string;
  kind: ReminderMessageKind;
  offset: number | null;
}

export type ReminderJobName = 'tick' | 'unit' | 'digest' | 'email';

/**
 * Deterministic job ids: the same milestone of the same unit is one job however many ticks, workers or reruns
 * name it (BullMQ keeps one job per id while it exists; the sent-log's unique key covers the rest). BullMQ
 * refuses ':' in custom ids, hence the dots.
 */
export const reminderJobId = {
  tickScheduler: (tenantId: string) => `tick.${tenantId}`,
  unit: (j: UnitJob) => `unit.${j.tenantId}.${j.periodId}.${j.unitId}.${j.milestone}`,
  digest: (j: DigestJob) => `digest.${j.tenantId}.${j.periodId}.${j.day}`,
  email: (j: EmailJob) => `email.${j.tenantId}.${j.periodId}.${j.subject}.${j.recipientId}.${j.milestone}`,
};

/** The daily tick of every province: 08:00 in Vietnam. */
export const DAILY_TICK = { pattern: '0 0 8 * * *', tz: 'Asia/Ho_Chi_Minh' } as const;

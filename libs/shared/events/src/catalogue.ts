import { z } from 'zod';
import { BANDS, PERIOD_KINDS, ROLES } from '@qcdc/shared/contracts';
import { AUDIT_ACTIONS, AUDIT_ACTION_NAMES, AUDIT_OBJECT_TYPES } from './audit-vocabulary';

const id = z.uuid();
const text = (max: number) => z.string().min(1).max(max);
const changedValues = z.record(z.string(), z.json()).nullable();
const calendarDay = z.iso.date();

/** What an activity's events carry: which activity, whose, of which kind (the activities registry's codes), and when. */
const activityPayload = z.object({ activityId: id, unitId: id, kind: z.string().regex(/^[A-Z_]{1,40}$/), occurredOn: calendarDay });
/** The named numbers an activity counts for, e.g. { sessions: 3, present: 45, eligible: 48 }. */
const figures = z.record(z.string().min(1).max(64), z.number().finite());
/** Which report a workflow event is about. */
const reportTransition = z.object({ reportId: id, unitId: id, periodId: id });

/**
 * The domain events, by name: each has a version and the schema of its payload. A payload is checked on
 * publish (before the outbox row is written) and again by every consumer (before anything is applied). The
 * tenant, the event id and the time travel in the envelope, not in the payload. A change of a payload's
 * shape that old consumers cannot read is a new version.
 */
export const EVENTS = {
  /** A unit of the org tree was created or changed (tenancy). */
  'org-unit.upserted': {
    version: 1,
    payload: z.object({
      unitId: id,
      code: text(64),
      name: text(200),
      kind: z.enum(['PROVINCE_COMMITTEE', 'BLOC', 'UNIT']),
      unitType: text(32),
      /** Nearest BLOC above the unit, if any. */
      blocId: id.nullable(),
      blocName: text(200).nullable(),
      /** The first day a period may start on and still expect the unit's report (null: every period); absent before it was carried. */
      expectedFrom: calendarDay.nullable().default(null),
      /** The day it closed (null: open). */
      closedOn: calendarDay.nullable().default(null),
      /**
       * The day the change takes effect (a move, a merge, a split, a closing, a renaming); null: since always
       * (a creation, a fix in place). The roll-ups apply it to a period's frozen expected set only if it takes
       * effect within or before the period's window.
       */
      effectiveOn: calendarDay.nullable().default(null),
    }),
  },
  /** A reporting period was created, generated or reopened (reports): the roll-ups freeze the expected set, the reminders schedule. */
  'reporting-period.opened': {
    version: 1,
    payload: z.object({
      periodId: id,
      year: z.number().int().min(2000).max(2100),
      kind: z.enum(PERIOD_KINDS),
      windowStart: calendarDay,
      windowEnd: calendarDay,
      dueOn: calendarDay,
      graceDays: z.number().int().min(0).max(90),
    }),
  },
  /** A unit submitted its report for a period, with the self-score the submission froze (reports). */
  'report.submitted': {
    version: 1,
    payload: z.object({
      reportId: id,
      unitId: id,
      periodId: id,
      submittedAt: z.iso.datetime({ offset: true }),
      late: z.boolean(),
      scoreTotal: z.number().min(0).max(1000),
      band: z.enum(BANDS),
      /** The frozen version (report_snapshots) and its number: 1 for the first submission, more after a return. */
      snapshotId: id.nullable().default(null),
      number: z.number().int().min(1).default(1),
      /** The rendering of the snapshot's documents the submission asked for (reports.render_jobs). */
      renderJobId: id.nullable().default(null),
      /** The points per criterion code the snapshot froze (the self-score); absent before it was carried. */
      criteria: z.record(z.string().min(1).max(32), z.number().min(0).max(1000)).default({}),
    }),
  },
  /** The bloc reviewed (thẩm định) a submitted report (reports). */
  'report.reviewed': { version: 1, payload: reportTransition.extend({ reviewedAt: z.iso.datetime({ offset: true }) }) },
  /** The bloc or the committee approved a report (reports): it can no longer change. */
  'report.approved': {
    version: 1,
    payload: reportTransition.extend({
      approvedAt: z.iso.datetime({ offset: true }),
      scoreTotal: z.number().min(0).max(1000),
      band: z.enum(BANDS),
    }),
  },
  /** A reviewer re-scored (chấm lại) a unit's self-assessment for a period (scoring): the standing score from then on. */
  'score.reviewed': {
    version: 1,
    payload: z.object({
      unitId: id,
      periodId: id,
      reviewedAt: z.iso.datetime({ offset: true }),
      scoreTotal: z.number().min(0).max(1000),
      band: z.enum(BANDS),
      criteria: z.record(z.string().min(1).max(32), z.number().min(0).max(1000)),
    }),
  },
  /** A reviewer returned a report to its unit with the reason (reports): the unit corrects and resubmits. */
  'report.returned': {
    version: 1,
    payload: reportTransition.extend({ returnedAt: z.iso.datetime({ offset: true }), reason: text(2000) }),
  },
  /**
   * Someone asked for a document to be rendered (reports): a unit report's draft, or the province's
   * consolidated report. The job (reports.render_jobs) holds the document; the worker renders DOCX and PDF.
   */
  'report.compile-requested': {
    version: 1,
    payload: z.object({
      renderJobId: id,
      subject: z.enum(['UNIT_REPORT', 'PROVINCE_REPORT']),
      periodId: id,
      reportId: id.nullable(),
    }),
  },
  /** A unit recorded an activity (activities), with the figures its kind counts for. */
  'activity.recorded': { version: 1, payload: activityPayload.extend({ figures }) },
  /** An activity was corrected (activities): its date, kind and figures as they now are. */
  'activity.corrected': { version: 1, payload: activityPayload.extend({ figures }) },
  /** An activity was deleted, with a reason (activities): it counts no more. */
  'activity.deleted': { version: 1, payload: activityPayload },
  /** Someone changed something: one entry of the audit log (every service, in the changing transaction). */
  'audit.recorded': {
    version: 1,
    payload: z
      .object({
        /** Who, under which membership (role × org unit; none for signing in and out). */
        actor: z.object({ userId: id, role: z.enum(ROLES).nullable(), orgUnitId: id.nullable() }),
        action: z.enum(AUDIT_ACTION_NAMES),
        object: z.object({ type: z.enum(AUDIT_OBJECT_TYPES), id: text(100) }),
        /** The changed fields only, as they were and as they became. */
        before: changedValues,
        after: changedValues,
        /** The request that made the change (x-request-id), to find it in the logs. */
        requestId: text(128).nullable(),
      })
      .refine((p) => AUDIT_ACTIONS[p.action].object === p.object.type, {
        message: 'the object type does not match the action',
        path: ['object', 'type'],
      }),
  },
  /**
   * A province admin invited someone by email (tenancy): the mail carries the link to accept. The link holds
   * the invitation's secret, which the database keeps only hashed; it is single-use and expires.
   */
  'user.invited': {
    version: 1,
    payload: z.object({
      userId: id,
      email: z.email().max(254),
      displayName: text(200),
      provinceName: text(200),
      /** Who invited, as the mail names them. */
      invitedBy: text(200),
      link: z.url().max(2000),
      expiresAt: z.iso.datetime({ offset: true }),
    }),
  },
  /** Someone (the person, or an admin for them) asked for a password reset link (tenancy); single-use, short-lived. */
  'user.password-reset-requested': {
    version: 1,
    payload: z.object({
      userId: id,
      email: z.email().max(254),
      displayName: text(200),
      username: text(64),
      provinceName: text(200),
      link: z.url().max(2000),
      expiresAt: z.iso.datetime({ offset: true }),
    }),
  },
} as const;

export type EventName = keyof typeof EVENTS;
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];
export type EventPayload<N extends EventName> = z.output<(typeof EVENTS)[N]['payload']>;

export const isEventName = (name: string): name is EventName => Object.prototype.hasOwnProperty.call(EVENTS, name);

/**
 * The consumers and the events each subscribes to. Each consumer has its own BullMQ queue (named after it),
 * gets its own copy of each event, and deduplicates on its own. Adding a consumer is one line here and one
 * processor file.
 */
export const CONSUMERS = {
  /** The figures by province, bloc and unit type the committee compares (libs/rollups/server). */
  rollups: [
    'org-unit.upserted',
    'reporting-period.opened',
    'report.submitted',
    'report.reviewed',
    'report.approved',
    'report.returned',
    'score.reviewed',
    'activity.recorded',
    'activity.corrected',
    'activity.deleted',
  ],
  /** The append-only audit log (libs/audit/server). */
  audit: ['audit.recorded'],
  /** Official documents: renders a submission's snapshot or a compile asked for to DOCX and PDF (libs/reports/server/src/rendering). */
  documents: ['report.submitted', 'report.compile-requested'],
  /** Outgoing mail: invitations and password reset links (libs/shared/mail); the reminders send their own (libs/reports/server/src/reminders). */
  mail: ['user.invited', 'user.password-reset-requested'],
  /** Deadline reminders (libs/reports/server/src/reminders): a submission stops a unit's reminders; an opened period is scheduled. */
  reminders: ['report.submitted', 'reporting-period.opened'],
} as const satisfies Record<string, readonly EventName[]>;

export type ConsumerName = keyof typeof CONSUMERS;
export const CONSUMER_NAMES = Object.keys(CONSUMERS) as ConsumerName[];
export type SubscribedBy<C extends ConsumerName> = (typeof CONSUMERS)[C][number];
/** A registry of subscriptions: CONSUMERS, or another one in a test of the relay. */
export type ConsumerRegistry = { readonly [C in ConsumerName]: readonly EventName[] };

/** The consumers that receive an event of this name. */
export function subscribersOf(name: string, registry: ConsumerRegistry = CONSUMERS): ConsumerName[] {
  return CONSUMER_NAMES.filter((c) => (registry[c] as readonly string[]).includes(name));
}

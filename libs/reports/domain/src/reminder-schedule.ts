import { badInput, vietnameseDate } from '@qcdc/shared/contracts';
import { GRACE_DAYS_MAX, addDays } from './deadline';

/**
 * When a period's reminders go out, in days from its due date: two weeks, a week and three days before, the
 * due day, and three days after (issue 11). A province may set its own offsets.
 */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-14, -7, -3, 0, 3];

/** One milestone of a period's schedule: a reminder to the units that have not submitted, or, after the due day, also an escalation to their bloc. */
export interface ReminderMilestone {
  /** Days from the due date (negative before it). */
  offset: number;
  /** "YYYY-MM-DD", in Vietnam's calendar. */
  on: string;
  kind: 'REMINDER' | 'ESCALATION';
}

/**
 * The latest a milestone may be, in days after the due date: the longest grace a province may give. A unit
 * may still submit, late, until the committee closes the period by hand, and is chased while it is open.
 */
export const LATEST_REMINDER_OFFSET = GRACE_DAYS_MAX;

/**
 * A period's milestones, in date order. Refused with what to fix: no milestone at all, an offset repeated, or
 * one more than LATEST_REMINDER_OFFSET days after the due date.
 */
export function reminderMilestones(period: { dueOn: string }, offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS): ReminderMilestone[] {
  if (offsets.length === 0) {
    throw badInput(
      'Lịch nhắc phải có ít nhất một mốc. Vui lòng thêm mốc, ví dụ 7 ngày trước hạn nộp.',
      'A reminder schedule needs at least one milestone. Add one, e.g. 7 days before the due date.',
      { field: 'offsets', reason: 'NO_MILESTONES' },
    );
  }
  if (new Set(offsets).size !== offsets.length) {
    throw badInput('Mỗi mốc nhắc chỉ được đặt một lần.', 'Each milestone may be set only once.', { field: 'offsets', reason: 'MILESTONE_REPEATED' });
  }
  const fraction = offsets.find((o) => !Number.isInteger(o));
  if (fraction !== undefined) {
    throw badInput('Mốc nhắc phải là số ngày nguyên, ví dụ -7 (7 ngày trước hạn) hoặc 3.', 'A milestone is a whole number of days, e.g. -7 (a week before) or 3.', {
      field: 'offsets',
      reason: 'MILESTONE_NOT_WHOLE_DAYS',
      offset: fraction,
    });
  }
  const late = offsets.find((o) => o > LATEST_REMINDER_OFFSET);
  if (late !== undefined) {
    const latest = addDays(period.dueOn, LATEST_REMINDER_OFFSET);
    throw badInput(
      `Mốc nhắc ${late} ngày sau hạn nộp quá muộn. Vui lòng chọn mốc không muộn hơn ${LATEST_REMINDER_OFFSET} ngày sau hạn (${vietnameseDate(latest)}).`,
      `The milestone ${late} days after the due date is too late. Choose one at most ${LATEST_REMINDER_OFFSET} days after it (${latest}).`,
      { field: 'offsets', reason: 'MILESTONE_TOO_LATE', offset: late },
    );
  }
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offset) => ({ offset, on: addDays(period.dueOn, offset), kind: offset > 0 ? 'ESCALATION' : 'REMINDER' }));
}

/** The most milestones a schedule may have (one every day of a month is already too many to read). */
export const MAX_REMINDER_MILESTONES = 30;
/** The earliest milestone: half a year before the due date. */
export const EARLIEST_REMINDER_OFFSET = -180;

/**
 * A schedule a province admin saves: the offsets, checked by `reminderMilestones` plus the bounds above, for
 * a period still open (a closed one sends nothing more).
 */
export function assertReminderOffsets(period: { dueOn: string; status: string }, offsets: readonly number[]): ReminderMilestone[] {
  if (period.status !== 'OPEN') {
    throw badInput(
      'Kỳ báo cáo đã đóng nên không còn gửi nhắc. Nếu cần nhắc tiếp, vui lòng mở lại kỳ ở Lịch báo cáo trước.',
      'The reporting period is closed, so no more reminders go out. To chase again, reopen the period in the calendar first.',
      { field: 'periodId', reason: 'PERIOD_CLOSED' },
    );
  }
  if (offsets.length > MAX_REMINDER_MILESTONES) {
    throw badInput(
      `Lịch nhắc có tối đa ${MAX_REMINDER_MILESTONES} mốc.`,
      `A reminder schedule has at most ${MAX_REMINDER_MILESTONES} milestones.`,
      { field: 'offsets', reason: 'TOO_MANY_MILESTONES' },
    );
  }
  const early = offsets.find((o) => o < EARLIEST_REMINDER_OFFSET);
  if (early !== undefined) {
    throw badInput(
      `Mốc nhắc không được sớm hơn ${-EARLIEST_REMINDER_OFFSET} ngày trước hạn nộp.`,
      `A milestone may be at most ${-EARLIEST_REMINDER_OFFSET} days before the due date.`,
      { field: 'offsets', reason: 'MILESTONE_TOO_EARLY', offset: early },
    );
  }
  return reminderMilestones(period, offsets);
}

/** A milestone's name, as the sent-log and the messages know it: "T-7", "T-0", "T+3". */
export const milestoneName = (offset: number): string => (offset > 0 ? `T+${offset}` : `T-${-offset}`);

/** How many days late a missed milestone is still sent (a worker down for a day or two); older ones are not. */
export const MILESTONE_CATCH_UP_DAYS = 7;

/**
 * The milestone a daily tick on `today` sends: the latest one on or before today, unless it is more than
 * MILESTONE_CATCH_UP_DAYS old. A tick the worker missed (down for a day) is caught up by the next one, never
 * by sending two milestones at once; the days after a milestone the tick keeps naming it, and the sent-log
 * makes that a no-op; a week after the last one, the period's chase is over.
 */
export function dueMilestone(milestones: readonly ReminderMilestone[], today: string): ReminderMilestone | null {
  let due: ReminderMilestone | null = null;
  for (const m of milestones) if (m.on <= today) due = m;
  return due && addDays(due.on, MILESTONE_CATCH_UP_DAYS) >= today ? due : null;
}

/**
 * Whether the committee gets its daily digest on `today`: every day after the due day, through the later of
 * the last milestone and the end of the grace days, while the period is open.
 */
export function isDigestDay(period: { dueOn: string; graceDays: number }, milestones: readonly ReminderMilestone[], today: string): boolean {
  const lastMilestone = milestones.length ? milestones[milestones.length - 1].on : period.dueOn;
  const graceEnds = addDays(period.dueOn, Math.max(period.graceDays, 0));
  return today > period.dueOn && (today <= lastMilestone || today <= graceEnds);
}

/** What a reminder message is: to a unit, to its bloc after the due day, the committee's daily digest (reminders.notifications.kind). */
export const REMINDER_MESSAGE_KINDS = ['REMINDER', 'ESCALATION', 'DIGEST'] as const;
export type ReminderMessageKind = (typeof REMINDER_MESSAGE_KINDS)[number];
/** How a reminder reaches a person (reminders.sent_log.channel). */
export const REMINDER_CHANNELS = ['EMAIL', 'IN_APP'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/**
 * Which messages a person may opt out of: only the early reminders (before the due day). The due day's
 * reminder, every reminder after it, the escalation to the bloc and the committee's digest are mandatory.
 */
export function isMandatory(kind: ReminderMessageKind, offset: number | null): boolean {
  return kind !== 'REMINDER' || (offset ?? 0) >= 0;
}

/** Quiet hours, in minutes from midnight in Vietnam's time; start > end spans midnight. */
export interface QuietHours {
  start: number;
  end: number;
}

const VIETNAM_OFFSET_MINUTES = 7 * 60;
const MINUTES_PER_DAY = 24 * 60;

/**
 * When an email at `now` must wait for: the end of the person's quiet hours, or null when it may go now.
 * In-app notifications never wait.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours | null): Date | null {
  if (!quiet || quiet.start === quiet.end) return null;
  const local = Math.floor(now.getTime() / 60000) + VIETNAM_OFFSET_MINUTES;
  const minute = ((local % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const inside = quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
  if (!inside) return null;
  const wait = (quiet.end - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const startOfMinute = Math.floor(now.getTime() / 60000) * 60000;
  return new Date(startOfMinute + wait * 60000);
}

/** "22:00" → 1320, refused with the field's name when it is not a time of day. */
export function parseTimeOfDay(value: string, field: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!m) {
    throw badInput(`Giờ "${value}" không hợp lệ. Vui lòng nhập theo dạng GG:PP, ví dụ 22:00.`, `"${value}" is not a time of day. Use HH:MM, e.g. 22:00.`, {
      field,
      reason: 'NOT_A_TIME_OF_DAY',
    });
  }
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 1320 → "22:00". */
export const timeOfDay = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Quiet hours from the form: both or neither, and not the same time (that would be no quiet at all). */
export function assertQuietHours(start: string | null, end: string | null): QuietHours | null {
  if (start === null && end === null) return null;
  if (start === null || end === null) {
    throw badInput('Vui lòng nhập cả giờ bắt đầu và giờ kết thúc của khung giờ yên lặng, hoặc bỏ trống cả hai.', 'Give both the start and the end of the quiet hours, or neither.', {
      field: start === null ? 'quietStart' : 'quietEnd',
      reason: 'QUIET_HOURS_INCOMPLETE',
    });
  }
  const quiet = { start: parseTimeOfDay(start, 'quietStart'), end: parseTimeOfDay(end, 'quietEnd') };
  if (quiet.start === quiet.end) {
    throw badInput('Giờ bắt đầu và giờ kết thúc của khung giờ yên lặng phải khác nhau.', 'The quiet hours must start and end at different times.', {
      field: 'quietEnd',
      reason: 'QUIET_HOURS_EMPTY',
    });
  }
  return quiet;
}

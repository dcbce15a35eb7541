import { badInput, vietnameseDate } from '@qcdc/shared/contracts';
import { addDays } from './deadline';

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
 * A period's milestones, in date order. Refused with what to fix: no milestone at all, an offset repeated, or
 * one after the period closes (its due date plus the grace days), when no unit may submit any more.
 */
export function reminderMilestones(period: { dueOn: string; graceDays: number }, offsets: readonly number[] = DEFAULT_REMINDER_OFFSETS): ReminderMilestone[] {
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
  const late = offsets.find((o) => o > period.graceDays);
  if (late !== undefined) {
    const closes = addDays(period.dueOn, period.graceDays);
    throw badInput(
      `Mốc nhắc ${late} ngày sau hạn nộp rơi sau ngày kỳ báo cáo đóng (${vietnameseDate(closes)}). Vui lòng chọn mốc không muộn hơn ${period.graceDays} ngày sau hạn.`,
      `The milestone ${late} days after the due date falls after the period closes (${closes}). Choose one at most ${period.graceDays} days after the due date.`,
      { field: 'offsets', reason: 'MILESTONE_AFTER_CLOSE', offset: late },
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

/** A schedule a province admin saves: the offsets, checked by `reminderMilestones` plus the bounds above. */
export function assertReminderOffsets(period: { dueOn: string; graceDays: number }, offsets: readonly number[]): ReminderMilestone[] {
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

/**
 * The milestone a daily tick on `today` sends: the latest one on or before today. A tick the worker missed
 * (down for a day) is caught up by the next one, never by sending two milestones at once; after the last
 * milestone the tick keeps naming it, and the sent-log makes that a no-op.
 */
export function dueMilestone(milestones: readonly ReminderMilestone[], today: string): ReminderMilestone | null {
  let due: ReminderMilestone | null = null;
  for (const m of milestones) if (m.on <= today) due = m;
  return due;
}

/** Whether the committee gets its daily digest on `today`: after the due day, until the period closes. */
export function isDigestDay(period: { dueOn: string; graceDays: number }, today: string): boolean {
  return today > period.dueOn && today <= addDays(period.dueOn, Math.max(period.graceDays, 0));
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

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

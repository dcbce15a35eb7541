import { z } from 'zod';
import { field } from '@qcdc/shared/contracts';

/** The inputs of the reminders API (reports subgraph), checked before any resolver work; the web reuses them. */
const periodId = field.id({ vi: 'kỳ báo cáo', en: 'reporting period' });
const offset = field.int({ vi: 'mốc nhắc (số ngày so với hạn nộp)', en: 'a milestone (days from the due date)' }, { min: -366, max: 366 });
const timeOfDayText = field.optionalText({ vi: 'giờ', en: 'the time' }, { max: 5 });

/** reminderSchedule(periodId) */
export const reminderScheduleArgs = z.object({ periodId });

/** saveReminderSchedule(input): the offsets in days from the due date; the rules (none, repeated, too late, a closed period) are `assertReminderOffsets`. */
export const saveReminderScheduleInput = z.object({
  periodId,
  offsets: field.list({ vi: 'các mốc nhắc', en: 'the milestones' }, offset, { max: 60 }),
});
export type SaveReminderSchedule = z.output<typeof saveReminderScheduleInput>;

/** myNotifications(unreadOnly, limit) */
export const myNotificationsArgs = z.object({
  unreadOnly: z.boolean().nullish().transform((v) => v ?? false),
  limit: field.optionalInt({ vi: 'số thông báo', en: 'the number of notifications' }, { min: 1, max: 200 }).transform((v) => v ?? 50),
});

/** markNotificationsRead(ids, all): some of one's own notifications, or all of them. */
export const markNotificationsReadArgs = z.object({
  ids: field
    .list({ vi: 'các thông báo', en: 'the notifications' }, field.id({ vi: 'thông báo', en: 'notification' }), { max: 200 })
    .nullish()
    .transform((v) => v ?? []),
  all: z.boolean().nullish().transform((v) => v ?? false),
});

/** saveNotificationPreferences(input): quiet hours "HH:MM" (both or neither; `assertQuietHours`) and the opt-out. */
export const notificationPreferencesInput = z.object({
  quietStart: timeOfDayText,
  quietEnd: timeOfDayText,
  optOut: z.boolean(),
});
export type NotificationPreferencesInput = z.output<typeof notificationPreferencesInput>;

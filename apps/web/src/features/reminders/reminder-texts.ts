// The reminders' words, Vietnamese first, each with its English twin (kept with the feature, like the
// calendar's, so the shared catalogue stays small). `{{name}}` marks a value filled in.
import type { Bilingual } from '@qcdc/shared/contracts';
import { useLang } from '../../shared/i18n';

const REMINDER_TEXTS = {
  bell: { vi: 'Thông báo', en: 'Notifications' },
  bellUnread: { vi: 'Thông báo: {{count}} chưa đọc', en: 'Notifications: {{count}} unread' },
  eyebrow: { vi: 'Tài khoản', en: 'Account' },
  title: { vi: 'Thông báo nhắc hạn', en: 'Deadline notifications' },
  hint: {
    vi: 'Thư nhắc các đơn vị chưa nộp báo cáo, báo cáo quá hạn gửi khối và bản tổng hợp hằng ngày gửi Ban Chỉ đạo.',
    en: 'Reminders to units that have not reported, overdue notices to their bloc and the committee’s daily digest.',
  },
  none: { vi: 'Chưa có thông báo nào.', en: 'No notifications yet.' },
  unreadOnly: { vi: 'Chỉ hiện thông báo chưa đọc', en: 'Unread only' },
  markRead: { vi: 'Đánh dấu đã đọc', en: 'Mark read' },
  markAllRead: { vi: 'Đánh dấu tất cả đã đọc', en: 'Mark all read' },
  read: { vi: 'Đã đọc', en: 'Read' },
  kind_REMINDER: { vi: 'Nhắc hạn', en: 'Reminder' },
  kind_ESCALATION: { vi: 'Quá hạn', en: 'Overdue' },
  kind_DIGEST: { vi: 'Tổng hợp', en: 'Digest' },
  prefsTitle: { vi: 'Tùy chọn nhận thư', en: 'Email preferences' },
  prefsHint: {
    vi: 'Trong khung giờ yên lặng (giờ Việt Nam), thư được giữ lại và gửi khi hết khung giờ; thông báo trên hệ thống vẫn hiện ngay.',
    en: 'During quiet hours (Vietnam time) emails wait until they end; in-app notifications still appear at once.',
  },
  quietStart: { vi: 'Yên lặng từ (GG:PP)', en: 'Quiet from (HH:MM)' },
  quietEnd: { vi: 'Đến (GG:PP)', en: 'Until (HH:MM)' },
  optOut: {
    vi: 'Không nhận thư nhắc trước hạn (thư nhắc đúng hạn, quá hạn và tổng hợp vẫn được gửi vì là bắt buộc)',
    en: 'No emails for the reminders before the due day (the due-day, overdue and digest messages are mandatory)',
  },
  savePrefs: { vi: 'Lưu tùy chọn', en: 'Save preferences' },
  prefsSaved: { vi: 'Đã lưu tùy chọn.', en: 'Preferences saved.' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  scheduleLink: { vi: 'Lịch nhắc', en: 'Reminders' },
  scheduleEyebrow: { vi: 'Lịch nhắc', en: 'Reminders' },
  scheduleTitle: { vi: 'Lịch nhắc hạn nộp báo cáo', en: 'Reminder schedule' },
  scheduleHint: {
    vi: 'Các mốc tính bằng số ngày so với hạn nộp: số âm là trước hạn (-7 là 7 ngày trước), 0 là đúng hạn, số dương là sau hạn (gửi cả khối thẩm định), muộn nhất 90 ngày sau hạn. Đơn vị chưa nộp được nhắc cho đến khi kỳ báo cáo đóng.',
    en: 'Milestones in days from the due date: negative before it (-7 is a week before), 0 the due day, positive after it (the bloc is told too), at most 90 days after it. Units that have not submitted are chased until the period is closed.',
  },
  graceDays: { vi: 'Gia hạn {{days}} ngày.', en: 'Grace: {{days}} days.' },
  periodClosed: {
    vi: 'Kỳ báo cáo này đã đóng nên không còn gửi nhắc. Nếu cần nhắc tiếp, quản trị tỉnh mở lại kỳ ở mục Lịch báo cáo, rồi sửa lịch nhắc tại đây.',
    en: 'This reporting period is closed, so no more reminders go out. To chase again, the province administrator reopens it in the reporting calendar, then edits the schedule here.',
  },
  offsets: { vi: 'Các mốc (cách nhau bằng dấu phẩy)', en: 'Milestones (comma separated)' },
  offsetsProblem: { vi: 'Vui lòng nhập các số nguyên cách nhau bằng dấu phẩy, ví dụ -14, -7, -3, 0, 3.', en: 'Enter whole numbers separated by commas, e.g. -14, -7, -3, 0, 3.' },
  isDefault: { vi: 'Kỳ này đang dùng lịch mặc định.', en: 'This period uses the default schedule.' },
  colMilestone: { vi: 'Mốc', en: 'Milestone' },
  colDay: { vi: 'Ngày gửi', en: 'Sent on' },
  colKind: { vi: 'Loại', en: 'Kind' },
  colOptional: { vi: 'Được từ chối nhận', en: 'Optional' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  saveSchedule: { vi: 'Lưu lịch nhắc', en: 'Save the schedule' },
  scheduleSaved: { vi: 'Đã lưu lịch nhắc.', en: 'The schedule is saved.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
} satisfies Record<string, Bilingual>;

export type ReminderTextKey = keyof typeof REMINDER_TEXTS;

/** `rt(key, values)`: the reminders' text in the chosen language. */
export function useReminderText() {
  const { say } = useLang();
  return (key: ReminderTextKey, values: Record<string, string | number> = {}) =>
    say(REMINDER_TEXTS[key]).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

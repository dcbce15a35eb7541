// The calendar's words, Vietnamese first, each with its English twin (kept with the feature, like the legacy
// import's). `{{name}}` marks a value filled in.
import type { Bilingual } from '@qcdc/shared/contracts';
import { useLang } from '../../shared/i18n';

const CALENDAR_TEXTS = {
  title: { vi: 'Lịch báo cáo của tỉnh', en: "The province's reporting calendar" },
  intro: {
    vi: 'Mỗi loại kỳ có kỳ số liệu (từ ngày … đến ngày …) và hạn nộp theo ngày/tháng, dùng cho mọi năm. Lưu lịch rồi bấm "Tạo các kỳ của năm" để mở các kỳ còn thiếu; kỳ đã có được giữ nguyên.',
    en: 'Each kind of period has its data window and due date as days of the year, for every year. Save the calendar, then press "Create the year\'s periods" to open the missing ones; existing periods are kept.',
  },
  default: { vi: 'Tỉnh đang dùng lịch thông lệ (chưa lưu lịch riêng).', en: 'The province uses the customary calendar (none saved).' },
  savedAt: { vi: 'Đã lưu lúc {{time}}.', en: 'Saved at {{time}}.' },
  colKind: { vi: 'Loại kỳ', en: 'Kind' },
  colStart: { vi: 'Bắt đầu kỳ số liệu (ngày-tháng)', en: 'Window starts (MM-DD)' },
  colPrevious: { vi: 'Từ năm trước', en: 'In the year before' },
  colEnd: { vi: 'Kết thúc kỳ số liệu (ngày-tháng)', en: 'Window ends (MM-DD)' },
  colDue: { vi: 'Hạn nộp (ngày-tháng)', en: 'Due (MM-DD)' },
  colGrace: { vi: 'Gia hạn (ngày)', en: 'Grace days' },
  dayHint: { vi: 'Nhập theo dạng tháng-ngày, ví dụ 12-15 là ngày 15/12.', en: 'Write MM-DD, e.g. 12-15 for 15 December.' },
  save: { vi: 'Lưu lịch báo cáo', en: 'Save the calendar' },
  saved: { vi: 'Đã lưu lịch báo cáo.', en: 'The calendar is saved.' },
  generate: { vi: 'Tạo các kỳ của năm {{year}} theo lịch', en: 'Create the periods of {{year}} from the calendar' },
  generated: {
    vi: 'Năm {{year}}: đã tạo {{created}} kỳ mới, giữ nguyên {{kept}} kỳ đã có.',
    en: '{{year}}: {{created}} new period(s) created, {{kept}} existing kept.',
  },
  close: { vi: 'Đóng kỳ', en: 'Close' },
  reopen: { vi: 'Mở lại kỳ', en: 'Reopen' },
  closeHint: {
    vi: 'Kỳ đã đóng không nhận thêm hoạt động, điểm hay báo cáo mới.',
    en: 'A closed period takes no new activity, score or report.',
  },
} satisfies Record<string, Bilingual>;

/** `ct(key, values)`: the calendar's text in the chosen language. */
export function useCalendarText() {
  const { say } = useLang();
  return (key: keyof typeof CALENDAR_TEXTS, values: Record<string, string | number> = {}) =>
    say(CALENDAR_TEXTS[key]).replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

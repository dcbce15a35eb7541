// The legacy import screen's words, Vietnamese first: kept with the feature (the app's catalogue carries only
// the link to it), each with its English twin. `{{name}}` marks a value filled in by `fill`.
import type { Bilingual } from '@qcdc/shared/contracts';
import { useLang } from '../../shared/i18n';

export const LEGACY_TEXTS = {
  legacyIntro: {
    vi: 'Đưa một báo cáo năm đã viết theo mẫu cũ (A/- I/- 1/- …) vào hệ thống: tải tệp lên hoặc dán nội dung, kiểm tra những gì hệ thống đọc được, sửa nếu cần, rồi bấm "Xác nhận nhập". Chưa có gì được lưu cho đến khi bạn xác nhận.',
    en: 'Bring a yearly report written in the old structure (A/- I/- 1/- …) into the system: upload the file or paste its text, check what was read, correct it if needed, then press "Confirm import". Nothing is saved until you confirm.',
  },
  legacyPeriodClosed: {
    vi: 'Kỳ báo cáo này đã đóng nên không nhận báo cáo mới. Hãy chọn kỳ khác, hoặc liên hệ quản trị tỉnh để mở lại kỳ.',
    en: 'This reporting period is closed and takes no new reports. Choose another period, or ask the province administrator to reopen it.',
  },
  legacyStep1: {
    vi: 'Bước 1. Chọn báo cáo cũ',
    en: 'Step 1. Choose the past report',
  },
  legacyUploadTitle: {
    vi: 'Tải tệp lên',
    en: 'Upload a file',
  },
  legacyUploadHint: {
    vi: 'Tệp Word (.docx) hoặc văn bản (.txt), tối đa 2 MB. Tệp .doc hoặc PDF: hãy mở và lưu lại thành .docx, hoặc sao chép nội dung rồi dán vào ô bên dưới.',
    en: 'A Word (.docx) or text (.txt) file, at most 2 MB. A .doc or PDF: open it and save it as .docx, or copy its text and paste it below.',
  },
  legacyChooseFile: {
    vi: 'Chọn tệp báo cáo…',
    en: 'Choose the report file…',
  },
  legacyReadingFile: {
    vi: 'Đã gửi xong {{name}}; đang đọc nội dung…',
    en: '{{name}} sent; reading it…',
  },
  legacyPasteTitle: {
    vi: 'Hoặc dán nội dung',
    en: 'Or paste the text',
  },
  legacyPasteLabel: {
    vi: 'Nội dung báo cáo (từ chữ "BÁO CÁO" đến tên người ký)',
    en: 'The report’s text (from "BÁO CÁO" to the signer’s name)',
  },
  legacyPastePlaceholder: {
    vi: 'BÁO CÁO\n…\nA/- KẾT QUẢ NĂM …\nI/- Đặc điểm tình hình:\n…',
    en: 'BÁO CÁO\n…\nA/- KẾT QUẢ NĂM …\nI/- Đặc điểm tình hình:\n…',
  },
  legacyReadText: {
    vi: 'Đọc nội dung',
    en: 'Read the text',
  },
  legacyReading: {
    vi: 'Đang đọc…',
    en: 'Reading…',
  },
  legacyStep2: {
    vi: 'Bước 2. Kiểm tra những gì đã đọc được',
    en: 'Step 2. Check what was read',
  },
  legacyReviewHint: {
    vi: 'Báo cáo "{{title}}" (năm {{year}}). Hãy so từng số liệu với bản giấy; cột "Câu gốc" cho biết số liệu lấy từ đâu.',
    en: 'Report "{{title}}" (year {{year}}). Compare each figure with the paper; the "Source" column says where it came from.',
  },
  legacyWarningsTitle: {
    vi: 'Cần kiểm tra ({{n}} điểm):',
    en: 'To check ({{n}} points):',
  },
  legacyNoWarnings: {
    vi: 'Đã đọc được đủ các mục và số liệu chính. Vẫn hãy so lại với bản giấy.',
    en: 'Every section and the main figures were read. Still compare them with the paper.',
  },
  legacyProfileTitle: {
    vi: 'Đặc điểm tình hình và điểm tự chấm',
    en: 'The unit and its self-score',
  },
  legacyProfile_staff: {
    vi: 'Tổng số cán bộ, công chức',
    en: 'Staff',
  },
  legacyProfile_partyMembers: {
    vi: 'Đảng viên',
    en: 'Party members',
  },
  legacyProfile_unionMembers: {
    vi: 'Đoàn viên công đoàn',
    en: 'Union members',
  },
  legacySelfScore: {
    vi: 'Điểm tự chấm',
    en: 'Self-score',
  },
  legacyNotRead: {
    vi: 'Không đọc được — hãy nhập tay sau',
    en: 'Not read — enter it by hand later',
  },
  legacyNoneRead: {
    vi: 'Không thấy số liệu nào loại này.',
    en: 'No figure of this kind was found.',
  },
  legacyMeetingsTitle: {
    vi: 'Các cuộc họp, hội nghị và số người dự',
    en: 'Meetings and attendance',
  },
  legacyColSection: {
    vi: 'Mục',
    en: 'Section',
  },
  legacyColSessions: {
    vi: 'Số cuộc',
    en: 'Sessions',
  },
  legacyColAttendance: {
    vi: 'Dự / được mời',
    en: 'Present / invited',
  },
  legacyColUnit: {
    vi: 'Đơn vị tính',
    en: 'Counted as',
  },
  legacyColSource: {
    vi: 'Câu gốc',
    en: 'Source',
  },
  legacyPersonnelTitle: {
    vi: 'Công tác cán bộ',
    en: 'Personnel decisions',
  },
  legacyColDecision: {
    vi: 'Việc',
    en: 'Decision',
  },
  legacyColPeople: {
    vi: 'Số người',
    en: 'People',
  },
  legacyAction_RECRUITED: {
    vi: 'Tuyển dụng',
    en: 'Recruitment',
  },
  legacyAction_PAY_RISE: {
    vi: 'Nâng lương',
    en: 'Pay rise',
  },
  legacyAction_RESIGNED: {
    vi: 'Nghỉ việc',
    en: 'Resignation',
  },
  legacyAction_ALLOWANCE: {
    vi: 'Phụ cấp',
    en: 'Allowance',
  },
  legacyAction_TRAINED: {
    vi: 'Đào tạo, bồi dưỡng',
    en: 'Training',
  },
  legacyBoardsTitle: {
    vi: 'Các ban được bầu',
    en: 'Boards elected',
  },
  legacyDocumentsTitle: {
    vi: 'Văn bản được nhắc tới',
    en: 'Documents cited',
  },
  legacySectionsTitle: {
    vi: 'Nội dung từng mục của báo cáo',
    en: 'The text of each section',
  },
  legacySectionsHint: {
    vi: 'Mỗi mục theo mẫu báo cáo Nghị định 71. Hãy sửa chữ đọc sai; mục để trống sẽ không có nội dung.',
    en: 'Each section of the Decree 71 report structure. Correct what was misread; an empty section stays empty.',
  },
  legacyHeaderTitle: {
    vi: 'Phần đầu và phần ký của văn bản',
    en: 'The header and signature of the document',
  },
  legacyHeaderHint: {
    vi: 'Báo cáo cũ thường không ghi đủ phần đầu; hãy điền nơi ban hành và ngày. Trích yếu, nơi nhận và người ký lấy từ báo cáo.',
    en: 'Past reports seldom carry the whole header: fill in the place and the date. The subject, recipients and signer come from the report.',
  },
  legacyFormat: {
    vi: 'Thể thức văn bản',
    en: 'Document format',
  },
  legacyFormat_PARTY: {
    vi: 'Văn bản của Đảng',
    en: 'Party document',
  },
  legacyFormat_STATE: {
    vi: 'Văn bản hành chính nhà nước',
    en: 'State administrative document',
  },
  legacyIssuer: {
    vi: 'Tên cơ quan ban hành',
    en: 'Issuing body',
  },
  legacyPlace: {
    vi: 'Địa danh',
    en: 'Place',
  },
  legacyPlaceHint: {
    vi: 'Ví dụ: Vĩnh Long',
    en: 'E.g. Vĩnh Long',
  },
  legacyIssuedOn: {
    vi: 'Ngày ban hành',
    en: 'Date of issue',
  },
  legacySubject: {
    vi: 'Trích yếu',
    en: 'Subject',
  },
  legacyRecipients: {
    vi: 'Nơi nhận',
    en: 'Recipients',
  },
  legacySigner: {
    vi: 'Người ký',
    en: 'Signer',
  },
  legacyHeaderMissing: {
    vi: 'Hãy điền tên cơ quan ban hành, địa danh và ngày ban hành trước khi xác nhận.',
    en: 'Fill in the issuing body, the place and the date of issue before confirming.',
  },
  legacyConfirmHint: {
    vi: 'Bấm "Xác nhận nhập" để tạo bản nháp báo cáo của đơn vị cho kỳ này (hạn nộp {{due}}). Sau đó vẫn sửa được trước khi nộp.',
    en: 'Press "Confirm import" to create the unit’s draft report for this period (due {{due}}). You can still edit it before submitting.',
  },
  legacyConfirm: {
    vi: 'Xác nhận nhập',
    en: 'Confirm import',
  },
  legacyImported: {
    vi: 'Đã nhập báo cáo cũ thành bản nháp báo cáo của đơn vị cho kỳ này.',
    en: 'The past report is now the unit’s draft report for this period.',
  },
  legacyBackToUnit: {
    vi: 'Về trang của đơn vị',
    en: 'Back to the unit',
  },
} satisfies Record<string, Bilingual>;

export type LegacyTextKey = keyof typeof LEGACY_TEXTS;

/** The text with its `{{name}}` values filled in. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `lt(key, values)`: the screen's text in the chosen language. */
export function useLegacyText() {
  const { say } = useLang();
  return (key: LegacyTextKey, values?: Record<string, string | number>) => fill(say(LEGACY_TEXTS[key]), values);
}

/** The texts to check are read and corrected at length: the page's own letters, the whole width. */
export const READABLE = { font: 'inherit', fontSize: '1rem', lineHeight: 1.5, width: '100%' } as const;

// The consolidated report screen's own labels, Vietnamese first with the English twin of each. Kept here (not
// in the shared catalogues) so that the screen is one folder; the report screens' labels it shares (the
// header form, the export, the draft's state) come from features/reports.
import { useTranslation } from 'react-i18next';

const vi = {
  eyebrow: 'Báo cáo tổng hợp',
  title_YEAR: 'Báo cáo tổng hợp năm {{year}}',
  title_SIX_MONTH: 'Báo cáo tổng hợp 6 tháng đầu năm {{year}}',
  overviewLink: 'Báo cáo tổng hợp của tỉnh',
  backToOverview: '← Về trang tổng quan',
  readOnly:
    'Bạn đang xem báo cáo tổng hợp (chỉ đọc). Chỉ Ban chỉ đạo tỉnh viết và lưu được nội dung; nếu cần sửa, hãy báo cho thành viên Ban chỉ đạo.',
  figuresTitle: 'Số liệu tổng hợp',
  figuresHint: 'Số liệu lấy tự động từ báo cáo của các đơn vị, được cập nhật khi có đơn vị nộp hoặc được duyệt. Bấm “Tải lại số liệu” để xem số mới nhất.',
  refreshFigures: 'Tải lại số liệu',
  refreshing: 'Đang tải lại…',
  colIndicator: 'Chỉ tiêu',
  colUnits: 'Số đơn vị',
  colPercent: 'Tỷ lệ',
  rowExpected: 'Phải báo cáo',
  rowSubmitted: 'Đã nộp báo cáo',
  rowOnTime: 'Nộp đúng hạn',
  rowApproved: 'Đã được duyệt',
  averageScore: 'Điểm tự chấm bình quân của các đơn vị đã nộp: {{score}} điểm.',
  averageScoreNone: 'Chưa có đơn vị nào nộp báo cáo nên chưa có điểm bình quân.',
  bandsTitle: 'Xếp loại',
  colBand: 'Xếp loại',
  activitiesTitle: 'Hoạt động theo nhóm nội dung',
  colActivityKind: 'Nhóm nội dung',
  colActivities: 'Số hoạt động',
  activitiesNone: 'Các đơn vị đã nộp chưa ghi nhận hoạt động nào trong kỳ.',
  notSubmittedTitle: 'Đơn vị chưa nộp báo cáo ({{count}})',
  notSubmittedNone: 'Tất cả các đơn vị phải báo cáo đều đã nộp.',
  colNo: 'STT',
  proseTitle: 'Nội dung báo cáo',
  proseHint:
    'Viết nhận xét của Ban chỉ đạo vào từng mục; số liệu ở trên được đưa vào văn bản tự động, đứng trước phần chữ của mục. Dòng bắt đầu bằng dấu “-” thành một gạch đầu dòng.',
  versionMismatch:
    'Báo cáo tổng hợp vừa được người khác lưu ở một máy khác. Những gì bạn viết vẫn còn nguyên trên màn hình và trên máy này. Hãy chọn: lưu bản của bạn đè lên bản mới nhất, hoặc tải bản mới nhất và bỏ những gì bạn sửa.',
  renderHint: 'Tạo tệp Word (DOCX) và PDF của báo cáo tổng hợp như hiện tại (nội dung đã lưu và số liệu mới nhất) để in, ký và lưu. Có thể mất vài chục giây.',
  renderWaitsForSave: 'Đang lưu nội dung; nút xuất văn bản sẽ bật khi lưu xong.',
  renderNotYours: 'Chỉ Ban chỉ đạo tỉnh và quản trị tỉnh xuất được văn bản; bạn có thể tải các tệp đã xuất.',
  renderNone: 'Chưa xuất văn bản lần nào.',
};

type Labels = typeof vi;

const en: Labels = {
  eyebrow: 'Consolidated report',
  title_YEAR: 'Consolidated report {{year}}',
  title_SIX_MONTH: 'Consolidated report, first half of {{year}}',
  overviewLink: 'The province’s consolidated report',
  backToOverview: '← Back to the overview',
  readOnly: 'You are reading the consolidated report (read-only). Only the provincial steering committee writes and saves it; ask one of its members for a change.',
  figuresTitle: 'Figures',
  figuresHint: 'The figures come from the units’ reports and are updated when a unit submits or is approved. Press “Reload the figures” for the latest.',
  refreshFigures: 'Reload the figures',
  refreshing: 'Reloading…',
  colIndicator: 'Indicator',
  colUnits: 'Units',
  colPercent: 'Share',
  rowExpected: 'Expected to report',
  rowSubmitted: 'Submitted',
  rowOnTime: 'Submitted on time',
  rowApproved: 'Approved',
  averageScore: 'Average self-score of the units that submitted: {{score}} points.',
  averageScoreNone: 'No unit has submitted yet, so there is no average score.',
  bandsTitle: 'Bands',
  colBand: 'Band',
  activitiesTitle: 'Activities by content group',
  colActivityKind: 'Content group',
  colActivities: 'Activities',
  activitiesNone: 'The units that submitted recorded no activity in the period.',
  notSubmittedTitle: 'Units that have not submitted ({{count}})',
  notSubmittedNone: 'Every unit expected to report has submitted.',
  colNo: 'No.',
  proseTitle: 'The report’s text',
  proseHint:
    'Write the committee’s assessment in each section; the figures above go into the document by themselves, before the section’s text. A line starting with “-” becomes a bullet.',
  versionMismatch:
    'Someone else has just saved the consolidated report on another computer. What you wrote is still on the screen and on this computer. Choose: save yours over the latest version, or load the latest version and drop your changes.',
  renderHint: 'Makes the Word (DOCX) and PDF files of the consolidated report as it is now (the saved text and the latest figures) to print, sign and file. It can take a few tens of seconds.',
  renderWaitsForSave: 'Saving the text; the export button comes back once it is saved.',
  renderNotYours: 'Only the provincial steering committee and the province administrator export it; you can download the files exported.',
  renderNone: 'Not exported yet.',
};

export type ProvinceReportLabel = keyof Labels;
export const provinceReportLabels = { vi, en };

/** The screen's labels in the chosen language, with {{name}} filled in from `values`. */
export function useProvinceReportLabels(): (key: ProvinceReportLabel, values?: Record<string, string | number>) => string {
  // The app's chosen language (shared/i18n), read from i18next without loading the catalogues here.
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (key, values = {}) => provinceReportLabels[lang][key].replace(/\{\{(\w+)\}\}/gu, (_, name: string) => String(values[name] ?? ''));
}

// Every label of the app, Vietnamese first and English second. `{name}` marks a value filled in by t().
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Band, Role } from './api-types';

const vi = {
  appTitle: 'Báo cáo thực hiện dân chủ ở cơ sở',
  loading: 'Đang tải…',
  retry: 'Thử lại',
  cancel: 'Hủy',
  yes: 'Có',
  no: 'Không',
  notAvailable: '—',

  // Header
  language: 'Ngôn ngữ',
  switchLanguage: 'English',
  logout: 'Đăng xuất',
  workingAs: 'Vai trò',
  platform: 'Quản trị hệ thống',

  // Login
  loginTitle: 'Đăng nhập',
  loginIntro: 'Chọn tỉnh, nhập tên đăng nhập và mật khẩu do Ban chỉ đạo tỉnh cấp.',
  province: 'Tỉnh, thành phố',
  chooseProvince: '— Chọn tỉnh, thành phố —',
  platformOption: 'Quản trị hệ thống (không thuộc tỉnh)',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  loginButton: 'Đăng nhập',
  loggingIn: 'Đang đăng nhập…',
  provinceRequired: 'Vui lòng chọn tỉnh, thành phố của bạn.',
  credentialsRequired: 'Vui lòng nhập tên đăng nhập và mật khẩu.',
  provincesFailed: 'Chưa tải được danh sách tỉnh.',

  // Roles and screens
  role_PLATFORM_ADMIN: 'Quản trị hệ thống',
  role_PROVINCE_ADMIN: 'Quản trị tỉnh',
  role_PROVINCE_COMMITTEE: 'Ban chỉ đạo tỉnh',
  role_BLOC_REVIEWER: 'Duyệt báo cáo khối, ngành',
  role_UNIT_REPORTER: 'Người báo cáo của đơn vị',
  role_UNIT_HEAD: 'Thủ trưởng đơn vị',
  screenUnit: 'Đơn vị',
  screenOverview: 'Tổng quan',
  noScreenTitle: 'Tài khoản chưa có màn hình làm việc',
  noScreenPlatform:
    'Tài khoản quản trị hệ thống chưa có màn hình trong ứng dụng này. Hãy dùng công cụ quản trị, hoặc đăng xuất và đăng nhập bằng tài khoản của tỉnh.',
  noScreenMember:
    'Tài khoản của bạn chưa được gán vào đơn vị nào. Vui lòng liên hệ quản trị tỉnh để được phân quyền, rồi đăng nhập lại.',

  // Year and period
  year: 'Năm báo cáo',
  noYearPeriod: 'Tỉnh chưa mở kỳ báo cáo năm {year}. Vui lòng liên hệ Ban chỉ đạo tỉnh.',
  periodLine: 'Kỳ báo cáo năm {year}: số liệu từ {start} đến {end}, hạn nộp {due}.',

  // Activities
  activitiesTitle: '1. Ghi nhận hoạt động',
  briefingTitle: 'Hội nghị quán triệt, phổ biến',
  briefingDate: 'Ngày tổ chức',
  dateChosen: 'Ngày đã chọn: {date} (ngày/tháng/năm)',
  briefingTopic: 'Nội dung',
  briefingTopicHint: 'Ví dụ: Quán triệt Luật Thực hiện dân chủ ở cơ sở',
  briefingDocuments: 'Văn bản quán triệt',
  briefingDocumentsHint: 'Ví dụ: công văn số 337/LĐLĐ ngày 23/8/2006',
  pasteAttendance: 'Dán dòng số người dự',
  pasteAttendanceHint: 'Dán hoặc gõ như trong báo cáo, ví dụ "15/16 đ/c dự" hay "32/32 CBCC tham dự".',
  pasteFilled: 'Đã điền: {present} người dự / {eligible} người được triệu tập.',
  pasteNotFound: 'Không thấy cặp số dạng N/M (ví dụ 15/16). Hãy nhập vào hai ô bên dưới.',
  present: 'Số người dự',
  eligible: 'Tổng số được triệu tập',
  recordBriefing: 'Lưu hoạt động',
  recording: 'Đang lưu…',
  draftKept: 'Bản nháp được giữ trên máy này cho đến khi lưu.',
  discardDraft: 'Xóa bản nháp',
  briefingSaved: 'Đã lưu hoạt động ngày {date}.',
  errDateRequired: 'Vui lòng chọn ngày tổ chức.',
  errTopicRequired: 'Vui lòng nhập nội dung hội nghị.',
  errAttendanceNumbers: 'Số người dự và tổng số được triệu tập phải là số nguyên không âm.',
  errEligiblePositive: 'Tổng số được triệu tập phải lớn hơn 0.',
  errPresentOverEligible: 'Số người dự ({present}) không được lớn hơn tổng số được triệu tập ({eligible}).',
  activityListTitle: 'Các hoạt động đã ghi nhận năm {year}',
  activityListEmpty: 'Chưa có hoạt động nào được ghi nhận trong năm {year}.',
  colDate: 'Ngày',
  colKind: 'Loại',
  colTopic: 'Nội dung',
  colDocuments: 'Văn bản',
  colAttendance: 'Số người dự',
  kind_BRIEFING: 'Quán triệt, phổ biến',

  // Self-assessment
  selfAssessmentTitle: '2. Tự chấm điểm',
  noRubric: 'Tỉnh chưa ban hành bộ tiêu chí chấm điểm năm {year}. Vui lòng liên hệ Ban chỉ đạo tỉnh.',
  colCode: 'Mã',
  colCriterion: 'Tiêu chí',
  colMaxPoints: 'Điểm tối đa',
  colPoints: 'Điểm tự chấm',
  colComment: 'Ghi chú',
  evidence: 'Minh chứng',
  total: 'Tổng điểm',
  bandPreview: 'Xếp loại dự kiến',
  saveSelfAssessment: 'Lưu bản tự chấm',
  saving: 'Đang lưu…',
  savedSelfAssessment: 'Đã lưu lúc {time}: {total} điểm, xếp loại {band}.',
  notSavedYet: 'Chưa lưu bản tự chấm nào cho kỳ này.',
  draftInUse: 'Đang hiện bản nháp chưa lưu trên máy này.',
  errPoints: 'Tiêu chí {code}: điểm phải là số từ 0 đến {max}.',
  errNoPoints: 'Hãy nhập điểm cho ít nhất một tiêu chí.',
  unscored: 'Còn {count} tiêu chí chưa chấm.',

  // Report submission
  submitTitle: '3. Nộp báo cáo năm',
  statusNotStarted: 'Chưa nộp',
  statusDraft: 'Chưa nộp (đang soạn)',
  submittedAt: 'Đã nộp lúc {time}',
  late: 'nộp muộn',
  onTime: 'đúng hạn',
  dueOn: 'Hạn nộp: {date}.',
  submitButton: 'Nộp báo cáo năm',
  submitConfirm:
    'Sau khi nộp, báo cáo được gửi lên Ban chỉ đạo tỉnh và không sửa được nữa. Bạn có chắc chắn muốn nộp báo cáo năm {year}?',
  confirmSubmit: 'Xác nhận nộp',
  submitting: 'Đang nộp…',
  reportScore: 'Điểm tự chấm trong báo cáo: {total}, xếp loại {band}.',

  // Overview
  overviewTitle: 'Tổng quan năm {year}',
  refresh: 'Làm mới',
  updatedAt: 'Số liệu cập nhật lúc {time}.',
  notComputedYet: 'Số liệu tổng hợp đang được tính, bấm "Làm mới" sau ít giây.',
  backgroundNote: 'Số liệu được tổng hợp tự động sau mỗi lần đơn vị nộp, có thể chậm vài giây.',
  cardExpected: 'Đơn vị phải báo cáo',
  cardSubmitted: 'Đã nộp',
  cardRate: 'Tỷ lệ đã nộp',
  cardOnTime: 'Nộp đúng hạn',
  cardAverage: 'Điểm trung bình',
  bandDistribution: 'Phân loại theo điểm tự chấm',
  units: '{count} đơn vị',
  unitOne: '{count} đơn vị',
  comparisonTitle: 'So sánh các đơn vị',
  filter: 'Tìm đơn vị',
  filterHint: 'Gõ mã, tên đơn vị hoặc khối (có thể gõ không dấu)',
  colUnitName: 'Tên đơn vị',
  colBloc: 'Khối',
  colStatus: 'Trạng thái nộp',
  colScore: 'Điểm',
  colBand: 'Xếp loại',
  colSubmittedAt: 'Thời điểm nộp',
  submitted: 'Đã nộp',
  notSubmitted: 'Chưa nộp',
  submittedLate: 'Nộp muộn',
  noUnitsMatch: 'Không có đơn vị nào khớp với "{text}".',
  noUnits: 'Chưa có đơn vị nào phải báo cáo trong kỳ này.',
  showingUnits: 'Hiển thị {shown} / {total} đơn vị.',
  sortBy: 'Sắp xếp theo {column}',

  band_TOT: 'Tốt',
  band_KHA: 'Khá',
  band_TRUNG_BINH: 'Trung bình',
  band_YEU: 'Yếu',

  group_LEADERSHIP: 'Lãnh đạo, tuyên truyền',
  group_DISCLOSURE: 'Những nội dung công khai',
  group_DISCUSS_DECIDE: 'Những nội dung cán bộ, công chức bàn và quyết định',
  group_OPINIONS: 'Những nội dung cán bộ, công chức tham gia ý kiến',
  group_INSPECTION: 'Kiểm tra, giám sát',
  group_STAFF_CONFERENCE: 'Hội nghị cán bộ, công chức, viên chức',
  group_RESULTS: 'Kết quả thực hiện',
};

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  appTitle: 'Grassroots democracy reporting',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  yes: 'Yes',
  no: 'No',
  notAvailable: '—',

  language: 'Language',
  switchLanguage: 'Tiếng Việt',
  logout: 'Sign out',
  workingAs: 'Role',
  platform: 'Platform administration',

  loginTitle: 'Sign in',
  loginIntro: 'Choose your province, then enter the username and password the provincial committee gave you.',
  province: 'Province or city',
  chooseProvince: '— Choose a province or city —',
  platformOption: 'Platform administration (no province)',
  username: 'Username',
  password: 'Password',
  loginButton: 'Sign in',
  loggingIn: 'Signing in…',
  provinceRequired: 'Please choose your province or city.',
  credentialsRequired: 'Please enter your username and password.',
  provincesFailed: 'The list of provinces could not be loaded.',

  role_PLATFORM_ADMIN: 'Platform administrator',
  role_PROVINCE_ADMIN: 'Province administrator',
  role_PROVINCE_COMMITTEE: 'Provincial steering committee',
  role_BLOC_REVIEWER: 'Bloc / sector reviewer',
  role_UNIT_REPORTER: 'Unit reporter',
  role_UNIT_HEAD: 'Head of unit',
  screenUnit: 'Unit',
  screenOverview: 'Overview',
  noScreenTitle: 'No screen for this account yet',
  noScreenPlatform:
    'Platform administrator accounts have no screen in this app yet. Use the administration tools, or sign out and sign in with a province account.',
  noScreenMember:
    'Your account is not attached to any unit yet. Ask your province administrator for access, then sign in again.',

  year: 'Reporting year',
  noYearPeriod: 'The province has not opened the {year} yearly reporting period. Please contact the provincial steering committee.',
  periodLine: 'Yearly period {year}: data from {start} to {end}, due {due}.',

  activitiesTitle: '1. Record activities',
  briefingTitle: 'Briefing / dissemination meeting',
  briefingDate: 'Date held',
  dateChosen: 'Chosen: {date} (day/month/year)',
  briefingTopic: 'Topic',
  briefingTopicHint: 'e.g. Briefing on the Law on Implementing Grassroots Democracy',
  briefingDocuments: 'Documents briefed',
  briefingDocumentsHint: 'e.g. official letter no. 337/LĐLĐ of 23/8/2006',
  pasteAttendance: 'Paste the attendance line',
  pasteAttendanceHint: 'Paste or type it as written in reports, e.g. "15/16 đ/c dự" or "32/32 CBCC tham dự".',
  pasteFilled: 'Filled in: {present} present / {eligible} invited.',
  pasteNotFound: 'No N/M pair (such as 15/16) found. Enter the two numbers below.',
  present: 'Present',
  eligible: 'Invited (eligible)',
  recordBriefing: 'Save activity',
  recording: 'Saving…',
  draftKept: 'The draft is kept on this computer until it is saved.',
  discardDraft: 'Discard draft',
  briefingSaved: 'Activity of {date} saved.',
  errDateRequired: 'Please choose the date it was held.',
  errTopicRequired: 'Please enter the topic of the meeting.',
  errAttendanceNumbers: 'Present and invited must be whole numbers, zero or more.',
  errEligiblePositive: 'The number invited must be greater than 0.',
  errPresentOverEligible: 'Present ({present}) cannot be more than invited ({eligible}).',
  activityListTitle: 'Activities recorded in {year}',
  activityListEmpty: 'No activity recorded in {year} yet.',
  colDate: 'Date',
  colKind: 'Kind',
  colTopic: 'Topic',
  colDocuments: 'Documents',
  colAttendance: 'Attendance',
  kind_BRIEFING: 'Briefing',

  selfAssessmentTitle: '2. Self-assessment',
  noRubric: 'The province has not issued a scoring rubric for {year}. Please contact the provincial steering committee.',
  colCode: 'Code',
  colCriterion: 'Criterion',
  colMaxPoints: 'Max points',
  colPoints: 'Your points',
  colComment: 'Comment',
  evidence: 'Evidence',
  total: 'Total',
  bandPreview: 'Expected band',
  saveSelfAssessment: 'Save self-assessment',
  saving: 'Saving…',
  savedSelfAssessment: 'Saved at {time}: {total} points, band {band}.',
  notSavedYet: 'No self-assessment saved for this period yet.',
  draftInUse: 'Showing an unsaved draft kept on this computer.',
  errPoints: 'Criterion {code}: points must be a number from 0 to {max}.',
  errNoPoints: 'Enter points for at least one criterion.',
  unscored: '{count} criteria not scored yet.',

  submitTitle: '3. Submit the yearly report',
  statusNotStarted: 'Not submitted',
  statusDraft: 'Not submitted (draft)',
  submittedAt: 'Submitted at {time}',
  late: 'late',
  onTime: 'on time',
  dueOn: 'Due on {date}.',
  submitButton: 'Submit yearly report',
  submitConfirm:
    'Once submitted, the report goes to the provincial steering committee and can no longer be edited. Submit the {year} yearly report?',
  confirmSubmit: 'Confirm submission',
  submitting: 'Submitting…',
  reportScore: 'Self-assessed score in the report: {total}, band {band}.',

  overviewTitle: 'Overview {year}',
  refresh: 'Refresh',
  updatedAt: 'Figures updated at {time}.',
  notComputedYet: 'The figures are being computed; press "Refresh" in a few seconds.',
  backgroundNote: 'Figures are recomputed automatically after each submission and may lag by a few seconds.',
  cardExpected: 'Units expected to report',
  cardSubmitted: 'Submitted',
  cardRate: 'Submission rate',
  cardOnTime: 'Submitted on time',
  cardAverage: 'Average score',
  bandDistribution: 'Units by self-assessed band',
  units: '{count} units',
  unitOne: '{count} unit',
  comparisonTitle: 'Unit comparison',
  filter: 'Find a unit',
  filterHint: 'Type a code, unit name or bloc (diacritics optional)',
  colUnitName: 'Unit',
  colBloc: 'Bloc',
  colStatus: 'Submission',
  colScore: 'Score',
  colBand: 'Band',
  colSubmittedAt: 'Submitted at',
  submitted: 'Submitted',
  notSubmitted: 'Not submitted',
  submittedLate: 'Submitted late',
  noUnitsMatch: 'No unit matches "{text}".',
  noUnits: 'No unit is expected to report in this period.',
  showingUnits: 'Showing {shown} of {total} units.',
  sortBy: 'Sort by {column}',

  band_TOT: 'Good',
  band_KHA: 'Fair',
  band_TRUNG_BINH: 'Average',
  band_YEU: 'Weak',

  group_LEADERSHIP: 'Leadership and propaganda',
  group_DISCLOSURE: 'Disclosure',
  group_DISCUSS_DECIDE: 'Matters staff discuss and decide',
  group_OPINIONS: 'Matters staff give opinions on',
  group_INSPECTION: 'Inspection and supervision',
  group_STAFF_CONFERENCE: 'Staff conference',
  group_RESULTS: 'Results',
};

export type Lang = 'vi' | 'en';
const dictionaries: Record<Lang, Record<Key, string>> = { vi, en };
const STORAGE_KEY = 'qcdc.lang';

export type T = (key: Key, params?: Record<string, string | number>) => string;

function translate(lang: Lang): T {
  return (key, params) =>
    dictionaries[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: T;
}

const LangContext = createContext<LangContextValue>({ lang: 'vi', setLang: () => undefined, t: translate('vi') });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi'));
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang)('appTitle');
  }, [lang]);
  const setLang = (next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  };
  return <LangContext.Provider value={{ lang, setLang, t: translate(lang) }}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

export const roleKey = (role: Role): Key => `role_${role}`;
export const bandKey = (band: Band): Key => `band_${band}`;
/** A server code ("BRIEFING", "DISCLOSURE") the dictionary knows under `prefix`; null for a new one. */
function knownKey(prefix: string, code: string): Key | null {
  const key = `${prefix}_${code}`;
  return key in vi ? (key as Key) : null;
}
export const kindKey = (kind: string) => knownKey('kind', kind);
export const contentGroupKey = (group: string) => knownKey('group', group);

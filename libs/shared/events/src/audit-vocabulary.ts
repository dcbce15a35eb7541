/**
 * What the audit log can say: the objects it names and the actions done to them, each with its Vietnamese
 * and English label. Producers name an action; the object type follows from it.
 */
export const AUDIT_OBJECT_TYPES = [
  'province',
  'org-unit',
  'unit-type',
  'unit-profile',
  'user',
  'activity',
  'evidence-file',
  'rubric',
  'self-assessment',
  'reporting-period',
  'report',
  'province-report',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export interface AuditActionDefinition {
  object: AuditObjectType;
  vi: string;
  en: string;
}

export const AUDIT_ACTIONS = {
  'province.create': { object: 'province', vi: 'Tạo tỉnh', en: 'Created a province' },
  'province.suspend': { object: 'province', vi: 'Tạm ngừng tỉnh', en: 'Suspended a province' },
  'province.reactivate': { object: 'province', vi: 'Cho tỉnh hoạt động lại', en: 'Reactivated a province' },
  'province.archive': { object: 'province', vi: 'Lưu trữ tỉnh', en: 'Archived a province' },
  'province.settings': { object: 'province', vi: 'Sửa thiết lập của tỉnh', en: "Changed a province's settings" },
  'org-unit.create': { object: 'org-unit', vi: 'Thêm đơn vị', en: 'Added an org unit' },
  'org-unit.rename': { object: 'org-unit', vi: 'Đổi tên đơn vị', en: 'Renamed an org unit' },
  'org-unit.correct': { object: 'org-unit', vi: 'Sửa thông tin đơn vị', en: 'Corrected an org unit' },
  'org-unit.move': { object: 'org-unit', vi: 'Chuyển đơn vị', en: 'Moved an org unit' },
  'org-unit.merge': { object: 'org-unit', vi: 'Sáp nhập đơn vị', en: 'Merged org units' },
  'org-unit.close': { object: 'org-unit', vi: 'Giải thể đơn vị', en: 'Closed an org unit' },
  'unit-type.create': { object: 'unit-type', vi: 'Thêm loại hình đơn vị', en: 'Added a unit type' },
  'unit-type.update': { object: 'unit-type', vi: 'Sửa loại hình đơn vị', en: 'Changed a unit type' },
  'unit-profile.save': { object: 'unit-profile', vi: 'Lưu hồ sơ đơn vị', en: 'Saved a unit profile' },
  'org-unit.split': { object: 'org-unit', vi: 'Tách đơn vị', en: 'Split an org unit' },
  'org-unit.set-reporting-line': { object: 'org-unit', vi: 'Giao khối/ngành xem xét đơn vị', en: "Set a unit's reviewing bloc" },
  'org-unit.end-reporting-line': { object: 'org-unit', vi: 'Trả đơn vị về khối/ngành theo cây', en: "Ended a unit's reviewing bloc override" },
  'user.create': { object: 'user', vi: 'Tạo tài khoản', en: 'Created a user' },
  'user.invite': { object: 'user', vi: 'Mời người dùng qua thư điện tử', en: 'Invited a user by email' },
  'user.accept-invitation': { object: 'user', vi: 'Nhận lời mời và đặt mật khẩu', en: 'Accepted an invitation and set a password' },
  'user.request-password-reset': { object: 'user', vi: 'Gửi liên kết đặt lại mật khẩu', en: 'Sent a password reset link' },
  'user.reset-password': { object: 'user', vi: 'Đặt lại mật khẩu', en: 'Reset a password' },
  'user.deactivate': { object: 'user', vi: 'Khóa tài khoản', en: 'Deactivated a user' },
  'user.reactivate': { object: 'user', vi: 'Mở lại tài khoản', en: 'Reactivated a user' },
  'user.add-membership': { object: 'user', vi: 'Giao thêm vai trò', en: 'Added a membership' },
  'user.remove-membership': { object: 'user', vi: 'Bỏ một vai trò', en: 'Removed a membership' },
  'session.sign-in': { object: 'user', vi: 'Đăng nhập', en: 'Signed in' },
  'session.sign-out': { object: 'user', vi: 'Đăng xuất', en: 'Signed out' },
  'session.sign-out-everywhere': { object: 'user', vi: 'Đăng xuất khỏi mọi thiết bị', en: 'Signed out everywhere' },
  'session.end': { object: 'user', vi: 'Kết thúc một phiên đăng nhập', en: 'Ended a session' },
  'session.refresh-token-reused': {
    object: 'user',
    vi: 'Mã gia hạn đã dùng bị gửi lại: phiên đăng nhập bị chấm dứt',
    en: 'A spent refresh token came back: the session was ended',
  },
  'session.lock-out': { object: 'user', vi: 'Tạm khoá đăng nhập do nhập sai nhiều lần', en: 'Sign-in locked after too many wrong passwords' },
  /** Entries written before every kind was recorded alike. */
  'activity.record-briefing': { object: 'activity', vi: 'Ghi nhận hội nghị quán triệt', en: 'Recorded a briefing' },
  'activity.record': { object: 'activity', vi: 'Ghi nhận hoạt động', en: 'Recorded an activity' },
  'activity.correct': { object: 'activity', vi: 'Sửa hoạt động', en: 'Corrected an activity' },
  'activity.delete': { object: 'activity', vi: 'Xóa hoạt động', en: 'Deleted an activity' },
  'evidence.upload': { object: 'evidence-file', vi: 'Tải lên tệp minh chứng', en: 'Uploaded an evidence file' },
  'evidence.remove': { object: 'evidence-file', vi: 'Gỡ tệp minh chứng', en: 'Removed an evidence file' },
  'rubric.adopt-default': { object: 'rubric', vi: 'Áp dụng bộ tiêu chí mặc định', en: 'Adopted the default rubric' },
  'self-assessment.save': { object: 'self-assessment', vi: 'Lưu bảng tự chấm điểm', en: 'Saved a self-assessment' },
  'self-assessment.review': { object: 'self-assessment', vi: 'Lưu điểm thẩm định', en: 'Saved a review of a self-assessment' },
  'rubric.create-draft': { object: 'rubric', vi: 'Tạo dự thảo bộ tiêu chí', en: 'Created a draft rubric' },
  'rubric.save-draft': { object: 'rubric', vi: 'Lưu dự thảo bộ tiêu chí', en: 'Saved a draft rubric' },
  'rubric.publish': { object: 'rubric', vi: 'Ban hành bộ tiêu chí', en: 'Published a rubric' },
  'reporting-period.open': { object: 'reporting-period', vi: 'Mở kỳ báo cáo', en: 'Opened a reporting period' },
  /** The calendar is the province's: its entries name the province's id. */
  'reporting-period.save-calendar': { object: 'reporting-period', vi: 'Lưu lịch báo cáo của tỉnh', en: "Saved the province's reporting calendar" },
  'reporting-period.generate': { object: 'reporting-period', vi: 'Tạo kỳ báo cáo theo lịch', en: 'Generated a reporting period from the calendar' },
  'reporting-period.close': { object: 'reporting-period', vi: 'Đóng kỳ báo cáo', en: 'Closed a reporting period' },
  'reporting-period.reopen': { object: 'reporting-period', vi: 'Mở lại kỳ báo cáo', en: 'Reopened a reporting period' },
  'reporting-period.save-reminders': { object: 'reporting-period', vi: 'Lưu lịch nhắc hạn của kỳ báo cáo', en: "Saved a reporting period's reminder schedule" },
  'report.import-legacy': { object: 'report', vi: 'Nhập báo cáo cũ', en: 'Imported a past report' },
  'report.submit': { object: 'report', vi: 'Nộp báo cáo', en: 'Submitted a report' },
  'report.resubmit': { object: 'report', vi: 'Gửi lại báo cáo', en: 'Resubmitted a report' },
  'report.review': { object: 'report', vi: 'Thẩm định báo cáo', en: 'Reviewed a report' },
  'report.approve': { object: 'report', vi: 'Duyệt báo cáo', en: 'Approved a report' },
  'report.return': { object: 'report', vi: 'Trả lại báo cáo', en: 'Returned a report' },
  'province-report.save': { object: 'province-report', vi: 'Lưu báo cáo tổng hợp của tỉnh', en: "Saved the province's consolidated report" },
} as const satisfies Record<string, AuditActionDefinition>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;
export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

/** A JSON value as the audit log stores it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value as JSON would carry it: dates become ISO strings, undefined fields disappear. */
export function toJson(value: Record<string, unknown>): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

/**
 * The fields that differ between `before` and `after`, each side keeping only those. Plain objects are
 * compared field by field (so one changed score of forty is one entry); anything else as a whole. A creation
 * has no before (null), a deletion no after.
 */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { before: JsonObject | null; after: JsonObject | null } {
  if (before === null || after === null) {
    return { before: before && toJson(before), after: after && toJson(after) };
  }
  const diff = (b: JsonObject, a: JsonObject): { before: JsonObject; after: JsonObject } => {
    const out = { before: {} as JsonObject, after: {} as JsonObject };
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      const [bv, av] = [b[key], a[key]];
      if (isPlainObject(bv) && isPlainObject(av)) {
        const inner = diff(bv as JsonObject, av as JsonObject);
        if (Object.keys(inner.before).length || Object.keys(inner.after).length) {
          out.before[key] = inner.before;
          out.after[key] = inner.after;
        }
      } else if (JSON.stringify(bv) !== JSON.stringify(av)) {
        if (bv !== undefined) out.before[key] = bv;
        if (av !== undefined) out.after[key] = av;
      }
    }
    return out;
  };
  return diff(toJson(before), toJson(after));
}

/**
 * A unit's report for a period: a DRAFT the reporter prepares; SUBMITTED by the unit head (frozen with its
 * snapshot); REVIEWED by the bloc; APPROVED by the bloc or the provincial committee (final); or RETURNED
 * with a reason, to be corrected and submitted again. The transitions are in report-workflow.ts.
 *
 * The database CHECK on reports.status still lists DRAFT and SUBMITTED only: a migration must follow.
 */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'RETURNED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How a status is named to people ("đã gửi"), in messages and on the web. */
export const REPORT_STATUS_NAMES: Record<ReportStatus, { vi: string; en: string }> = {
  DRAFT: { vi: 'đang soạn', en: 'draft' },
  SUBMITTED: { vi: 'đã gửi', en: 'submitted' },
  REVIEWED: { vi: 'đã được khối thẩm định', en: 'reviewed by the bloc' },
  APPROVED: { vi: 'đã được duyệt', en: 'approved' },
  RETURNED: { vi: 'bị trả lại để chỉnh sửa', en: 'returned for revision' },
};

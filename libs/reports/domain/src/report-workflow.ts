import { type Role, badInput, conflict, forbidden } from '@qcdc/shared/contracts';
import { REPORT_STATUS_NAMES, type ReportStatus } from './report-statuses';

/** What a person does to a report. */
export const REPORT_ACTIONS = ['SUBMIT', 'REVIEW', 'APPROVE', 'RETURN', 'RESUBMIT'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

export const REPORT_ACTION_NAMES: Record<ReportAction, { vi: string; en: string }> = {
  SUBMIT: { vi: 'gửi', en: 'submit' },
  REVIEW: { vi: 'thẩm định', en: 'review' },
  APPROVE: { vi: 'duyệt', en: 'approve' },
  RETURN: { vi: 'trả lại', en: 'return' },
  RESUBMIT: { vi: 'gửi lại', en: 'resubmit' },
};

interface Transition {
  action: ReportAction;
  from: readonly ReportStatus[];
  to: ReportStatus;
  /** Who may, among the roles the actor holds over this unit. */
  roles: readonly Role[];
}

const REVIEWERS: readonly Role[] = ['BLOC_REVIEWER', 'PROVINCE_COMMITTEE'];

/**
 * The whole workflow. The reporter (UNIT_REPORTER) prepares the draft but never submits: the head signs.
 * The committee may approve a submitted report without the bloc's review; the bloc approves only what it
 * reviewed.
 */
export const REPORT_TRANSITIONS: readonly Transition[] = [
  { action: 'SUBMIT', from: ['DRAFT'], to: 'SUBMITTED', roles: ['UNIT_HEAD'] },
  { action: 'REVIEW', from: ['SUBMITTED'], to: 'REVIEWED', roles: ['BLOC_REVIEWER'] },
  { action: 'APPROVE', from: ['REVIEWED'], to: 'APPROVED', roles: REVIEWERS },
  { action: 'APPROVE', from: ['SUBMITTED'], to: 'APPROVED', roles: ['PROVINCE_COMMITTEE'] },
  { action: 'RETURN', from: ['SUBMITTED', 'REVIEWED'], to: 'RETURNED', roles: REVIEWERS },
  { action: 'RESUBMIT', from: ['RETURNED'], to: 'SUBMITTED', roles: ['UNIT_HEAD'] },
];

/** What a transition needs besides the roles: the reason a report is returned. */
export interface TransitionInput {
  reason?: string | null;
}

/**
 * The status a report takes when `actorRoles` do `action` to it. `actorRoles` are the roles the actor holds
 * over THIS unit (the service resolves the scope: UNIT_HEAD of the unit, BLOC_REVIEWER of the unit's bloc,
 * PROVINCE_COMMITTEE of its province). Throws FORBIDDEN when the roles may never take the action, CONFLICT
 * TRANSITION_NOT_ALLOWED when the status does not allow it, FORBIDDEN when the roles may not from this status, BAD_USER_INPUT REASON_REQUIRED for a blank reason.
 * Idempotency (the same content submitted twice, two tabs at once) is the service's: it compares the
 * content hash before calling this.
 */
export function nextStatus(
  status: ReportStatus,
  action: ReportAction,
  actorRoles: readonly Role[],
  input: TransitionInput = {},
): ReportStatus {
  // Who may never do this at all is refused before the status is looked at: access first, then state.
  if (!REPORT_TRANSITIONS.some((t) => t.action === action && t.roles.some((role) => actorRoles.includes(role)))) {
    throw forbidden(
      `Bạn không có quyền ${REPORT_ACTION_NAMES[action].vi} báo cáo của đơn vị này.`,
      `You may not ${REPORT_ACTION_NAMES[action].en} this unit's report.`,
    );
  }
  const possible = REPORT_TRANSITIONS.filter((t) => t.action === action && t.from.includes(status));
  if (possible.length === 0) {
    const statusName = REPORT_STATUS_NAMES[status];
    const actionName = REPORT_ACTION_NAMES[action];
    throw conflict(
      `Báo cáo ${statusName.vi} nên không thể ${actionName.vi}. Vui lòng tải lại để xem trạng thái hiện tại.`,
      `A report that is ${statusName.en} cannot be given the action "${actionName.en}". Reload to see its current status.`,
      { reason: 'TRANSITION_NOT_ALLOWED', status, action },
    );
  }
  const allowed = possible.find((t) => t.roles.some((role) => actorRoles.includes(role)));
  if (!allowed) {
    throw forbidden(
      `Bạn không có quyền ${REPORT_ACTION_NAMES[action].vi} báo cáo ${REPORT_STATUS_NAMES[status].vi} của đơn vị này.`,
      `You may not ${REPORT_ACTION_NAMES[action].en} this unit's report while it is ${REPORT_STATUS_NAMES[status].en}.`,
    );
  }
  if (action === 'RETURN' && !input.reason?.trim()) {
    throw badInput(
      'Vui lòng nêu lý do trả lại báo cáo để đơn vị biết cần chỉnh sửa gì.',
      'Give the reason for returning the report, so the unit knows what to correct.',
      { field: 'reason', reason: 'REASON_REQUIRED' },
    );
  }
  return allowed.to;
}

/** The actions `roles` (held over the report's unit) may take on a report in `status`: the web's buttons. */
export function allowedActions(status: ReportStatus, roles: readonly Role[]): ReportAction[] {
  return REPORT_ACTIONS.filter((action) =>
    REPORT_TRANSITIONS.some((t) => t.action === action && t.from.includes(status) && t.roles.some((r) => roles.includes(r))),
  );
}

/** A frozen report keeps its snapshot: only a DRAFT or a RETURNED report may be edited. */
export function isFrozen(status: ReportStatus): boolean {
  return status !== 'DRAFT' && status !== 'RETURNED';
}

import { AppError, type Role } from '@qcdc/shared/contracts';
import { REPORT_STATUSES, type ReportStatus } from './report-statuses';
import { type ReportAction, allowedActions, isFrozen, nextStatus } from './report-workflow';

const outcome = (status: ReportStatus, action: ReportAction, roles: Role[], reason?: string | null): string => {
  try {
    return nextStatus(status, action, roles, { reason });
  } catch (e) {
    const err = e as AppError;
    return `${err.code}${err.details['reason'] ? ` ${String(err.details['reason'])}` : ''}`;
  }
};

describe('nextStatus', () => {
  it.each<[ReportStatus, ReportAction, Role[], string | null, string]>([
    ['DRAFT', 'SUBMIT', ['UNIT_HEAD'], null, 'SUBMITTED'],
    ['DRAFT', 'SUBMIT', ['UNIT_REPORTER'], null, 'FORBIDDEN'],
    ['DRAFT', 'SUBMIT', ['BLOC_REVIEWER', 'PROVINCE_COMMITTEE'], null, 'FORBIDDEN'],
    ['SUBMITTED', 'SUBMIT', ['UNIT_HEAD'], null, 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['SUBMITTED', 'REVIEW', ['BLOC_REVIEWER'], null, 'REVIEWED'],
    ['SUBMITTED', 'REVIEW', ['UNIT_HEAD'], null, 'FORBIDDEN'],
    ['DRAFT', 'REVIEW', ['BLOC_REVIEWER'], null, 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['REVIEWED', 'APPROVE', ['BLOC_REVIEWER'], null, 'APPROVED'],
    ['REVIEWED', 'APPROVE', ['PROVINCE_COMMITTEE'], null, 'APPROVED'],
    ['SUBMITTED', 'APPROVE', ['PROVINCE_COMMITTEE'], null, 'APPROVED'],
    ['SUBMITTED', 'APPROVE', ['BLOC_REVIEWER'], null, 'FORBIDDEN'],
    ['REVIEWED', 'APPROVE', ['UNIT_HEAD'], null, 'FORBIDDEN'],
    ['DRAFT', 'APPROVE', ['PROVINCE_COMMITTEE'], null, 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['APPROVED', 'APPROVE', ['PROVINCE_COMMITTEE'], null, 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['SUBMITTED', 'RETURN', ['BLOC_REVIEWER'], 'Thiếu số liệu mục 2.5', 'RETURNED'],
    ['REVIEWED', 'RETURN', ['PROVINCE_COMMITTEE'], 'Chưa có biên bản', 'RETURNED'],
    ['SUBMITTED', 'RETURN', ['BLOC_REVIEWER'], null, 'BAD_USER_INPUT REASON_REQUIRED'],
    ['SUBMITTED', 'RETURN', ['BLOC_REVIEWER'], '   \n', 'BAD_USER_INPUT REASON_REQUIRED'],
    ['SUBMITTED', 'RETURN', ['UNIT_HEAD'], 'tự trả', 'FORBIDDEN'],
    ['APPROVED', 'RETURN', ['PROVINCE_COMMITTEE'], 'sửa lại', 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['DRAFT', 'RETURN', ['PROVINCE_COMMITTEE'], 'sửa lại', 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['RETURNED', 'RESUBMIT', ['UNIT_HEAD'], null, 'SUBMITTED'],
    ['RETURNED', 'RESUBMIT', ['UNIT_REPORTER'], null, 'FORBIDDEN'],
    ['RETURNED', 'SUBMIT', ['UNIT_HEAD'], null, 'CONFLICT TRANSITION_NOT_ALLOWED'],
    ['DRAFT', 'RESUBMIT', ['UNIT_HEAD'], null, 'CONFLICT TRANSITION_NOT_ALLOWED'],
  ])('%s + %s by %j (reason %p) -> %s', (status, action, roles, reason, expected) => {
    expect(outcome(status, action, roles, reason)).toBe(expected);
  });

  it('names the status in Vietnamese when a transition is not allowed', () => {
    expect(() => nextStatus('APPROVED', 'SUBMIT', ['UNIT_HEAD'])).toThrow('Báo cáo đã được duyệt nên không thể gửi');
  });
});

describe('allowedActions', () => {
  it.each<[ReportStatus, Role[], string[]]>([
    ['DRAFT', ['UNIT_REPORTER'], []],
    ['DRAFT', ['UNIT_HEAD', 'UNIT_REPORTER'], ['SUBMIT']],
    ['SUBMITTED', ['BLOC_REVIEWER'], ['REVIEW', 'RETURN']],
    ['SUBMITTED', ['PROVINCE_COMMITTEE'], ['APPROVE', 'RETURN']],
    ['REVIEWED', ['BLOC_REVIEWER'], ['APPROVE', 'RETURN']],
    ['RETURNED', ['UNIT_HEAD'], ['RESUBMIT']],
    ['APPROVED', ['PROVINCE_COMMITTEE', 'BLOC_REVIEWER', 'UNIT_HEAD'], []],
  ])('%s for %j: %j', (status, roles, actions) => expect(allowedActions(status, roles)).toEqual(actions));

  it('offers exactly the actions nextStatus accepts', () => {
    const roles: Role[][] = [['UNIT_HEAD'], ['UNIT_REPORTER'], ['BLOC_REVIEWER'], ['PROVINCE_COMMITTEE']];
    for (const status of REPORT_STATUSES) {
      for (const r of roles) {
        for (const action of ['SUBMIT', 'REVIEW', 'APPROVE', 'RETURN', 'RESUBMIT'] as const) {
          const accepted = !/^(CONFLICT|FORBIDDEN)/.test(outcome(status, action, r, 'lý do'));
          expect([status, r, action, allowedActions(status, r).includes(action)]).toEqual([status, r, action, accepted]);
        }
      }
    }
  });
});

describe('isFrozen', () => {
  it.each<[ReportStatus, boolean]>([
    ['DRAFT', false],
    ['RETURNED', false],
    ['SUBMITTED', true],
    ['REVIEWED', true],
    ['APPROVED', true],
  ])('%s -> %p', (status, frozen) => expect(isFrozen(status)).toBe(frozen));
});

describe('access before state', () => {
  it('refuses who may never take the action as FORBIDDEN, whatever the status', () => {
    expect(() => nextStatus('SUBMITTED', 'SUBMIT', ['UNIT_REPORTER'])).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => nextStatus('APPROVED', 'RETURN', ['UNIT_HEAD'], { reason: 'x' })).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => nextStatus('APPROVED', 'RETURN', ['PROVINCE_COMMITTEE'], { reason: 'x' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

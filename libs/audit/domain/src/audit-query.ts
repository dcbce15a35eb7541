import { assertCalendarDate, badInput, Caller, forbidden, isUuid } from '@qcdc/shared/contracts';
import { AUDIT_OBJECT_TYPES, AuditObjectType } from '@qcdc/shared/events';

/** How much of the log one page may carry, and how deep paging may go before a filter is the better tool. */
export const AUDIT_PAGE_LIMITS = { defaultSize: 50, maxSize: 100, maxOffset: 10_000 } as const;

export interface AuditFilterInput {
  userId?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  /** First day, YYYY-MM-DD, Vietnam's calendar. */
  from?: string | null;
  /** Last day, included. */
  to?: string | null;
}

export interface AuditPageInput {
  size?: number | null;
  offset?: number | null;
}

/** A checked query of the audit log: instants are half-open, [since, until). */
export interface AuditQuery {
  userId: string | null;
  objectType: AuditObjectType | null;
  objectId: string | null;
  since: string | null;
  until: string | null;
  size: number;
  offset: number;
}

const OBJECT_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Who reads an audit log: a province admin reads their province's, a platform admin the platform's (the
 * provinces' lifecycle). The log read is always the caller's own tenant's.
 */
export function assertMayReadAuditLog(caller: Caller): void {
  if (!caller.memberships.some((m) => m.role === 'PROVINCE_ADMIN' || m.role === 'PLATFORM_ADMIN')) {
    throw forbidden(
      'Chỉ quản trị viên của tỉnh mới xem được nhật ký thao tác.',
      'Only the province administrator may read the audit log.',
    );
  }
}

/** The day after a YYYY-MM-DD date. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Midnight of a Vietnam calendar day (UTC+7 all year), as an ISO instant. */
const vietnamMidnight = (date: string) => `${date}T00:00:00+07:00`;

function wholeNumber(value: number | null | undefined, fallback: number, min: number, max: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badInput(`Giá trị phải là số nguyên từ ${min} đến ${max}.`, `The value must be a whole number from ${min} to ${max}.`, {
      field,
      min,
      max,
    });
  }
  return n;
}

/** Checks the filter and the page of an `auditLog` query; every bad value is a BAD_USER_INPUT naming its field. */
export function auditQueryOf(filter: AuditFilterInput | null | undefined, page: AuditPageInput | null | undefined): AuditQuery {
  const f = filter ?? {};
  const userId = f.userId?.trim() || null;
  if (userId && !isUuid(userId)) {
    throw badInput('Mã người dùng không đúng dạng.', 'The user id is malformed.', { field: 'userId' });
  }
  const objectType = f.objectType?.trim() || null;
  if (objectType && !(AUDIT_OBJECT_TYPES as readonly string[]).includes(objectType)) {
    throw badInput(
      `Loại đối tượng "${objectType}" không có; hãy chọn một trong: ${AUDIT_OBJECT_TYPES.join(', ')}.`,
      `There is no object type "${objectType}"; pick one of: ${AUDIT_OBJECT_TYPES.join(', ')}.`,
      { field: 'objectType' },
    );
  }
  const objectId = f.objectId?.trim() || null;
  if (objectId && !OBJECT_ID.test(objectId)) {
    throw badInput('Mã đối tượng không đúng dạng.', 'The object id is malformed.', { field: 'objectId' });
  }
  const from = f.from?.trim() ? assertCalendarDate(f.from.trim(), 'from') : null;
  const to = f.to?.trim() ? assertCalendarDate(f.to.trim(), 'to') : null;
  if (from && to && from > to) {
    throw badInput('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', 'The first day must not be after the last day.', {
      field: 'to',
    });
  }
  return {
    userId,
    objectType: objectType as AuditObjectType | null,
    objectId,
    since: from && vietnamMidnight(from),
    until: to && vietnamMidnight(nextDay(to)),
    size: wholeNumber(page?.size, AUDIT_PAGE_LIMITS.defaultSize, 1, AUDIT_PAGE_LIMITS.maxSize, 'size'),
    offset: wholeNumber(page?.offset, 0, 0, AUDIT_PAGE_LIMITS.maxOffset, 'offset'),
  };
}

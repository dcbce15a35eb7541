// The audit log's filter and page live in the address's query string, so a filtered page is a link that
// survives a reload, Back and Forward, and can be sent to a colleague:
// /quan-tri/<committee>/nhat-ky?nguoi=<user id>&loai=org-unit&doi-tuong=<id>&tu=2026-06-01&den=2026-06-30&trang=2
import { AUDIT_PAGE_LIMITS } from '@qcdc/audit/domain';
import type { AuditLogQueryVariables } from '../../gql/graphql';

/** What the log is narrowed to; a blank field narrows nothing. Dates are "YYYY-MM-DD" in Vietnam's calendar. */
export interface AuditFilter {
  userId: string;
  objectType: string;
  objectId: string;
  from: string;
  to: string;
}

/** A page of the filtered log, the first being 1. */
export interface AuditView {
  filter: AuditFilter;
  page: number;
}

export const NO_FILTER: AuditFilter = { userId: '', objectType: '', objectId: '', from: '', to: '' };

/** Entries per page: the server's default. */
export const AUDIT_PAGE_SIZE = AUDIT_PAGE_LIMITS.defaultSize;

/** The deepest page the server pages to (offset 10,000); past it, a filter is the better tool. */
export const LAST_REACHABLE_PAGE = Math.floor(AUDIT_PAGE_LIMITS.maxOffset / AUDIT_PAGE_SIZE) + 1;

/** Each filter's name in the address, in the officials' words, in the order the address lists them. */
const PARAM: Record<keyof AuditFilter, string> = {
  userId: 'nguoi',
  objectType: 'loai',
  objectId: 'doi-tuong',
  from: 'tu',
  to: 'den',
};
const PAGE_PARAM = 'trang';

/**
 * The view an address names. `page` is null when "trang" is there but is not a page number (the screen then
 * goes to the first page); the filter's values are checked later, by the same rules as the server's.
 */
export function auditViewOf(params: URLSearchParams): { filter: AuditFilter; page: number | null } {
  const filter = { ...NO_FILTER };
  for (const key of Object.keys(PARAM) as (keyof AuditFilter)[]) filter[key] = params.get(PARAM[key])?.trim() ?? '';
  const page = params.get(PAGE_PARAM);
  if (page === null) return { filter, page: 1 };
  return { filter, page: /^[1-9]\d{0,5}$/.test(page) ? Number(page) : null };
}

/** The query string of a view ("?nguoi=...&trang=2"), blanks and the first page left out; "" for the whole log. */
export function auditSearchOf(view: AuditView): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof AuditFilter)[]) {
    const value = view.filter[key].trim();
    if (value) params.set(PARAM[key], value);
  }
  if (view.page > 1) params.set(PAGE_PARAM, String(view.page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The `auditLog` arguments of a view: only the filters in use, and the page as an offset. */
export function auditVariablesOf(view: AuditView): AuditLogQueryVariables {
  const filter = Object.fromEntries(
    (Object.keys(PARAM) as (keyof AuditFilter)[]).filter((key) => view.filter[key].trim()).map((key) => [key, view.filter[key].trim()]),
  );
  return { filter, page: { size: AUDIT_PAGE_SIZE, offset: (view.page - 1) * AUDIT_PAGE_SIZE } };
}

/** Whether the filter narrows the log at all. */
export const isFiltered = (filter: AuditFilter): boolean => Object.values(filter).some((value) => value.trim() !== '');

/** How many pages `total` entries fill; an empty log still has its one (empty) page. */
export const pageCountOf = (total: number, size: number = AUDIT_PAGE_SIZE): number => Math.max(1, Math.ceil(total / size));

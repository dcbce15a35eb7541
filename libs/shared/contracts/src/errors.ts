/**
 * Stable error codes carried in GraphQL `extensions.code`. Clients branch on these, never on messages.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TENANT_SUSPENDED',
  /** Sign-in refused for a while after too many wrong passwords (for the account or from the address). */
  'TOO_MANY_ATTEMPTS',
  /** An Idempotency-Key sent again with another mutation or other arguments: the client makes a new key. */
  'IDEMPOTENCY_KEY_REUSED',
  /** A link from a mail (an invitation, a password reset) past its expiry: ask for a new one. */
  'LINK_EXPIRED',
  /** A single-use link from a mail that was used already. */
  'LINK_USED',
  /** A link from a mail that names nothing, or that a newer link replaced. */
  'LINK_INVALID',
  /** A part the answer needs (a service behind the gateway, Redis) cannot be reached: try again in a few minutes. */
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A message for a person, in Vietnamese first and English second. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * An error meant for the person at the keyboard: a stable code, a message in Vietnamese and English that
 * says what to do, and optional details (the field at fault, the current version, ...). Pure: domain
 * functions throw it, the GraphQL layer turns it into `extensions`.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messages: Bilingual,
    readonly details: Record<string, unknown> = {},
  ) {
    super(messages.vi);
    this.name = 'AppError';
  }
}

export const badInput = (vi: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', { vi, en }, details);
export const forbidden = (vi = 'Bạn không có quyền thực hiện thao tác này.', en = 'You are not allowed to do this.') =>
  new AppError('FORBIDDEN', { vi, en });
export const notFound = (vi: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError('NOT_FOUND', { vi, en }, details);
export const conflict = (vi: string, en: string, details: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', { vi, en }, details);
export const unauthenticated = (
  vi = 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
  en = 'Your session is missing or has expired. Please sign in again.',
) => new AppError('UNAUTHENTICATED', { vi, en });

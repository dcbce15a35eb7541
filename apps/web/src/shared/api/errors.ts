/** An error to show a person: the server's Vietnamese message, its English twin and a stable code. */
export class ApiError extends Error {
  constructor(
    /** `extensions.code` of the GraphQL error (BAD_USER_INPUT, FORBIDDEN, ...); NETWORK when no server answered, TIMEOUT when none answered in time. */
    readonly code: string,
    message: string,
    readonly messageEn: string,
    /** The input field the server named, if it named one. */
    readonly field?: string,
    /** The rest of what the server said about it: `reason` (a stable SCREAMING_CODE), `currentVersion`… */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const networkError = () =>
  new ApiError(
    'NETWORK',
    'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi bấm "Thử lại".',
    'Cannot reach the server. Check the network, then press "Try again".',
  );

/** How long a request may take before the app gives up on it and says so (a hung server, a dead line). */
export const REQUEST_TIMEOUT_MS = 15_000;

export const timeoutError = () =>
  new ApiError(
    'TIMEOUT',
    `Máy chủ không trả lời sau ${REQUEST_TIMEOUT_MS / 1000} giây. Những gì bạn nhập vẫn được giữ; bấm "Thử lại" để gửi lại (không bị ghi hai lần).`,
    `The server did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds. What you entered is kept; press "Try again" to send it again (it will not be recorded twice).`,
  );

/**
 * Whether sending the same thing again may succeed: no server answered, it answered too late, a service
 * behind the gateway was down, or the session has to be renewed. A refusal (bad input, forbidden, a closed
 * period) would only be refused again.
 */
export function isRetryable(err: ApiError): boolean {
  return RETRYABLE.has(err.code);
}
const RETRYABLE = new Set(['NETWORK', 'TIMEOUT', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED']);

/** An error as the GraphQL response carries it. */
export interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: unknown; messageEn?: unknown; field?: unknown; [detail: string]: unknown };
}

export function fromGraphQLError(e: GraphQLErrorBody): ApiError {
  const ext = e.extensions ?? {};
  const message = e.message || 'Lỗi không xác định. Vui lòng thử lại.';
  return new ApiError(
    typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
    message,
    typeof ext.messageEn === 'string' ? ext.messageEn : message,
    typeof ext.field === 'string' ? ext.field : undefined,
    ext,
  );
}

/** The stable reason a refusal gives (VERSION_MISMATCH, REPORT_FROZEN…), if it gives one. */
export const reasonOf = (err: ApiError | null | undefined): string | undefined =>
  typeof err?.details['reason'] === 'string' ? err.details['reason'] : undefined;

/** Anything thrown, as an ApiError (a bug in the app shows as what it says rather than not at all). */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new ApiError('INTERNAL_SERVER_ERROR', text, text);
}

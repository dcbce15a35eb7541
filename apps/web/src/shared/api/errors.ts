/** An error to show a person: the server's Vietnamese message, its English twin and a stable code. */
export class ApiError extends Error {
  constructor(
    /** `extensions.code` of the GraphQL error (BAD_USER_INPUT, FORBIDDEN, ...), or NETWORK when no server answered. */
    readonly code: string,
    message: string,
    readonly messageEn: string,
    /** The input field the server named, if it named one. */
    readonly field?: string,
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

/** An error as the GraphQL response carries it. */
export interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: unknown; messageEn?: unknown; field?: unknown };
}

export function fromGraphQLError(e: GraphQLErrorBody): ApiError {
  const ext = e.extensions ?? {};
  const message = e.message || 'Lỗi không xác định. Vui lòng thử lại.';
  return new ApiError(
    typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
    message,
    typeof ext.messageEn === 'string' ? ext.messageEn : message,
    typeof ext.field === 'string' ? ext.field : undefined,
  );
}

/** Anything thrown, as an ApiError (a bug in the app shows as what it says rather than not at all). */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const text = err instanceof Error ? err.message : String(err);
  return new ApiError('INTERNAL_SERVER_ERROR', text, text);
}

import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { AppError, ErrorCode } from '@qcdc/shared/contracts';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
};

/** Codes Apollo itself assigns to malformed operations; they pass through unchanged. */
const APOLLO_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST']);

/**
 * Every error leaves a subgraph with a stable `extensions.code`, a Vietnamese message and its English
 * twin in `extensions.messageEn`. Unexpected errors are logged and reported without internals.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof AppError) {
    return {
      ...base,
      message: original.messages.vi,
      extensions: { ...original.details, code: original.code, messageEn: original.messages.en },
    };
  }
  if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
    const code = HTTP_CODES[original.getStatus()];
    return { ...base, message: original.message, extensions: { code, messageEn: original.message } };
  }
  const apolloCode = formatted.extensions?.['code'];
  if (typeof apolloCode === 'string' && APOLLO_CODES.has(apolloCode)) {
    return {
      ...base,
      message: `Yêu cầu không hợp lệ: ${formatted.message}`,
      extensions: { code: apolloCode, messageEn: `Invalid request: ${formatted.message}` },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    ...base,
    message: 'Lỗi hệ thống. Vui lòng thử lại sau ít phút; nếu vẫn lỗi, hãy báo quản trị viên.',
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      messageEn: 'System error. Try again in a few minutes; if it persists, tell the administrator.',
    },
  };
}

import { GraphQLFormattedError } from 'graphql';
import { LIMIT_EXTENSION, LimitMark, limitRefusal, tokenLimitOf } from './query-limits';

/**
 * The gateway's own refusals, before any subgraph sees the operation: GraphQL's checks of the document and
 * of its variables (an Int beyond 32 bits, null for a required field, an unknown enum value, a field that
 * does not exist). graphql-js words them in English; here each gets a Vietnamese message that says what to
 * fix, and the field when the message names one. The English stays as it was, for `extensions.messageEn`.
 */

export interface GatewayRefusal {
  vi: string;
  /**
   * The input field concerned (the leaf of the value's path), else the variable (name variables after their
   * arguments, `$year` for `year`, and this is the argument), when the message names one.
   */
  field?: string;
}

/** A name from the schema or the variables; anything else (a user's odd key) is not echoed. */
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const named = (name: string | undefined): string | undefined => (name && NAME.test(name) ? name : undefined);

/** 'Variable "$input" got invalid value … at "input.scores[0].points"; <reason>' → the reason and the leaf "points". */
const VARIABLE = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([^;]+)$/;

const leafOf = (path: string): string | undefined =>
  named(
    path
      .replace(/\[\d+\]/g, '')
      .split('.')
      .pop(),
  );

/** Each reason graphql-js gives, with what to tell the person; `f` is ` "field"` when known, else ''. */
const REASONS: [RegExp, (f: string) => string, ((m: RegExpExecArray) => string | undefined)?][] = [
  [
    /^Int cannot represent non 32-bit signed integer value/,
    (f) => `Số${f} vượt giới hạn: số nguyên chỉ nhận từ -2147483648 đến 2147483647. Vui lòng nhập lại.`,
  ],
  [/^Int cannot represent non-integer value/, (f) => `Giá trị${f} phải là số nguyên. Vui lòng nhập lại.`],
  [/^Float cannot represent/, (f) => `Giá trị${f} phải là số. Vui lòng nhập lại.`],
  [/^String cannot represent/, (f) => `Giá trị${f} phải là văn bản (chuỗi ký tự). Vui lòng nhập lại.`],
  [/^ID cannot represent/, (f) => `Mã${f} phải là chuỗi ký tự. Vui lòng tải lại trang.`],
  [/^Boolean cannot represent/, (f) => `Giá trị${f} phải là true hoặc false.`],
  [
    /^(?:Value "[^"]*" does not exist in|Enum "[^"]*" cannot represent non-enum value)/,
    (f) => `Giá trị${f} không thuộc danh sách cho phép. Vui lòng chọn một giá trị trong danh sách.`,
  ],
  [/^Expected type "[^"]*" to be an object/, (f) => `Giá trị${f} phải là một đối tượng (các trường trong {}).`],
  // Required but null or missing, as a literal, a variable or a field of an input object.
  [
    /^Expected (?:non-nullable type "[^"]*" not to be null|value of type "[^"]*!", found null)/,
    (f) => `Vui lòng nhập${f || ' giá trị bắt buộc'}: trường này không được để trống.`,
  ],
  [
    /^Field "(?:[A-Za-z0-9_]+\.)?([A-Za-z0-9_]+)" of required type "[^"]*" was not provided/,
    (f) => `Vui lòng nhập${f}: trường này bắt buộc.`,
    (m) => named(m[1]),
  ],
  [
    /^Field "[^"]*" argument "([A-Za-z0-9_]+)" of type "[^"]*" is required/,
    (f) => `Thiếu tham số bắt buộc${f}. Vui lòng bổ sung.`,
    (m) => named(m[1]),
  ],
  [
    /^Variable "\$([A-Za-z0-9_]+)" of (?:non-null|required) type "[^"]*" (?:must not be null|was not provided)/,
    (f) => `Vui lòng nhập${f}: biến này bắt buộc, không được để trống.`,
    (m) => named(m[1]),
  ],
  [
    /^Field "([^"]*)" is not defined by type/,
    (f) => `Trường${f} không thuộc dữ liệu được phép gửi. Vui lòng bỏ trường này.`,
    (m) => named(m[1]),
  ],
  [/^Unknown argument "([^"]*)"/, (f) => `Tham số${f} không có. Vui lòng bỏ tham số này.`, (m) => named(m[1])],
  [/^Cannot query field "([^"]*)"/, (f) => `Trường${f} không có. Vui lòng kiểm tra lại tên trường.`, (m) => named(m[1])],
  [/^Syntax Error/, () => 'Câu truy vấn GraphQL sai cú pháp. Vui lòng kiểm tra lại.'],
  [/^GraphQL introspection is not allowed/, () => 'Máy chủ không cung cấp lược đồ GraphQL (introspection) ngoài môi trường phát triển.'],
];

/** What to say, by code, of a refusal whose wording is none of the above. */
const BY_CODE: Record<string, string> = {
  BAD_USER_INPUT: 'Giá trị gửi lên không hợp lệ. Vui lòng kiểm tra lại.',
  GRAPHQL_VALIDATION_FAILED: 'Câu truy vấn không khớp với lược đồ GraphQL. Vui lòng kiểm tra lại.',
  GRAPHQL_PARSE_FAILED: 'Câu truy vấn GraphQL sai cú pháp. Vui lòng kiểm tra lại.',
};

/** The Vietnamese for one of the gateway's own refusals, from its English message and code. */
export function gatewayRefusal(message: string, code: string): GatewayRefusal {
  const variable = VARIABLE.exec(message);
  const reason = variable ? variable[3] : message;
  // The field: the leaf of the value's path, else the one the reason is about (when it names one), else the variable.
  const pathLeaf = variable?.[2] ? leafOf(variable[2]) : undefined;
  const variableName = variable ? named(variable[1]) : undefined;
  for (const [pattern, say, fieldOf] of REASONS) {
    const m = pattern.exec(reason);
    if (!m) continue;
    const field = pathLeaf ?? (fieldOf ? fieldOf(m) : variableName);
    return { vi: say(field ? ` "${field}"` : ''), ...(field ? { field } : {}) };
  }
  const field = pathLeaf ?? variableName;
  return { vi: BY_CODE[code] ?? 'Yêu cầu không hợp lệ. Vui lòng kiểm tra lại.', ...(field ? { field } : {}) };
}

/**
 * Subgraph errors pass through as they are (code, Vietnamese message, `messageEn`). The gateway's own refusals
 * of a malformed operation or variable (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED, ...) keep their code and
 * get a Vietnamese message, their English one moving to `messageEn`. Anything else is a subgraph not answering.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && formatted.extensions?.['messageEn']) return formatted;
  // A request over one of the query limits (query-limits.ts), refused while parsing or validating.
  const mark =
    (formatted.extensions?.[LIMIT_EXTENSION] as LimitMark | undefined) ??
    (code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitOf(formatted.message) : undefined);
  if (mark) {
    const { vi, en } = limitRefusal(mark.limit, mark.allowed, mark.found);
    return { message: vi, extensions: { code: 'QUERY_TOO_COMPLEX', messageEn: en, field: mark.limit } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    const { vi, field } = gatewayRefusal(formatted.message, code);
    return {
      ...formatted,
      message: vi,
      extensions: { ...formatted.extensions, code, messageEn: formatted.message, ...(field ? { field } : {}) },
    };
  }
  return {
    ...formatted,
    message: 'Một phần hệ thống tạm thời không phản hồi. Vui lòng thử lại sau ít phút.',
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      messageEn: 'Part of the system is not answering right now. Try again in a few minutes.',
    },
  };
}

import { z } from 'zod';
import { CALENDAR_YEARS, assertCalendarDate } from './calendar-date';
import { AppError, Bilingual, ErrorCode, badInput } from './errors';
import { isUuid } from './ids';

/**
 * The building blocks of the input schemas: every argument and input field of the API is one of these, so
 * every text is checked for control characters, blankness and length, every number for its range, and
 * every id for its shape, the same way everywhere. Each domain lib composes them into one zod schema per
 * input (`libs/<domain>/domain/src/inputs.ts`); the subgraphs check arguments with those schemas before
 * any resolver work, and the web app may reuse them. Pure and browser-safe.
 */

/** What a field is called in messages, e.g. { vi: 'nội dung hội nghị', en: 'what was briefed' }. */
export type FieldLabel = Bilingual;

/** What a refused value carries besides its Vietnamese message (the zod issue's `message`). */
interface Refusal {
  en: string;
  code?: ErrorCode;
  /** The field to name, when it is not the key the value sits under. */
  field?: string;
  [detail: string]: unknown;
}

type Ctx = z.RefinementCtx;

/** Records the refusal; the returned z.NEVER stands for "no value" (typed never so that callers can return it). */
function refuse(ctx: Ctx, vi: string, refusal: Refusal): never {
  ctx.addIssue({ code: 'custom', message: vi, params: refusal });
  return z.NEVER;
}

const capitalise = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

/** A missing value or one of the wrong JSON type; GraphQL's own types stop these before us, a browser form may not. */
const wrongType = (label: FieldLabel) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? `Vui lòng nhập ${label.vi}.` : `Giá trị của ${label.vi} không hợp lệ.`;

// Characters no person types into a form: C0 and C1 controls (NUL included), DEL, the bidirectional
// overrides of "Trojan source" text, non-characters and unpaired surrogates. Multi-line fields keep tab,
// line feed and carriage return.
/* eslint-disable no-control-regex -- finding control characters is the point */
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */
/** White space and the invisible characters that make a text look blank (zero-width space, joiners, BOM, soft hyphen). */
const INVISIBLE = /[\s\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/;

/** Whether a text holds a character no form should send (NUL and other controls). */
export function hasUnsafeCharacters(value: string, multiline = false): boolean {
  return (multiline ? UNSAFE_IN_TEXT : UNSAFE_IN_LINE).test(value);
}

/**
 * Trimmed of white space and invisible characters at both ends, in Unicode NFC (precomposed Vietnamese).
 * A loop, not a regular expression: /[…]+$/ backtracks quadratically over a long run of inner spaces.
 */
export function cleanText(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && INVISIBLE.test(value[start])) start += 1;
  while (end > start && INVISIBLE.test(value[end - 1])) end -= 1;
  return value.slice(start, end).normalize('NFC');
}

function checkedText(value: string, ctx: Ctx, label: FieldLabel, rule: TextLimits): string | null {
  if (hasUnsafeCharacters(value, rule.multiline)) {
    return refuse(ctx, `${capitalise(label.vi)} chứa ký tự điều khiển hoặc ký tự ẩn không hợp lệ; vui lòng gõ lại.`, {
      en: `${capitalise(label.en)} contains control or invisible characters; type it again.`,
    });
  }
  const text = cleanText(value);
  if (text.length > rule.max) {
    return refuse(ctx, `${capitalise(label.vi)} dài quá ${rule.max} ký tự; vui lòng rút gọn.`, {
      en: `${capitalise(label.en)} is longer than ${rule.max} characters; shorten it.`,
      max: rule.max,
    });
  }
  return text || null;
}

export interface TextLimits {
  /** At most this many UTF-16 code units once cleaned. */
  max: number;
  /** Whether line breaks and tabs are allowed (notes, comments). */
  multiline?: boolean;
}


/** The blocks. Each refuses with a Vietnamese message saying what to fix, and its English twin. */
export const field = {
  /** Required free text: no control characters, not blank once trimmed (zero-width characters count as blank), at most `max`. */
  text: (label: FieldLabel, rule: TextLimits) =>
    z.string({ error: wrongType(label) }).transform((value, ctx) => {
      const text = checkedText(value, ctx, label, rule);
      return text ?? refuse(ctx, `Vui lòng nhập ${label.vi}.`, { en: `Enter ${label.en}.` });
    }),

  /** Optional free text: like `text`, but absent, null or blank becomes null. */
  optionalText: (label: FieldLabel, rule: TextLimits) =>
    z
      .string({ error: wrongType(label) })
      .nullish()
      .transform((value, ctx) => (value == null ? null : checkedText(value, ctx, label, rule))),

  /**
   * The id of an object (a UUID, returned lower-case). Anything else names nothing: NOT_FOUND, as for an id
   * of another province, so that a malformed id never reaches the database.
   */
  id: (label: FieldLabel) =>
    z.string({ error: wrongType(label) }).transform((value, ctx) =>
      isUuid(value)
        ? value.toLowerCase()
        : refuse(ctx, `Không tìm thấy ${label.vi} này. Vui lòng tải lại trang.`, {
            en: `There is no such ${label.en}. Reload the page.`,
            code: 'NOT_FOUND',
          }),
    ),

  /** A whole number within [min, max]. */
  int: (label: FieldLabel, range: { min: number; max: number }) =>
    z.number({ error: wrongType(label) }).transform((value, ctx) =>
      Number.isInteger(value) && value >= range.min && value <= range.max
        ? value
        : refuse(ctx, `${capitalise(label.vi)} phải là số nguyên từ ${range.min} đến ${range.max}.`, {
            en: `${capitalise(label.en)} must be a whole number from ${range.min} to ${range.max}.`,
            ...range,
          }),
    ),

  /** An optional whole number within [min, max]: absent or null becomes null. */
  optionalInt: (label: FieldLabel, range: { min: number; max: number }) =>
    field
      .int(label, range)
      .nullish()
      .transform((value) => value ?? null),

  /** A finite number within [min, max] (points). */
  number: (label: FieldLabel, range: { min: number; max: number }) =>
    z.number({ error: wrongType(label) }).transform((value, ctx) =>
      Number.isFinite(value) && value >= range.min && value <= range.max
        ? value
        : refuse(ctx, `${capitalise(label.vi)} phải từ ${range.min} đến ${range.max}.`, {
            en: `${capitalise(label.en)} must be from ${range.min} to ${range.max}.`,
            ...range,
          }),
    ),

  /** A calendar year the provinces report on (CALENDAR_YEARS: 2000 to 2100), like every date. */
  year: () =>
    z.number({ error: wrongType({ vi: 'năm', en: 'the year' }) }).transform((value, ctx) =>
      Number.isInteger(value) && value >= CALENDAR_YEARS.min && value <= CALENDAR_YEARS.max
        ? value
        : refuse(ctx, `Năm phải là số nguyên từ ${CALENDAR_YEARS.min} đến ${CALENDAR_YEARS.max}.`, {
            en: `The year must be a whole number from ${CALENDAR_YEARS.min} to ${CALENDAR_YEARS.max}.`,
            ...CALENDAR_YEARS,
          }),
    ),

  /** A "YYYY-MM-DD" calendar date between the years 2000 and 2100 (no 31 February). */
  calendarDate: () =>
    field.rule((value) => {
      // Anything but the shape is refused without being echoed in the message.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw badInput('Ngày không hợp lệ; nhập theo dạng năm-tháng-ngày, ví dụ 2026-03-01.', 'Not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.');
      }
      return assertCalendarDate(value);
    }),

  /** One of a fixed list of values (an enum). */
  oneOf: <const T extends string>(label: FieldLabel, values: readonly T[]) =>
    z.string({ error: wrongType(label) }).transform((value, ctx): T =>
      (values as readonly string[]).includes(value)
        ? (value as T)
        : refuse(ctx, `${capitalise(label.vi)} phải là một trong: ${values.join(', ')}.`, {
            en: `${capitalise(label.en)} must be one of: ${values.join(', ')}.`,
          }),
    ),

  /** A list of at most `max` items, each checked by `item` (the length first, so a huge list costs nothing). */
  list: <T extends z.ZodType>(label: FieldLabel, item: T, range: { max: number }) =>
    z
      .array(z.unknown(), { error: wrongType(label) })
      .transform((items, ctx) =>
        items.length <= range.max
          ? items
          : refuse(ctx, `${capitalise(label.vi)} có tối đa ${range.max} mục.`, {
              en: `${capitalise(label.en)} has at most ${range.max} items.`,
              max: range.max,
            }),
      )
      .pipe(z.array(item)),

  /**
   * A text checked (and normalised) by a domain rule that throws an AppError, such as `normaliseUsername`:
   * the rule's message and code become the refusal. `options.field` names the field when the form knows it
   * by another name than the key (the admin's username is the form's "username").
   */
  rule: <T>(check: (value: string) => T, options: { field?: string } = {}) =>
    z.string({ error: wrongType({ vi: 'trường này', en: 'this field' }) }).transform((value, ctx): T => {
      try {
        return check(value);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const { field: _ignored, ...details } = error.details;
        return refuse(ctx, error.messages.vi, { ...details, en: error.messages.en, code: error.code, field: options.field });
      }
    }),
};

/** The error for the first refused value of an input: its code, message, and the field named in `extensions.field`. */
export function inputError(issue: z.core.$ZodIssue): AppError {
  const { en, code, field: named, ...details } = (issue.code === 'custom' ? issue.params : undefined) ?? ({} as Partial<Refusal>);
  const field = named ?? [...issue.path].reverse().find((key): key is string => typeof key === 'string');
  if (en === undefined) {
    // Not one of our refusals (a wrong JSON type, a missing key): say which field, in both languages.
    return badInput(
      `${issue.message || 'Giá trị không hợp lệ.'} Vui lòng kiểm tra lại${field ? ` trường "${field}"` : ''}.`,
      `Invalid value${field ? ` for "${field}"` : ''}; check it and try again.`,
      field ? { field } : {},
    );
  }
  return new AppError(code ?? 'BAD_USER_INPUT', { vi: issue.message, en }, { ...details, ...(field ? { field } : {}) });
}

/** Parses a value with its schema; the first refusal becomes an AppError (BAD_USER_INPUT, or NOT_FOUND for an id). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw inputError(result.error.issues[0]);
}

/** How a schema answers a value, in one word for tables of cases: "ok", or "CODE field" for a refusal. */
export function inputVerdict(schema: z.ZodType, value: unknown): string {
  try {
    parseInput(schema, value);
    return 'ok';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.code} ${String(error.details['field'])}`;
  }
}

import { z } from 'zod';
import { AppError } from './errors';
import { cleanText, field, hasUnsafeCharacters, parseInput } from './input';

/** The parsed value, or "CODE field: message" for a refusal (the English message after " / "). */
const outcome = (schema: z.ZodType, value: unknown) => {
  try {
    return parseInput(schema, value);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return `${e.code} ${String(e.details['field'])}: ${e.messages.vi} / ${e.messages.en}`;
  }
};
/** The block under a key, as the pipe sees it: the field is named after the key. */
const one = (block: z.ZodType) => z.object({ value: block });
const outcomeOf = (block: z.ZodType, value: unknown) => {
  const result = outcome(one(block), { value });
  return typeof result === 'string' ? result : (result as { value: unknown }).value;
};

const topic = { vi: 'nội dung', en: 'the topic' };

describe('input blocks', () => {
  it.each<[unknown, unknown]>([
    [' Phổ biến quy chế ', 'Phổ biến quy chế'],
    ['\u200b Hội nghị \ufeff', 'Hội nghị'],
    // Decomposed Vietnamese (e + combining marks) is stored precomposed.
    ['Hô\u0323i', 'Hội'],
    ['x'.repeat(20), 'x'.repeat(20)],
    ['', 'BAD_USER_INPUT value: Vui lòng nhập nội dung. / Enter the topic.'],
    ['   ', 'BAD_USER_INPUT value: Vui lòng nhập nội dung. / Enter the topic.'],
    ['\u200b\u200c\u200d\ufeff\u2060\u00ad', 'BAD_USER_INPUT value: Vui lòng nhập nội dung. / Enter the topic.'],
    [undefined, 'BAD_USER_INPUT value: Vui lòng nhập nội dung. Vui lòng kiểm tra lại trường "value". / Invalid value for "value"; check it and try again.'],
    ['x'.repeat(21), 'BAD_USER_INPUT value: Nội dung dài quá 20 ký tự; vui lòng rút gọn. / The topic is longer than 20 characters; shorten it.'],
    ['x'.repeat(100_000), 'BAD_USER_INPUT value: Nội dung dài quá 20 ký tự; vui lòng rút gọn. / The topic is longer than 20 characters; shorten it.'],
    ...['a\u0000b', '\u0007', 'a\tb', 'a\nb', '\u001b[0m', 'a\u202eb', 'x\ud800', '\uffff', '\u0085'].map((bad): [unknown, unknown] => [
      bad,
      'BAD_USER_INPUT value: Nội dung chứa ký tự điều khiển hoặc ký tự ẩn không hợp lệ; vui lòng gõ lại. / The topic contains control or invisible characters; type it again.',
    ]),
    ['😀', '😀'],
  ])('text %j -> %j', (value, expected) => expect(outcomeOf(field.text(topic, { max: 20 }), value)).toBe(expected));

  it.each<[unknown, unknown]>([
    [null, null],
    [undefined, null],
    [' \u200b ', null],
    ['dòng 1\r\ndòng 2\tcột', 'dòng 1\r\ndòng 2\tcột'],
    ['a\u0000', 'BAD_USER_INPUT value: Nội dung chứa ký tự điều khiển hoặc ký tự ẩn không hợp lệ; vui lòng gõ lại. / The topic contains control or invisible characters; type it again.'],
    ['x'.repeat(21), 'BAD_USER_INPUT value: Nội dung dài quá 20 ký tự; vui lòng rút gọn. / The topic is longer than 20 characters; shorten it.'],
  ])('optional multi-line text %j -> %j', (value, expected) =>
    expect(outcomeOf(field.optionalText(topic, { max: 20, multiline: true }), value)).toBe(expected),
  );

  it.each<[unknown, unknown]>([
    ['2e6b1bf7-8010-4cfd-bf82-b8925025df74', '2e6b1bf7-8010-4cfd-bf82-b8925025df74'],
    ['2E6B1BF7-8010-4CFD-BF82-B8925025DF74', '2e6b1bf7-8010-4cfd-bf82-b8925025df74'],
    ...['', 'x', 'không-phải-mã', '2e6b1bf7-8010-4cfd-bf82-b8925025df7', '2e6b1bf7-8010-4cfd-bf82-b8925025df74\u0000', "1' OR '1'='1"].map(
      (bad): [unknown, unknown] => [bad, 'NOT_FOUND value: Không tìm thấy đơn vị này. Vui lòng tải lại trang. / There is no such unit. Reload the page.'],
    ),
  ])('id %j -> %j', (value, expected) => expect(outcomeOf(field.id({ vi: 'đơn vị', en: 'unit' }), value)).toBe(expected));

  const yearRefused = 'BAD_USER_INPUT value: Năm phải là số nguyên từ 2000 đến 2100. / The year must be a whole number from 2000 to 2100.';
  it.each<[unknown, unknown]>([
    [2000, 2000],
    [2100, 2100],
    [-1, yearRefused],
    [0, yearRefused],
    [1999, yearRefused],
    [2101, yearRefused],
    [2_147_483_647, yearRefused],
    [2026.5, yearRefused],
    // Not a number JSON can carry; a form might.
    [Number.NaN, 'BAD_USER_INPUT value: Giá trị của năm không hợp lệ. Vui lòng kiểm tra lại trường "value". / Invalid value for "value"; check it and try again.'],
  ])('year %p -> %p', (value, expected) => expect(outcomeOf(field.year(), value)).toBe(expected));

  it.each<[z.ZodType, unknown, unknown]>([
    [field.int({ vi: 'số người dự', en: 'the number present' }, { min: 0, max: 10 }), 0, 0],
    [
      field.int({ vi: 'số người dự', en: 'the number present' }, { min: 0, max: 10 }),
      11,
      'BAD_USER_INPUT value: Số người dự phải là số nguyên từ 0 đến 10. / The number present must be a whole number from 0 to 10.',
    ],
    [field.optionalInt({ vi: 'số ngày', en: 'the days' }, { min: 0, max: 90 }), undefined, null],
    [
      field.optionalInt({ vi: 'số ngày', en: 'the days' }, { min: 0, max: 90 }),
      -1,
      'BAD_USER_INPUT value: Số ngày phải là số nguyên từ 0 đến 90. / The days must be a whole number from 0 to 90.',
    ],
    [field.number({ vi: 'điểm', en: 'the points' }, { min: 0, max: 10 }), 7.25, 7.25],
    [field.number({ vi: 'điểm', en: 'the points' }, { min: 0, max: 10 }), 1e300, 'BAD_USER_INPUT value: Điểm phải từ 0 đến 10. / The points must be from 0 to 10.'],
    [
      field.number({ vi: 'điểm', en: 'the points' }, { min: 0, max: 10 }),
      Number.POSITIVE_INFINITY,
      'BAD_USER_INPUT value: Giá trị của điểm không hợp lệ. Vui lòng kiểm tra lại trường "value". / Invalid value for "value"; check it and try again.',
    ],
    [field.oneOf({ vi: 'loại kỳ', en: 'the period kind' }, ['YEAR', 'SIX_MONTH']), 'YEAR', 'YEAR'],
    [
      field.oneOf({ vi: 'loại kỳ', en: 'the period kind' }, ['YEAR', 'SIX_MONTH']),
      'MONTH',
      'BAD_USER_INPUT value: Loại kỳ phải là một trong: YEAR, SIX_MONTH. / The period kind must be one of: YEAR, SIX_MONTH.',
    ],
    [field.calendarDate(), '2028-02-29', '2028-02-29'],
    [field.calendarDate(), '2026-02-30', 'BAD_USER_INPUT value: Ngày "2026-02-30" không hợp lệ (dạng năm-tháng-ngày). / "2026-02-30" is not a valid date (YYYY-MM-DD).'],
    [
      field.calendarDate(),
      `2026-03-01${'\u0000'.repeat(1000)}`,
      'BAD_USER_INPUT value: Ngày không hợp lệ; nhập theo dạng năm-tháng-ngày, ví dụ 2026-03-01. / Not a date; write it as YYYY-MM-DD, e.g. 2026-03-01.',
    ],
    [field.calendarDate(), '0000-01-01', 'BAD_USER_INPUT value: Năm phải từ 2000 đến 2100. / The year must be between 2000 and 2100.'],
  ])('block %# with %p -> %p', (block, value, expected) => expect(outcomeOf(block, value)).toBe(expected));

  it('a list is checked for its length before its items', () => {
    const list = field.list({ vi: 'bảng điểm', en: 'the score sheet' }, field.year(), { max: 2 });
    expect(outcomeOf(list, [2026, 2027])).toEqual([2026, 2027]);
    expect(outcomeOf(list, [0, 0, 0])).toBe('BAD_USER_INPUT value: Bảng điểm có tối đa 2 mục. / The score sheet has at most 2 items.');
    expect(outcomeOf(list, [2026, 0])).toBe(
      'BAD_USER_INPUT value: Năm phải là số nguyên từ 2000 đến 2100. / The year must be a whole number from 2000 to 2100.',
    );
  });

  it('a domain rule keeps its message and code; the field is the key unless the schema names another', () => {
    const rule = (v: string) => {
      if (v !== 'ok') throw new AppError('CONFLICT', { vi: 'Đã có.', en: 'Exists.' }, { field: 'ignored', extra: 1 });
      return v.toUpperCase();
    };
    expect(outcomeOf(field.rule(rule), 'ok')).toBe('OK');
    expect(outcomeOf(field.rule(rule), 'x')).toBe('CONFLICT value: Đã có. / Exists.');
    expect(outcomeOf(field.rule(rule, { field: 'username' }), 'x')).toBe('CONFLICT username: Đã có. / Exists.');
  });

  it('names the innermost field of a nested input, and reports the first refusal', () => {
    const schema = z.object({ scores: z.array(z.object({ comment: field.text(topic, { max: 5 }) })), year: field.year() });
    expect(outcome(schema, { scores: [{ comment: 'a' }, { comment: '\u0000' }], year: 0 })).toBe(
      'BAD_USER_INPUT comment: Nội dung chứa ký tự điều khiển hoặc ký tự ẩn không hợp lệ; vui lòng gõ lại. / The topic contains control or invisible characters; type it again.',
    );
  });

  it.each([
    ['abc', false, false],
    ['a\nb', false, true],
    ['a\nb', true, false],
    ['a\u0000b', true, true],
    ['Tiếng Việt 😀', false, false],
  ])('hasUnsafeCharacters(%j, multiline %p) = %p', (value, multiline, expected) =>
    expect(hasUnsafeCharacters(value, multiline)).toBe(expected),
  );

  it('cleanText trims invisible edges but keeps inner ones', () => expect(cleanText('\u200b a\u200db \ufeff')).toBe('a\u200db'));

  it('cleanText takes time linear in the length (a trailing-space regex took 7 s on 100,000 inner spaces)', () => {
    const long = `x${' '.repeat(200_000)}x`;
    const start = performance.now();
    expect(cleanText(` ${long} `)).toBe(long);
    // Milliseconds now; about half a minute with the regex.
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});

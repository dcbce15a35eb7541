import { AppError } from './errors';
import { optionalText, requiredText } from './text';

const rule = { field: 'topic', label: { vi: 'nội dung', en: 'the topic' }, max: 5 };
const outcome = (f: () => unknown) => {
  try {
    return f();
  } catch (e) {
    return `${(e as AppError).code}:${(e as AppError).messages.vi}`;
  }
};

describe('free text', () => {
  it.each([
    [' abc ', 'abc'],
    ['abcde', 'abcde'],
    ['', 'BAD_USER_INPUT:Vui lòng nhập nội dung.'],
    ['   ', 'BAD_USER_INPUT:Vui lòng nhập nội dung.'],
    [null, 'BAD_USER_INPUT:Vui lòng nhập nội dung.'],
    ['abcdef', 'BAD_USER_INPUT:Nội dung dài quá 5 ký tự; vui lòng rút gọn.'],
  ])('required %p -> %p', (value, expected) => expect(outcome(() => requiredText(value, rule))).toBe(expected));

  it.each([
    [' ', null],
    [undefined, null],
    [' x ', 'x'],
    ['abcdef', 'BAD_USER_INPUT:Nội dung dài quá 5 ký tự; vui lòng rút gọn.'],
  ])('optional %p -> %p', (value, expected) => expect(outcome(() => optionalText(value, rule))).toBe(expected));
});

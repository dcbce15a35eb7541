// What the server accepts for codes, usernames and passwords, checked while typing so that an official
// learns the rule before pressing the button. The server checks again and has the last word.

/** Province code: 2–32 lower-case letters, digits or "-", not starting with "-" (case is folded). */
export function isProvinceCode(text: string): boolean {
  return /^[a-z0-9][a-z0-9-]{1,31}$/.test(text.trim().toLowerCase());
}

/** Unit code: letters, digits, ".", "-", "_", at most 32, starting with a letter or digit (saved upper-case). */
export function isUnitCode(text: string): boolean {
  return /^[A-Z0-9][A-Z0-9._-]{0,31}$/.test(text.trim().toUpperCase());
}

/** Username: 3–64 of a-z, 0-9, ".", "_", "-" (case is folded). */
export function isUsername(text: string): boolean {
  return /^[a-z0-9._-]{3,64}$/.test(text.trim().toLowerCase());
}

/** Password: at least 10 characters and not only digits (long rather than clever). */
export function isAcceptablePassword(text: string): boolean {
  return text.length >= 10 && !/^\d+$/.test(text);
}

/** Email: something@something.something, no spaces. Empty is checked by the caller (it is optional). */
export function isEmail(text: string): boolean {
  return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim());
}

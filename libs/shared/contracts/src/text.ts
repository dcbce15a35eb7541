import { badInput } from './errors';

export interface TextRule {
  field: string;
  /** What the field is, in Vietnamese and English, for the message ("tên đơn vị" / "the unit name"). */
  label: { vi: string; en: string };
  max: number;
}

/** A required free-text field: trimmed, not empty, not longer than the rule allows. */
export function requiredText(value: string | null | undefined, rule: TextRule): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(`Vui lòng nhập ${rule.label.vi}.`, `Enter ${rule.label.en}.`, { field: rule.field });
  return maxLength(text, rule);
}

/** An optional free-text field: trimmed, empty becomes null. */
export function optionalText(value: string | null | undefined, rule: TextRule): string | null {
  const text = (value ?? '').trim();
  return text ? maxLength(text, rule) : null;
}

function maxLength(text: string, rule: TextRule): string {
  if (text.length > rule.max) {
    throw badInput(
      `${rule.label.vi[0].toUpperCase()}${rule.label.vi.slice(1)} dài quá ${rule.max} ký tự; vui lòng rút gọn.`,
      `${rule.label.en[0].toUpperCase()}${rule.label.en.slice(1)} is longer than ${rule.max} characters; shorten it.`,
      { field: rule.field, max: rule.max },
    );
  }
  return text;
}

// A changed field's value as the log keeps it (JSON text, null when the field was absent on that side),
// read into what the screen shows: words, a date, a number, yes or no.
import { isUuid } from '@qcdc/shared/contracts';

export type AuditValue =
  /** The field was not there on that side (nothing before a creation). */
  | { kind: 'absent' }
  /** The field was there, empty (JSON null). */
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** A calendar day, "YYYY-MM-DD". */
  | { kind: 'date'; date: string }
  /** An instant, ISO 8601 with its offset. */
  | { kind: 'instant'; iso: string }
  | { kind: 'number'; value: number }
  | { kind: 'yes-no'; value: boolean }
  /** A list or an object, or text that is not JSON: shown as it is. */
  | { kind: 'other'; text: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function auditValueOf(json: string | null): AuditValue {
  if (json === null) return { kind: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { kind: 'other', text: json };
  }
  if (value === null) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'yes-no', value };
  if (typeof value !== 'string') return { kind: 'other', text: json };
  if (DATE.test(value)) return { kind: 'date', date: value };
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return { kind: 'instant', iso: value };
  return { kind: 'text', text: value };
}


/** Whether a value names an object by its id (a parent unit, a user): the screen puts the object's name instead. */
export const isObjectId = (text: string): boolean => isUuid(text);

/** An id shortened for reading ("3f2a9c1d…"); the whole id stays in the title and the filter. */
export const shortId = (id: string): string => (isObjectId(id) ? `${id.slice(0, 8)}…` : id);

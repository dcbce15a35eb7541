import { JsonObject } from '@qcdc/shared/events';

/** One changed field of an audit entry: a dotted path and its values as JSON text (null when absent). */
export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The changed fields of an entry as a flat list, nested objects as dotted paths
 * (`scores.<criterion id>`), in the order they were recorded: what a screen shows line by line.
 */
export function changeList(before: JsonObject | null, after: JsonObject | null): FieldChange[] {
  const out: FieldChange[] = [];
  const walk = (b: JsonObject | undefined, a: JsonObject | undefined, prefix: string) => {
    for (const key of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])) {
      const [bv, av] = [b?.[key], a?.[key]];
      const field = prefix ? `${prefix}.${key}` : key;
      if ((isObject(bv) || bv === undefined) && (isObject(av) || av === undefined) && (isObject(bv) || isObject(av))) {
        walk(bv as JsonObject | undefined, av as JsonObject | undefined, field);
      } else {
        out.push({
          field,
          before: bv === undefined ? null : JSON.stringify(bv),
          after: av === undefined ? null : JSON.stringify(av),
        });
      }
    }
  };
  walk(before ?? undefined, after ?? undefined, '');
  return out;
}

/**
 * A mutation's answer as an idempotency key keeps it: JSON, with every Date tagged so that it comes back as a
 * Date (the DateTime scalar serialises both alike, but a field resolver or a mapper may not). Only plain data
 * is accepted; anything JSON would silently change (a class instance, a Map, a function, a BigInt, a number
 * that is not finite, an invalid date) is refused, because the replayed answer must be the first one.
 */
export type StoredResponse = null | boolean | number | string | StoredResponse[] | { [key: string]: StoredResponse };

/** The tag of a Date in a stored response; no field of the API is named like it. */
const DATE_TAG = '$qcdc.date';

export class UnstorableResponseError extends Error {
  constructor(path: string, what: string) {
    super(`a keyed mutation's answer must be plain data to be replayed, but ${path || 'the answer'} is ${what}`);
    this.name = 'UnstorableResponseError';
  }
}

/** The stored form of an answer; `undefined` (a field left out) is kept as null, which GraphQL shows alike. */
export function toStoredResponse(value: unknown, path = ''): StoredResponse {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new UnstorableResponseError(path, String(value));
      return value;
    case 'object':
      break;
    default:
      throw new UnstorableResponseError(path, `a ${typeof value}`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new UnstorableResponseError(path, 'an invalid date');
    return { [DATE_TAG]: value.toISOString() };
  }
  if (Array.isArray(value)) return value.map((item, i) => toStoredResponse(item, `${path}[${i}]`));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    throw new UnstorableResponseError(path, `an instance of ${(value as object).constructor?.name ?? 'a class'}`);
  }
  const stored: Record<string, StoredResponse> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === DATE_TAG) throw new UnstorableResponseError(path, `an object with the reserved key ${DATE_TAG}`);
    stored[key] = toStoredResponse(field, path ? `${path}.${key}` : key);
  }
  return stored;
}

/** The answer a stored response stands for: the same data, its dates Dates again. */
export function fromStoredResponse(stored: StoredResponse): unknown {
  if (stored === null || typeof stored !== 'object') return stored;
  if (Array.isArray(stored)) return stored.map(fromStoredResponse);
  const keys = Object.keys(stored);
  if (keys.length === 1 && keys[0] === DATE_TAG && typeof stored[DATE_TAG] === 'string') return new Date(stored[DATE_TAG]);
  return Object.fromEntries(keys.map((key) => [key, fromStoredResponse(stored[key])]));
}

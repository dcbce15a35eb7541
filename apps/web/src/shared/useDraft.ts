// A form's unsaved input, kept in IndexedDB (see offline/store.ts) under the signed-in official and `key`,
// so that a closed tab, a crash or a lost connection does not lose what an official typed. With it is kept
// the idempotency key of the last attempt at sending it: sent again unchanged, even after a reload, the
// server recognises it and records it once.
import { useEffect, useRef, useState } from 'react';
import { sessionOwner } from './api/session';
import { attemptFor, newIdempotencyKey } from './offline/outbox-entry';
import { database, type Attempt, type StoredDraft } from './offline/store';

export interface DraftOptions<T> {
  /** Fields never written to the device (a password): after a reload they are empty again. */
  omit?: (keyof T)[];
}

/**
 * `ready` is false until the stored draft has been read (a few milliseconds): render the form only then.
 * `clear` forgets it (after the entry was sent or queued). The key is read once: give the component a React
 * `key` per unit and period.
 */
export function useDraft<T>(key: string, initial: () => T, options: DraftOptions<T> = {}) {
  const id = `${sessionOwner() ?? 'anonymous'}|${key}`;
  const [value, setValue] = useState<T>(initial);
  const [hasDraft, setHasDraft] = useState(false);
  const [ready, setReady] = useState(false);
  // Writes not yet committed: the draft is safe on the device only once this is back to 0.
  const [unwritten, setUnwritten] = useState(0);
  const attempt = useRef<Attempt | undefined>(undefined);
  // Writes go out in order, so a slow write never overtakes a later one.
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void database()
      .then((db) => db.get('drafts', id))
      .catch(() => undefined) // no IndexedDB (a locked-down browser): the form still works, without drafts
      .then((stored) => {
        if (!live) return;
        if (stored) {
          // Over the form's empty value, so that omitted fields (and fields added since) start empty.
          const base = initial();
          setValue(isRecord(base) && isRecord(stored.value) ? ({ ...base, ...stored.value } as T) : (stored.value as T));
          setHasDraft(true);
          attempt.current = stored.attempt;
        }
        setReady(true);
      });
    return () => {
      live = false;
    };
  }, [id]);

  const store = (draft: StoredDraft | null) => {
    setUnwritten((n) => n + 1);
    writes.current = writes.current
      .then(() => database())
      .then(async (db) => {
        if (draft) await db.put('drafts', draft);
        else await db.delete('drafts', id);
      })
      .catch(() => undefined)
      .finally(() => setUnwritten((n) => n - 1));
    return writes.current;
  };

  /** What of `value` is written to the device: all of it but the omitted fields. */
  const kept = (value: T): unknown => {
    if (!options.omit?.length || !isRecord(value)) return value;
    const copy: Record<string, unknown> = { ...value };
    for (const field of options.omit) delete copy[field as string];
    return copy;
  };

  const update = (next: T) => {
    setValue(next);
    setHasDraft(true);
    void store({ id, value: kept(next), attempt: attempt.current });
  };

  const clear = async (reset: T) => {
    attempt.current = undefined;
    setValue(reset);
    setHasDraft(false);
    await store(null);
  };

  /**
   * The idempotency key to send `variables` with, kept with the draft before anything is sent: the last
   * attempt's if it sent exactly these, else a new one.
   */
  const keyFor = async (variables: unknown): Promise<string> => {
    attempt.current = attemptFor(attempt.current, variables, newIdempotencyKey);
    setHasDraft(true);
    await store({ id, value: kept(value), attempt: attempt.current });
    return attempt.current.idempotencyKey;
  };

  /** Forgets the key of the last attempt (the server knows it for another change): the next send gets a new one. */
  const forgetKey = async () => {
    attempt.current = undefined;
    await store({ id, value: kept(value), attempt: undefined });
  };

  /** Whether everything typed so far is stored on the device (a reload or a crash now loses nothing). */
  const stored = unwritten === 0;
  return { value, update, clear, hasDraft, stored, ready, keyFor, forgetKey };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

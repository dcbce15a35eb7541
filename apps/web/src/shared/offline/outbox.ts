// The outbox: entries an official made that have not reached the server yet (no connection, no answer in
// time, the server down), kept in IndexedDB and sent in the order they were made once the connection is
// back. Each keeps the idempotency key it was first sent with, so an entry whose first send did arrive (only
// its answer was lost) is recorded once. An entry the server refuses stays in the list with the reason until
// the official sets it aside.
import { useState, useSyncExternalStore } from 'react';
import { asApiError, isRetryable, networkError, type ApiError } from '../api/errors';
import { operationName, queryClient } from '../api/query';
import { send } from '../api/request';
import { sessionOwner, subscribeSession } from '../api/session';
import { now } from '../clock';
import { OUTBOX_DOCUMENTS } from './operations';
import { retryDelayMs, type OutboxEntry } from './outbox-entry';
import { database } from './store';

/** What came of sending an entry: recorded (with the server's answer), or waiting in the outbox and why. */
export type SendOutcome = { sent: true; data: unknown } | { sent: false; reason: ApiError };

let entries: readonly OutboxEntry[] = [];

/** The refusal an entry of an operation the app no longer has gets: it says what to do instead. */
const OUTDATED_ENTRY = {
  code: 'OUTDATED_ENTRY',
  message: 'Mục này được nhập bằng phiên bản cũ của ứng dụng và không gửi được nữa. Vui lòng nhập lại hoạt động này trong mục "Ghi nhận hoạt động".',
  messageEn: 'This entry was made with an older version of the app and can no longer be sent. Enter the activity again under "Record activities".',
};
const listeners = new Set<() => void>();
let queue: Promise<void> = Promise.resolve();
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Reads the signed-in official's entries again (the official is whoever the session is now). */
async function reload(): Promise<void> {
  const owner = sessionOwner();
  const mine = owner ? await (await database()).getAllFromIndex('outbox', 'owner', owner) : [];
  entries = mine.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  listeners.forEach((l) => l());
}

function scheduleRetry(failedSends: number): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flush(), retryDelayMs(failedSends));
}

/**
 * Sends the waiting entries of the signed-in official, oldest first, stopping at the first one that gets no
 * answer (to keep the order; a timer tries again later). `live` holds an entry whose sender is waiting for
 * it on screen: a refusal of it goes back to the form rather than into the list. Answers by entry id.
 */
async function sendWaiting(live?: number): Promise<Map<number, SendOutcome>> {
  const outcomes = new Map<number, SendOutcome>();
  const db = await database();
  const me = sessionOwner();
  if (!me) return outcomes;
  const waiting = (await db.getAllFromIndex('outbox', 'owner', me)).filter((e) => !e.refusal).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  for (const entry of waiting) {
    const id = entry.id as number;
    if (sessionOwner() !== me) break;
    const known = OUTBOX_DOCUMENTS[entry.operation] as (typeof OUTBOX_DOCUMENTS)[keyof typeof OUTBOX_DOCUMENTS] | undefined;
    if (!known) {
      // Kept by an earlier version of the app (a briefing of the old form): set aside with the reason, not sent.
      await db.put('outbox', { ...entry, refusal: OUTDATED_ENTRY });
      continue;
    }
    const { document, invalidates } = known;
    try {
      const data = await send(document, entry.variables, true, { idempotencyKey: entry.idempotencyKey });
      await db.delete('outbox', id);
      outcomes.set(id, { sent: true, data });
      await Promise.all(invalidates.map((d) => queryClient.invalidateQueries({ queryKey: [operationName(d)] })));
    } catch (err) {
      const error = asApiError(err);
      if (isRetryable(error)) {
        const failedSends = entry.failedSends + 1;
        await db.put('outbox', { ...entry, failedSends });
        outcomes.set(id, { sent: false, reason: error });
        if (navigator.onLine) scheduleRetry(failedSends);
        break;
      }
      if (id === live) await db.delete('outbox', id);
      else await db.put('outbox', { ...entry, refusal: { code: error.code, message: error.message, messageEn: error.messageEn } });
      outcomes.set(id, { sent: false, reason: error });
    }
  }
  await reload();
  return outcomes;
}

/** Runs a send of the waiting entries after any already running, so that two never interleave. */
function enqueueSend(live?: number): Promise<Map<number, SendOutcome>> {
  const run = queue.then(() => sendWaiting(live));
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

/** Sends what is waiting now (the "Gửi ngay" button, the connection coming back, the retry timer). */
export async function flush(): Promise<void> {
  clearTimeout(retryTimer);
  await enqueueSend();
}

/**
 * Sends an entry, in its turn after any that are waiting: resolves with the server's answer, or with the
 * reason it is waiting in the outbox; rejects with the server's refusal (the entry is then not kept: the
 * form still holds it, to be corrected).
 */
export async function sendEntry(entry: Omit<OutboxEntry, 'id' | 'owner' | 'madeAt' | 'failedSends'>): Promise<SendOutcome> {
  const me = sessionOwner();
  if (!me) throw new Error('an entry is sent by a signed-in official');
  const id = (await (await database()).add('outbox', { ...entry, owner: me, madeAt: now().toISOString(), failedSends: 0 })) as number;
  await reload();
  const outcomes = await enqueueSend(id);
  // Not reached: an entry before it got no answer, and it waits behind that one for the same reason.
  const outcome = outcomes.get(id) ?? { sent: false, reason: [...outcomes.values()].find((o) => !o.sent)?.reason ?? networkError() };
  if (!outcome.sent && !isRetryable(outcome.reason)) throw outcome.reason;
  return outcome;
}

/** Sets aside an entry the server refused (after the official has read why). */
export async function discard(id: number): Promise<void> {
  await (await database()).delete('outbox', id);
  await reload();
}

const onOnline = () => void flush();

/**
 * Starts the outbox of the signed-in official: shows what is waiting, sends it now, whenever the connection
 * comes back, and when the session changes (renewed, or another official). Returns the stop (sign-out).
 */
export function startOutbox(): () => void {
  window.addEventListener('online', onOnline);
  const unsubscribe = subscribeSession(onOnline);
  void flush();
  return () => {
    window.removeEventListener('online', onOnline);
    unsubscribe();
    clearTimeout(retryTimer);
    entries = [];
    listeners.forEach((l) => l());
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in official's entries in the outbox, oldest first; re-renders when it changes. */
export function useOutbox(): readonly OutboxEntry[] {
  return useSyncExternalStore(subscribe, () => entries);
}

/**
 * Sending an entry from a form: busy while it is under way; then the outcome (recorded, or waiting in the
 * outbox and why) or the server's refusal.
 */
export function useSendEntry() {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError>();
  const [outcome, setOutcome] = useState<SendOutcome>();
  const reset = () => {
    setRefusal(undefined);
    setOutcome(undefined);
  };
  /** `forgetKey`: the form's draft forgets its key when the server knows it for another change. */
  const submit = async (
    entry: Parameters<typeof sendEntry>[0],
    forgetKey: () => Promise<void>,
  ): Promise<SendOutcome | undefined> => {
    reset();
    setBusy(true);
    try {
      const result = await sendEntry(entry);
      setOutcome(result);
      return result;
    } catch (err) {
      const error = asApiError(err);
      if (error.code === 'IDEMPOTENCY_KEY_REUSED') await forgetKey();
      setRefusal(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, refusal, outcome, reset };
}

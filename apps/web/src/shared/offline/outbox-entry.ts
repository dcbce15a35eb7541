// The outbox's pure rules: what an entry holds, when to try again, and when a key can be used again.
import type { Bilingual } from '@qcdc/shared/contracts';

/** The key an entry was (or is being) sent with, and what exactly was sent under it. */
export interface Attempt {
  idempotencyKey: string;
  /** The sent variables, as JSON: a different input needs a new key. */
  fingerprint: string;
}

/** The operations that may wait in the outbox: entries an official makes in the field, offline or not. */
export const OUTBOX_OPERATIONS = ['RecordActivity', 'SaveSelfAssessment'] as const;
export type OutboxOperation = (typeof OUTBOX_OPERATIONS)[number];

/** An entry that could not be sent yet, or that the server refused. */
export interface OutboxEntry {
  /** Its place in the queue (IndexedDB's auto-increment key): entries are sent in this order. */
  id?: number;
  /** "<province id>/<user id>": only that official's session sends it. */
  owner: string;
  operation: OutboxOperation;
  variables: Record<string, unknown>;
  idempotencyKey: string;
  /** What it is, for the list a person sees ("Hội nghị ngày 12/06/2026: …"). */
  summary: Bilingual;
  /** When it was made, ISO 8601. */
  madeAt: string;
  /** How many sends failed without an answer; sets the wait before the next one. */
  failedSends: number;
  /** The server's refusal: the entry is kept, with the reason, until the official sets it aside. */
  refusal?: { code: string; message: string; messageEn: string };
}

/** Milliseconds to wait before sending again after `failedSends` sends without an answer: 5 s doubling to 2 min. */
export function retryDelayMs(failedSends: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, failedSends - 1), 120_000);
}

/**
 * The key to send `variables` with: the last attempt's when it sent exactly these (a retry must reuse it, so
 * the server records the entry once), else `fresh()` (a changed entry is a new one to the server).
 */
export function attemptFor(last: Attempt | undefined, variables: unknown, fresh: () => string): Attempt {
  const fingerprint = JSON.stringify(variables);
  return last?.fingerprint === fingerprint ? last : { idempotencyKey: fresh(), fingerprint };
}

/** A new idempotency key: a random UUID, also where crypto.randomUUID is missing (a page served over plain HTTP). */
export function newIdempotencyKey(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // the RFC 4122 variant
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The HTTP header a client sends with a mutation so that a retry (after a timeout, a lost answer, a reload)
 * is recorded once: a UUID the client makes per change and keeps with its draft. The gateway forwards it to
 * the subgraphs; the same key with the same mutation and arguments answers the first result again.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

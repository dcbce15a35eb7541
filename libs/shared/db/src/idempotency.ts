import { EntityManager } from 'typeorm';
import { OUTBOX_SCHEMAS } from './outbox';
import { currentTenant, execute, firstOf, qb, sql } from './query';
import { StoredResponse } from './stored-response';

/** The schemas with an `idempotency_keys` table: every subgraph's. */
export const IDEMPOTENCY_SCHEMAS = OUTBOX_SCHEMAS;
export type IdempotencySchema = (typeof IDEMPOTENCY_SCHEMAS)[number];

/**
 * How long a key counts, from its first use (by the application's clock, `qcdc.now()`). Long, because the web
 * app keeps a change and its key in the browser while it is offline and sends it when it can; a retry later
 * than this runs as a new mutation. Rows are small and mutations few, so a month costs little.
 */
export const IDEMPOTENCY_RETENTION_DAYS = 30;

/** At most this many expired rows are deleted by one keyed mutation, so the purge never costs much. */
const PURGE_BATCH = 100;

/** The table of a schema; every one has the same columns, so one of them types them all. */
const keysOf = (schema: IdempotencySchema) => `${schema}.idempotency_keys` as 'activities.idempotency_keys';

/** One caller's key, with the HMAC of the mutation fields and arguments it was first sent with. */
export interface IdempotencyClaim {
  userId: string;
  key: string;
  requestHash: string;
}

/** What a claim finds: the key is the caller's now (with the answers of the fields that already ran), or it was
 *  first sent with another request. */
export type ClaimedKey = { reused: false; responses: Record<string, StoredResponse> } | { reused: true };

const expired = () => sql<boolean>`created_at < qcdc.now() - make_interval(days => ${IDEMPOTENCY_RETENTION_DAYS})`;

/**
 * Claims a key in the open tenant transaction and locks its row until that transaction ends. The row is
 * inserted with `ON CONFLICT DO NOTHING`: when another transaction holds the same key (a concurrent retry), this
 * waits for it; if it commits, its row and answers are read here, and if it rolls back, the insert goes through
 * and this request runs the mutation itself. The row commits with the mutation's change or not at all.
 * An expired row is taken over as if new.
 */
export async function claimIdempotencyKey(em: EntityManager, schema: IdempotencySchema, claim: IdempotencyClaim): Promise<ClaimedKey> {
  const table = keysOf(schema);
  // Twice at most: a row can vanish between the two statements only when it had expired and another
  // transaction's purge deleted it; the second insert then finds no conflict.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await execute(
      em,
      qb
        .insertInto(table)
        .values({ tenant_id: currentTenant(), user_id: claim.userId, idempotency_key: claim.key, request_hash: claim.requestHash })
        .onConflict((oc) => oc.columns(['tenant_id', 'user_id', 'idempotency_key']).doNothing()),
    );
    const row = await firstOf(
      em,
      qb
        .selectFrom(table)
        .select(['request_hash as requestHash', 'responses', expired().as('expired')])
        .where('tenant_id', '=', currentTenant())
        .where('user_id', '=', claim.userId)
        .where('idempotency_key', '=', claim.key)
        .forUpdate(),
    );
    if (!row) continue;
    if (row.expired) {
      await execute(
        em,
        qb
          .updateTable(table)
          .set({ request_hash: claim.requestHash, responses: '{}', created_at: sql<Date>`qcdc.now()` })
          .where('tenant_id', '=', currentTenant())
          .where('user_id', '=', claim.userId)
          .where('idempotency_key', '=', claim.key),
      );
      return { reused: false, responses: {} };
    }
    if (row.requestHash !== claim.requestHash) return { reused: true };
    return { reused: false, responses: row.responses as Record<string, StoredResponse> };
  }
  throw new Error(`the idempotency key ${claim.key} could not be claimed in ${schema}`);
}

/**
 * Keeps the answers of a claimed key (every field of the request that ran so far, by response key), in the
 * transaction that claimed it, and deletes a batch of the tenant's expired keys on the way (rows another
 * transaction holds are skipped, never waited for).
 */
export async function storeIdempotentResponses(
  em: EntityManager,
  schema: IdempotencySchema,
  claim: IdempotencyClaim,
  responses: Record<string, StoredResponse>,
): Promise<void> {
  const table = keysOf(schema);
  const stored = await execute(
    em,
    qb
      .updateTable(table)
      .set({ responses: JSON.stringify(responses) })
      .where('tenant_id', '=', currentTenant())
      .where('user_id', '=', claim.userId)
      .where('idempotency_key', '=', claim.key),
  );
  // The claim holds the row: anything else is a transaction that changed tenant and did not change back.
  if (stored !== 1) throw new Error(`the idempotency key ${claim.key} is not held by this transaction's tenant`);
  await execute(
    em,
    qb.deleteFrom(table).where((eb) =>
      eb(
        eb.refTuple('tenant_id', 'user_id', 'idempotency_key'),
        'in',
        eb
          .selectFrom(table)
          .select(['tenant_id', 'user_id', 'idempotency_key'])
          .where('tenant_id', '=', currentTenant())
          .where(expired())
          .limit(PURGE_BATCH)
          .forUpdate()
          .skipLocked()
          .$asTuple('tenant_id', 'user_id', 'idempotency_key'),
      ),
    ),
  );
}

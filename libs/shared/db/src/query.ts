import {
  Compilable,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  RawBuilder,
  sql,
} from 'kysely';
import { types } from 'pg';
import { EntityManager } from 'typeorm';
import type { DB } from './database.generated';

// A DATE column is a calendar date, not an instant: read it as "YYYY-MM-DD" (node-pg's default makes a Date at
// local midnight, which shifts with the server's time zone). The generated row types say `string` to match.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

/**
 * Typed SQL for the repositories: a Kysely query builder over the generated schema types
 * (`database.generated.ts`, `npm run db:types`). It only builds statements; they run on the EntityManager
 * of the open tenant transaction, so they take part in it (its tenant setting, its connection, its rollback).
 */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** `qcdc.current_tenant()`: the tenant of the transaction, for the `tenant_id` of inserted rows. */
export const currentTenant = (): RawBuilder<string> => sql<string>`qcdc.current_tenant()`;

/** `qcdc.now()`: the application's "now" of the transaction (the injected Clock), for times a row records. */
export const appNow = (): RawBuilder<Date> => sql<Date>`qcdc.now()`;

/** Runs a statement on the connection of `em`'s transaction, or on a pooled one for platform reads outside any. */
async function run(em: EntityManager, query: Compilable<unknown>): Promise<{ records: unknown[]; affected?: number }> {
  const { sql: text, parameters } = query.compile();
  const runner = em.queryRunner ?? em.connection.createQueryRunner();
  try {
    return await runner.query(text, parameters as unknown[], true);
  } finally {
    if (!em.queryRunner) await runner.release();
  }
}

/** Runs a built statement in the transaction of `em` and returns its rows, typed by the statement. */
export async function rowsOf<O>(em: EntityManager, query: Compilable<O>): Promise<O[]> {
  return (await run(em, query)).records as O[];
}

/** The first row of a built statement, or null. */
export async function firstOf<O>(em: EntityManager, query: Compilable<O>): Promise<O | null> {
  return (await rowsOf(em, query))[0] ?? null;
}

/** Runs a built statement for its effect; answers how many rows it touched. */
export async function execute(em: EntityManager, query: Compilable<unknown>): Promise<number> {
  const result = await run(em, query);
  return result.affected ?? result.records.length;
}

/** A plain node-postgres connection or pool (the relay's, the dead-letter writer's). */
export interface PgQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** Runs a built statement on a node-postgres connection outside TypeORM and returns its typed rows. */
export async function pgRowsOf<O>(client: PgQueryable, query: Compilable<O>): Promise<O[]> {
  const { sql: text, parameters } = query.compile();
  return (await client.query(text, parameters as unknown[])).rows as O[];
}

export { sql };
export type { DB };

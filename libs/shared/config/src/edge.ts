/**
 * What the gateway accepts from the outside, in one place. Each limit is checked before any resolver runs
 * (public operations such as `login` and `provinceDirectory` included), and a request over one is refused
 * with QUERY_TOO_COMPLEX or REQUEST_TOO_LARGE naming the limit in `extensions.field`.
 *
 * The values leave the web app's own operations a wide margin (query-limits.spec.ts in apps/gateway runs
 * every document of apps/web through them at half these values), while one request can no longer ask for
 * a thousand lookups.
 */
export interface QueryLimits {
  depth: number;
  aliases: number;
  sameRootField: Readonly<Record<string, number>>;
  cost: number;
  tokens: number;
  operationsPerRequest: number;
  bodyBytes: number;
}

export const QUERY_LIMITS: Readonly<QueryLimits> = {
  /** Levels of fields, counted through fragments: the web's deepest operation has 5 (the schema allows 6). */
  depth: 12,
  /** Aliased fields in one operation (`__typename` excepted): the web uses none. */
  aliases: 15,
  /**
   * Times one root field may appear in one operation, for the fields that check a password or spend a
   * token. Eleven aliased logins in one request once deadlocked sign-in; each alias is a password check.
   */
  sameRootField: { login: 3, refreshSession: 1 },
  /** graphql-armor's cost (2 per object, 1 per scalar, × 1.5 per level): the web's costliest operation costs 35. */
  cost: 1000,
  /**
   * Lexical tokens of the document, checked while parsing, so a huge document is dropped before validation
   * (whose check of overlapping fields grows with the square of their number). The web's longest file: 221.
   */
  tokens: 2000,
  /** Operations in one HTTP request. One: an array body (a batch) is refused; nothing the app sends is one. */
  operationsPerRequest: 1,
  /** The JSON body of one request, in bytes. */
  bodyBytes: 100 * 1024,
};

/** A subgraph's body limit: what the gateway sends it is the client's request re-written, with room to spare. */
export const SUBGRAPH_BODY_BYTES = 4 * QUERY_LIMITS.bodyBytes;

/**
 * An import's file (XLSX or CSV), sent to `POST /imports` rather than /graphql: 10,000 rows of the template
 * are about 1 MB as CSV and less as XLSX. The gateway refuses a larger body with 413 REQUEST_TOO_LARGE, and so
 * does the tenancy service behind it.
 */
export const IMPORT_FILE_BYTES = 5 * 1024 * 1024;

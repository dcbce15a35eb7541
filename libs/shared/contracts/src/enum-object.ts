/**
 * `['A', 'B']` -> `{ A: 'A', B: 'B' }`: the object form of a value list, which GraphQL's `registerEnumType`
 * needs. The list stays the one definition; the SQL CHECKs are compared with it by
 * test/medium/enum-checks.medium-spec.ts.
 */
export function enumObject<T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

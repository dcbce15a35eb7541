import { createHmac } from 'node:crypto';
import {
  FieldNode,
  GraphQLIncludeDirective,
  GraphQLResolveInfo,
  GraphQLSkipDirective,
  SelectionSetNode,
  getArgumentValues,
  getDirectiveValues,
} from 'graphql';

/** What a request's fingerprint is made of: the operation, its fragments and its variables' values. */
export type RequestShape = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'operation' | 'variableValues'>;

/** One root field of a mutation request: where its answer goes, which mutation, with which arguments. */
export interface RootField {
  responseKey: string;
  field: string;
  args: Record<string, unknown>;
}

/**
 * The root fields of the operation in the order GraphQL runs them, through fragments, without the ones that
 * @skip or @include leave out. The arguments are the values GraphQL coerced (defaults filled in), so the same
 * call written with literals or with variables is the same field.
 */
export function rootFieldsOf(request: RequestShape): RootField[] {
  const root = request.operation.operation === 'mutation' ? request.schema.getMutationType() : request.schema.getQueryType();
  const fields: RootField[] = [];
  const seen = new Set<string>();
  const included = (node: { directives?: readonly unknown[] }) =>
    getDirectiveValues(GraphQLSkipDirective, node as FieldNode, request.variableValues)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node as FieldNode, request.variableValues)?.['if'] !== false;
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === 'Field') {
        const responseKey = selection.alias?.value ?? selection.name.value;
        // GraphQL merges repeated response keys into one field; it runs once.
        if (seen.has(responseKey)) continue;
        seen.add(responseKey);
        const definition = root?.getFields()[selection.name.value];
        const args = definition ? getArgumentValues(definition, selection, request.variableValues) : {};
        fields.push({ responseKey, field: selection.name.value, args });
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else {
        const fragment = request.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(request.operation.selectionSet);
  return fields;
}

/** JSON with every object's keys sorted, so that the order a client wrote an input object in does not count. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/**
 * The fingerprint an idempotency key is bound to: every root field of the request (response key, mutation,
 * arguments). An HMAC with the gateway secret rather than a plain hash, because arguments may hold a password
 * (createUser, createProvince) and a fast hash of a guessable one could be reversed from a copy of the table.
 */
export function requestHash(secret: string, request: RequestShape): string {
  return createHmac('sha256', secret).update(canonicalJson(rootFieldsOf(request))).digest('hex');
}

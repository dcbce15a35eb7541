import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  buildSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isEnumType,
  isScalarType,
  isObjectType,
  isInterfaceType,
  isUnionType,
} from 'graphql';

/** One root field of the supergraph, as a client can call it. */
export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/**
 * The schema the gateway serves: the API schema of the committed supergraph, which is the file the gateway
 * loads (a drift test keeps it composed from the subgraphs). Read from the file, as codegen reads it, since
 * the gateway answers no introspection outside development.
 */
export function gatewaySchema(): GraphQLSchema {
  const supergraph = readFileSync(join(__dirname, '../../../../apps/gateway/supergraph.graphql'), 'utf8');
  return buildSchema(printSchema(Supergraph.build(supergraph).apiSchema()));
}

/** Every query and mutation of the schema, except federation's own plumbing. */
export function operationsOf(schema: GraphQLSchema): Operation[] {
  const ops: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!field.name.startsWith('_')) ops.push({ kind, name: field.name, field });
    }
  }
  return ops;
}

/** Whether an argument carries an ID anywhere inside it (directly or in an input object's fields). */
export function takesIds(field: GraphQLField<unknown, unknown>): boolean {
  const seen = new Set<string>();
  const hasId = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => hasId(f.type));
  };
  return field.args.some((a: GraphQLArgument) => hasId(a.type));
}

/**
 * A well-formed call of an operation with placeholder values for its required arguments, and a minimal
 * selection, so that it passes validation and reaches the resolver.
 */
export function sampleCall(op: Operation, idValue: string): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const defs: string[] = [];
  const args: string[] = [];
  for (const arg of op.field.args) {
    if (!isNonNullType(arg.type)) continue;
    variables[arg.name] = sampleValue(arg.type, idValue);
    defs.push(`$${arg.name}: ${arg.type.toString()}`);
    args.push(`${arg.name}: $${arg.name}`);
  }
  const selection = selectionOf(getNamedType(op.field.type));
  const head = `${op.kind} ${op.name}${defs.length ? `(${defs.join(', ')})` : ''}`;
  return { query: `${head} { ${op.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`, variables };
}

function sampleValue(type: GraphQLInputType, idValue: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleValue(inner.ofType, idValue)];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (isNonNullType(f.type)) value[f.name] = sampleValue(f.type, idValue);
    }
    return value;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return idValue;
      case 'Int':
        return 2026;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      default:
        return 'mau-thu-nghiem-2026';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function selectionOf(type: GraphQLNamedType): string {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type) ? ' { __typename }' : '';
}

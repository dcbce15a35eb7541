import { buildSchema, parse, OperationDefinitionNode, FragmentDefinitionNode } from 'graphql';
import { canonicalJson, requestHash, rootFieldsOf, RequestShape } from './request-fingerprint';

const schema = buildSchema(`
  input BriefingInput { unitId: ID!, topic: String!, present: Int = 0 }
  type Activity { id: ID! }
  type Query { ok: Boolean }
  type Mutation { recordActivity(input: BriefingInput!): Activity, adopt(year: Int!): Activity }
`);

/** The parts of GraphQL's resolve info a fingerprint reads, for a document and its variables. */
function shape(document: string, variableValues: Record<string, unknown> = {}): RequestShape {
  const definitions = parse(document).definitions;
  const operation = definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  if (!operation) throw new Error('no operation');
  const fragments = Object.fromEntries(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return { schema, operation, fragments, variableValues };
}

const hash = (document: string, variables: Record<string, unknown> = {}) => requestHash('secret', shape(document, variables));
const LITERAL = `mutation { recordActivity(input: { unitId: "u1", topic: "Quán triệt", present: 0 }) { id } }`;

describe('the fingerprint an idempotency key is bound to', () => {
  it('lists the root fields with their response keys and coerced arguments, defaults filled in', () => {
    expect(rootFieldsOf(shape(`mutation { a: recordActivity(input: { unitId: "u1", topic: "t" }) { id } adopt(year: 2026) { id } }`))).toEqual([
      { responseKey: 'a', field: 'recordActivity', args: { input: { unitId: 'u1', topic: 't', present: 0 } } },
      { responseKey: 'adopt', field: 'adopt', args: { year: 2026 } },
    ]);
  });

  it('is the same for literals and variables, whatever order the input’s fields came in and whatever is selected', () => {
    const viaVariables = hash(`mutation($i: BriefingInput!) { recordActivity(input: $i) { id __typename } }`, {
      i: { present: 0, topic: 'Quán triệt', unitId: 'u1' },
    });
    expect(viaVariables).toBe(hash(LITERAL));
    expect(hash(LITERAL)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('follows fragments and leaves out what @skip or @include leave out', () => {
    const withFragments = hash(
      `mutation($no: Boolean!) { ...F ... on Mutation { adopt(year: 1) @include(if: $no) { id } } } fragment F on Mutation { recordActivity(input: { unitId: "u1", topic: "Quán triệt" }) { id } }`,
      { no: false },
    );
    expect(withFragments).toBe(hash(LITERAL));
  });

  it.each([
    ['another argument', `mutation { recordActivity(input: { unitId: "u1", topic: "Quán triệt", present: 1 }) { id } }`],
    ['another alias', `mutation { x: recordActivity(input: { unitId: "u1", topic: "Quán triệt" }) { id } }`],
    ['another mutation', `mutation { adopt(year: 2026) { id } }`],
    ['one more field', `mutation { recordActivity(input: { unitId: "u1", topic: "Quán triệt" }) { id } adopt(year: 2026) { id } }`],
  ])('differs for %s', (_case, document) => {
    expect(hash(document)).not.toBe(hash(LITERAL));
  });

  it('depends on the secret, so a copy of the table does not reveal the arguments', () => {
    expect(requestHash('another secret', shape(LITERAL))).not.toBe(hash(LITERAL));
  });

  it('writes JSON with sorted keys and without undefined fields', () => {
    expect(canonicalJson({ b: [1, { d: undefined, c: 'x' }], a: null })).toBe('{"a":null,"b":[1,{"c":"x"}]}');
  });
});

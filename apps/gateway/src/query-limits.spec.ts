import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import { GraphQLError, buildSchema, parse, validate } from 'graphql';
import { QUERY_LIMITS } from '@qcdc/shared/config';
import { formatGatewayError } from './gateway-errors';
import { LIMIT_EXTENSION, LimitMark, queryLimitRules, tokenLimitOf } from './query-limits';

const workspace = join(__dirname, '../../..');
const schema = buildSchema(
  printSchema(Supergraph.build(readFileSync(join(workspace, 'apps/gateway/supergraph.graphql'), 'utf8')).apiSchema()),
);

/** The web app's documents, one file each (a file holds the fragments its operations use). */
const webDocuments = (readdirSync(join(workspace, 'apps/web/src'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => [file, readFileSync(join(workspace, 'apps/web/src', file), 'utf8')] as const);

/** The limits a document goes over, by name, with the rules of `limits`. */
const over = (query: string, limits = QUERY_LIMITS): string[] =>
  validate(schema, parse(query), queryLimitRules(limits)).map(
    (e: GraphQLError) => (e.extensions[LIMIT_EXTENSION] as LimitMark | undefined)?.limit ?? e.message,
  );

const half = {
  ...QUERY_LIMITS,
  depth: QUERY_LIMITS.depth / 2,
  aliases: 0,
  cost: QUERY_LIMITS.cost / 2,
  tokens: QUERY_LIMITS.tokens / 2,
};

const aliased = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const nested = (levels: number): string =>
  levels === 0 ? 'id' : `parent { ${nested(levels - 1)} }`;

describe('the query limits at the gateway', () => {
  it('finds the web app’s documents', () => {
    expect(webDocuments.length).toBeGreaterThanOrEqual(5);
  });

  it.each(webDocuments)('leaves %s a wide margin (it passes at half the depth, cost and tokens, with no alias)', (_file, text) => {
    expect(over(text, half)).toEqual([]);
    expect(() => parse(text, { maxTokens: half.tokens })).not.toThrow();
  });

  it('refuses one alias over the alias limit, and takes the limit itself', () => {
    expect(over(`{ ${aliased(QUERY_LIMITS.aliases, 'provinceDirectory { id }')} }`)).toEqual([]);
    expect(over(`{ ${aliased(QUERY_LIMITS.aliases + 1, 'provinceDirectory { id }')} }`)).toEqual(['aliases']);
  });

  it('refuses a login more often than sameRootField allows, aliased or through fragments', () => {
    const login = 'login(input: { provinceCode: "", username: "a", password: "b" }) { accessToken }';
    const allowed = QUERY_LIMITS.sameRootField['login'];
    expect(over(`mutation { ${aliased(allowed, login)} }`)).toEqual([]);
    expect(over(`mutation { ${aliased(allowed + 1, login)} }`)).toEqual(['login']);
    const viaFragments = `mutation { ...L ...L ... on Mutation { x: ${login} } } fragment L on Mutation { ${aliased(allowed, login)} }`;
    expect(over(viaFragments)).toContain('login');
  });

  it('refuses a query one level deeper than the depth limit', () => {
    // No type of today's schema holds itself (its deepest operation has 6 levels), so a deeper query also asks
    // for fields that do not exist; the limit holds for the day one does.
    const deep = (levels: number) => `{ ${nested(levels)} }`;
    expect(over(deep(QUERY_LIMITS.depth - 1))).toEqual([]);
    expect(over(deep(QUERY_LIMITS.depth))).toEqual(['depth']);
  });

  it('refuses a query over the cost limit', () => {
    expect(over('{ provinceDirectory { id code name } }', { ...QUERY_LIMITS, cost: 4 })).toEqual(['cost']);
    expect(over('{ provinceDirectory { id code name } }', { ...QUERY_LIMITS, cost: 10 })).toEqual([]);
  });

  it('stops the parser at the token limit, and names it', () => {
    const text = `{ ${aliased(QUERY_LIMITS.tokens, '__typename')} }`;
    let message = '';
    try {
      parse(text, { maxTokens: QUERY_LIMITS.tokens });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(tokenLimitOf(message)).toEqual({ limit: 'tokens', allowed: QUERY_LIMITS.tokens });
    expect(tokenLimitOf('Syntax Error: Expected Name, found <EOF>.')).toBeUndefined();
  });

  it('answers a limit refusal as QUERY_TOO_COMPLEX with the limit as field, in Vietnamese and English', () => {
    const formatted = formatGatewayError({
      message: 'Syntax Error: Aliases limit of 15 exceeded, found 1000.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', [LIMIT_EXTENSION]: { limit: 'aliases', allowed: 15, found: 1000 } },
    });
    expect(formatted).toEqual({
      message: 'Câu truy vấn có quá nhiều bí danh (alias) (tối đa 15, câu này có 1000). Hãy gửi ít trường hơn trong một yêu cầu.',
      extensions: {
        code: 'QUERY_TOO_COMPLEX',
        messageEn: 'The query has too many aliases (at most 15, this one has 1000). Ask for fewer fields in one request.',
        field: 'aliases',
      },
    });
  });
});

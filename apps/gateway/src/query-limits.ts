import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { NextFunction, Request, Response } from 'express';
import {
  ASTNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { QUERY_LIMITS, QueryLimits } from '@qcdc/shared/config';

/**
 * The gateway's limits on what one request may ask (QUERY_LIMITS): checked while the document is parsed
 * (tokens) and validated (depth, aliases, cost, directives, repeated password checks), which is before the
 * gateway plans a single subgraph call; and before that, on the HTTP request itself (batches here, the body
 * size in bootstrapHttpApp).
 */

/** Which limit a request went over: the `extensions.field` of the refusal. */
export type LimitName = 'depth' | 'aliases' | 'cost' | 'directives' | 'tokens' | 'batch' | string;

/** " (found 1000)" when the count is known: graphql-armor's cost is a fraction, rounded up. */
const foundVi = (found: number | undefined) => (found === undefined ? '' : `, câu này có ${found}`);
const foundEn = (found: number | undefined) => (found === undefined ? '' : `, this one has ${found}`);

/** What the person (or the developer reading the network tab) is told, per limit. */
export function limitRefusal(limit: LimitName, allowed: number, found?: number): { vi: string; en: string } {
  switch (limit) {
    case 'depth':
      return {
        vi: `Câu truy vấn lồng quá sâu (tối đa ${allowed} cấp${foundVi(found)}). Hãy tách thành các câu truy vấn nhỏ hơn.`,
        en: `The query is nested too deeply (at most ${allowed} levels${foundEn(found)}). Split it into smaller queries.`,
      };
    case 'aliases':
      return {
        vi: `Câu truy vấn có quá nhiều bí danh (alias) (tối đa ${allowed}${foundVi(found)}). Hãy gửi ít trường hơn trong một yêu cầu.`,
        en: `The query has too many aliases (at most ${allowed}${foundEn(found)}). Ask for fewer fields in one request.`,
      };
    case 'cost':
      return {
        vi: `Câu truy vấn yêu cầu quá nhiều dữ liệu một lúc (chi phí tối đa ${allowed}${foundVi(found)}). Hãy chọn ít trường hơn hoặc tách thành nhiều yêu cầu.`,
        en: `The query asks for too much at once (cost at most ${allowed}${foundEn(found)}). Select fewer fields or split it into several requests.`,
      };
    case 'directives':
      return {
        vi: `Câu truy vấn có quá nhiều chỉ thị (directive) (tối đa ${allowed}${foundVi(found)}).`,
        en: `The query has too many directives (at most ${allowed}${foundEn(found)}).`,
      };
    case 'tokens':
      return {
        vi: `Câu truy vấn quá dài (tối đa ${allowed} ký hiệu). Hãy tách thành các câu truy vấn nhỏ hơn.`,
        en: `The query is too long (at most ${allowed} tokens). Split it into smaller queries.`,
      };
    case 'batch':
      return {
        vi: `Mỗi yêu cầu chỉ được gửi ${allowed} thao tác GraphQL${foundVi(found)}. Hãy gửi từng thao tác một.`,
        en: `One request may carry ${allowed} GraphQL operation${foundEn(found)}. Send them one at a time.`,
      };
    default:
      // A root field that may appear only a few times (login: each one checks a password).
      return {
        vi: `Thao tác "${limit}" chỉ được gọi tối đa ${allowed} lần trong một yêu cầu${foundVi(found)}.`,
        en: `"${limit}" may appear at most ${allowed} times in one request${foundEn(found)}.`,
      };
  }
}

/**
 * Marks a validation error as a limit refusal. Apollo Server gives every validation error the code
 * GRAPHQL_VALIDATION_FAILED but keeps the other extensions; formatGatewayError turns this mark into
 * QUERY_TOO_COMPLEX with the field and the bilingual message.
 */
export const LIMIT_EXTENSION = 'queryLimit';
export interface LimitMark {
  limit: LimitName;
  allowed: number;
  found?: number;
}

const limitError = (mark: LimitMark, nodes?: ASTNode | readonly ASTNode[]) =>
  new GraphQLError(limitRefusal(mark.limit, mark.allowed, mark.found).en, {
    nodes,
    extensions: { [LIMIT_EXTENSION]: mark },
  });

/** graphql-armor words a refusal "… limit of N exceeded, found M."; the count found goes into the mark. */
const reportArmor =
  (limit: LimitName, allowed: number) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = Math.ceil(Number(/exceeded, found ([\d.]+)/.exec(error.message)?.[1]));
    context?.reportError(limitError({ limit, allowed, ...(Number.isFinite(found) ? { found } : {}) }, error.nodes));
  };

/** How often each limited root field appears in an operation, through inline fragments and fragment spreads. */
function countRootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  counts: Map<string, number>,
  onPath: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      counts.set(selection.name.value, (counts.get(selection.name.value) ?? 0) + 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      countRootFields(context, selection.selectionSet, counts, onPath);
    } else {
      // A fragment cycle is refused by graphql-js's own rule (which runs alongside); here it is just not followed.
      const name = selection.name.value;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment || onPath.has(name)) continue;
      onPath.add(name);
      countRootFields(context, fragment.selectionSet, counts, onPath);
      onPath.delete(name);
    }
  }
}

/** A root field (login) may appear at most so many times in one operation, aliased or not. */
export const sameRootFieldRule =
  (limits: Readonly<Record<string, number>>): ValidationRule =>
  (context) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const counts = new Map<string, number>();
      countRootFields(context, operation.selectionSet, counts, new Set());
      for (const [name, found] of counts) {
        const allowed = limits[name];
        if (allowed !== undefined && found > allowed) context.reportError(limitError({ limit: name, allowed, found }, operation));
      }
    },
  });

/** graphql-armor's default; the web uses no directive, and the limit is not in QUERY_LIMITS for want of a reason to change it. */
const MAX_DIRECTIVES = 50;

/** The validation rules of every limit but the token count (a parse option) and the HTTP ones. */
export function queryLimitRules(limits: Readonly<QueryLimits> = QUERY_LIMITS): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    // The gateway's own plugin hides suggestions (hideSuggestions), and graphql-js counts tokens while parsing.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.depth, flattenFragments: true, propagateOnRejection: false, onReject: [reportArmor('depth', limits.depth)] },
    maxAliases: { n: limits.aliases, propagateOnRejection: false, onReject: [reportArmor('aliases', limits.aliases)] },
    costLimit: { maxCost: limits.cost, propagateOnRejection: false, onReject: [reportArmor('cost', limits.cost)] },
    maxDirectives: { n: MAX_DIRECTIVES, propagateOnRejection: false, onReject: [reportArmor('directives', MAX_DIRECTIVES)] },
  }).protect();
  return [...validationRules, sameRootFieldRule(limits.sameRootField)];
}

/** graphql-js's words when the token limit stops the parser ("more that" is its spelling). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** The limit mark of a parse error that is the token limit, else undefined. */
export function tokenLimitOf(message: string): LimitMark | undefined {
  const m = TOO_MANY_TOKENS.exec(message);
  return m ? { limit: 'tokens', allowed: Number(m[1]) } : undefined;
}

/**
 * graphql-js appends "Did you mean …?" to what it cannot find, which spells out the schema to anyone who
 * guesses; outside development the gateway drops it (the rest of the message stays).
 */
export const hideSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(/ ?Did you mean [^?]*\?/g, '');
      },
    };
  },
};

/** A refusal at the HTTP level, as a GraphQL response the web app reads like any other error. */
export function sendLimitRefusal(res: Response, status: number, code: string, mark: LimitMark): void {
  const { vi, en } = limitRefusal(mark.limit, mark.allowed, mark.found);
  res.status(status).json({ errors: [{ message: vi, extensions: { code, messageEn: en, field: mark.limit } }] });
}

/** An array body (a batch of operations) longer than QUERY_LIMITS.operationsPerRequest, before Apollo sees it. */
export function refuseLargeBatches(req: Request, res: Response, next: NextFunction): void {
  const body: unknown = req.body;
  const allowed = QUERY_LIMITS.operationsPerRequest;
  // With one operation per request, a batch of one is refused too: it is the form that is not accepted.
  if (Array.isArray(body) && (body.length > allowed || allowed === 1)) {
    sendLimitRefusal(res, 400, 'REQUEST_TOO_LARGE', { limit: 'batch', allowed, found: body.length });
    return;
  }
  next();
}

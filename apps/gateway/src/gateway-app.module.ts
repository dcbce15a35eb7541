import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Controller, DynamicModule, Get, Logger, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_USER_AGENT_HEADER,
  REFRESH_TOKEN_HEADER,
  clientAddressOf,
} from '@qcdc/shared/auth';
import { AppConfig, QUERY_LIMITS, SUBGRAPHS, SubgraphName } from '@qcdc/shared/config';
import { IDEMPOTENCY_KEY_HEADER, USER_AGENT_MAX, isRequestId } from '@qcdc/shared/contracts';
import { formatGatewayError } from './gateway-errors';
import { signedFetch } from './signed-fetch';
import { REFRESH_COOKIE, refreshCookieOptions, refreshTokenFromCookies } from './refresh-cookie';
import { hideSuggestions, queryLimitRules, refuseLargeBatches } from './query-limits';
import { GATEWAY_CONFIG, ImportUploadController } from './import-upload';
import { EvidenceUploadController } from './evidence-upload';
import { LegacyReportUploadController } from './legacy-upload';
import { ReportFilesController } from './report-files';

/** The supergraph composed at build time (npm run compose:supergraph) and committed. */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

@Controller('health')
class GatewayHealthController {
  @Get()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

/** What the gateway passes on to the subgraphs of one incoming operation. */
interface GatewayContext {
  authorization?: string;
  requestId: string;
  /** The client's Idempotency-Key as it came: the subgraph checks it (a malformed one is BAD_USER_INPUT there). */
  idempotencyKey?: string;
  /** The caller's address (the socket's peer, or what the trusted proxies say): sign-in limits count by it. */
  clientAddress: string;
  /** The browser's User-Agent, for the list of sessions. */
  userAgent: string;
  /** The refresh token of the browser's cookie, passed to the tenancy subgraph only. */
  refreshToken?: string;
  /** The answer to the browser: where a new refresh token becomes the cookie. */
  res: Response;
}

type SubgraphAnswer = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/** A request id from the client is kept if it looks like one (for tracing a page's request); else a new UUID. */
const requestIdOf = (req: Request) => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && isRequestId(given) ? given : randomUUID();
};

/**
 * A subgraph as the gateway calls it: the caller's bearer token, the request id and the idempotency key passed
 * on, and the exact body signed with the gateway secret, which is how the subgraph knows the request came
 * through here.
 */
class SignedSubgraph extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly logger: Logger;

  constructor(
    name: string,
    url: string,
    secret: string,
    /** The tenancy subgraph (sign-in and sessions) gets the refresh cookie and may set it; no other does. */
    private readonly session: { cookie: ReturnType<typeof refreshCookieOptions> } | null,
  ) {
    super({ url });
    this.logger = new Logger(`Subgraph ${name}`);
    this.fetcher = signedFetch(secret);
  }

  /** The caller sees SERVICE_UNAVAILABLE; the operator sees here which subgraph failed and how. */
  override didEncounterError(...args: Parameters<RemoteGraphQLDataSource<GatewayContext>['didEncounterError']>): void {
    const [error] = args;
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    this.logger.warn(`${error.message}${cause ? ` (${cause.code ?? cause.message})` : ''}`);
    super.didEncounterError(...args);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    if (context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    if (context.idempotencyKey !== undefined) request.http?.headers.set(IDEMPOTENCY_KEY_HEADER, context.idempotencyKey);
    // Always set here, so a subgraph never sees an address the client chose.
    request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress);
    if (this.session) {
      request.http?.headers.set(CLIENT_USER_AGENT_HEADER, context.userAgent);
      if (context.refreshToken) request.http?.headers.set(REFRESH_TOKEN_HEADER, context.refreshToken);
    }
  }

  /** A new refresh token from tenancy becomes the browser's cookie; an empty one clears it. */
  override didReceiveResponse({ response, context }: SubgraphAnswer): SubgraphAnswer['response'] {
    const token = this.session ? response.http?.headers.get(REFRESH_TOKEN_HEADER) : null;
    if (this.session && token !== null && token !== undefined && !context.res.headersSent) {
      if (token) context.res.cookie(REFRESH_COOKIE, token, this.session.cookie);
      else context.res.clearCookie(REFRESH_COOKIE, this.session.cookie);
    }
    return response;
  }
}

/**
 * The one GraphQL endpoint: Apollo Gateway over the four subgraphs. It verifies no token itself; it passes
 * the caller's bearer token on, and every subgraph verifies it. It signs what it sends, and the subgraphs
 * answer nothing unsigned.
 */
@Module({})
export class GatewayAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(refuseLargeBatches).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }

  static forRoot(config: AppConfig): DynamicModule {
    const secret = config.gatewaySecret;
    if (!secret) throw new Error('the gateway needs GATEWAY_SECRET or GATEWAY_SECRET_PATH to sign subgraph requests');
    return {
      module: GatewayAppModule,
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            playground: false,
            // The schema is shown (introspection, "Did you mean …?") in development only: config.exposeSchema.
            introspection: config.exposeSchema,
            plugins: config.exposeSchema ? [] : [hideSuggestions],
            includeStacktraceInErrorResponses: false,
            // The limits of QUERY_LIMITS, checked while parsing and validating: before any subgraph is called.
            parseOptions: { maxTokens: QUERY_LIMITS.tokens },
            validationRules: queryLimitRules(),
            allowBatchedHttpRequests: QUERY_LIMITS.operationsPerRequest > 1,
            context: ({ req, res }: { req: Request; res: Response }): GatewayContext => ({
              authorization: req.headers.authorization,
              requestId: requestIdOf(req),
              idempotencyKey: req.header(IDEMPOTENCY_KEY_HEADER),
              clientAddress: clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxyHops),
              userAgent: (req.header('user-agent') ?? '').slice(0, USER_AGENT_MAX),
              refreshToken: refreshTokenFromCookies(req.headers.cookie),
              res,
            }),
            formatError: formatGatewayError,
          },
          gateway: {
            supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
            buildService: ({ name, url }) =>
              new SignedSubgraph(
                name,
                SUBGRAPHS.includes(name as SubgraphName) ? config.subgraphUrls[name as SubgraphName] : (url as string),
                secret,
                name === 'tenancy' ? { cookie: refreshCookieOptions(config.webPublicUrl) } : null,
              ),
          },
        }),
      ],
      controllers: [GatewayHealthController, ImportUploadController, EvidenceUploadController, ReportFilesController, LegacyReportUploadController],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }],
    };
  }
}

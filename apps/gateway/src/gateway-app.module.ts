import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Controller, DynamicModule, Get, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLFormattedError } from 'graphql';
import type { Request } from 'express';
import { AppConfig, SUBGRAPHS, SubgraphName } from '@qcdc/shared/config';

/** The supergraph composed at build time (npm run compose:supergraph) and committed. */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

@Controller('health')
class GatewayHealthController {
  @Get()
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }
}

/** Subgraph errors pass through with their codes; the gateway's own (a subgraph down) get one too. */
function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (typeof code === 'string' && formatted.extensions?.['messageEn']) return formatted;
  return {
    ...formatted,
    message: 'Một phần hệ thống tạm thời không phản hồi. Vui lòng thử lại sau ít phút.',
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      messageEn: 'Part of the system is not answering right now. Try again in a few minutes.',
    },
  };
}

/**
 * The one GraphQL endpoint: Apollo Gateway over the four subgraphs. It verifies nothing itself; it passes
 * the caller's bearer token on, and every subgraph verifies it.
 */
@Module({})
export class GatewayAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.env === 'production';
    return {
      module: GatewayAppModule,
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            playground: false,
            introspection: !production,
            includeStacktraceInErrorResponses: false,
            context: ({ req }: { req: Request }) => ({
              authorization: req.headers.authorization,
              requestId: req.headers['x-request-id'],
            }),
            formatError: formatGatewayError,
          },
          gateway: {
            supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
            buildService: ({ name, url }) =>
              new RemoteGraphQLDataSource({
                url: SUBGRAPHS.includes(name as SubgraphName) ? config.subgraphUrls[name as SubgraphName] : url,
                willSendRequest({ request, context }) {
                  const authorization = (context as { authorization?: string }).authorization;
                  if (authorization) request.http?.headers.set('authorization', authorization);
                  // The audit log records it; each subgraph makes its own when none came.
                  const requestId = (context as { requestId?: unknown }).requestId;
                  if (typeof requestId === 'string') request.http?.headers.set('x-request-id', requestId);
                },
              }),
          },
        }),
      ],
      controllers: [GatewayHealthController],
    };
  }
}

import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphQLError } from './format-error';

/** Code-first Apollo Federation 2 subgraph; the schema is printed in memory and composed at build time. */
@Module({})
export class SubgraphGraphQLModule {
  static forRoot(options: { production: boolean }): DynamicModule {
    return {
      module: SubgraphGraphQLModule,
      imports: [
        GraphQLModule.forRoot<ApolloFederationDriverConfig>({
          driver: ApolloFederationDriver,
          autoSchemaFile: { federation: 2 },
          sortSchema: true,
          playground: false,
          introspection: !options.production,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          // Entity references (_entities) are field resolvers to NestJS: guard them like root operations.
          fieldResolverEnhancers: ['guards'],
          formatError: formatGraphQLError,
          // No Apollo Studio: traces would only cost time.
          plugins: [ApolloServerPluginInlineTraceDisabled()],
        }),
      ],
    };
  }
}

import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod, Type } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AppConfig, ConfigModule, DbRoleName } from '@qcdc/shared/config';
import { AuthModule } from '@qcdc/shared/auth';
import { DatabaseModule, IDEMPOTENCY_SCHEMAS, IdempotencySchema } from '@qcdc/shared/db';
import { AppErrorFilter } from './app-error.filter';
import { GatewayOnlyMiddleware } from './gateway-only.middleware';
import { HealthController } from './health.controller';
import { IDEMPOTENCY_SCHEMA, IdempotencyInterceptor } from './idempotency.interceptor';
import { InputPipe } from './input.pipe';
import { SubgraphGraphQLModule } from './subgraph-graphql.module';

/**
 * The shell every subgraph process shares: validated config, its own database role, requests from the
 * gateway only (signed), token verification on every operation, every argument checked by its schema,
 * idempotency keys on every mutation (kept in the schema of the subgraph's role), the federation GraphQL
 * module and /health. The app adds its feature module.
 */
@Module({})
export class SubgraphAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GatewayOnlyMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.ALL });
  }

  static forRoot(options: { config: AppConfig; role: DbRoleName; feature: Type }): DynamicModule {
    // A subgraph's role writes the schema of the same name, where its mutations' keys are kept.
    const schema = options.role as IdempotencySchema;
    if (!IDEMPOTENCY_SCHEMAS.includes(schema)) throw new Error(`the role ${options.role} has no schema of idempotency keys`);
    return {
      module: SubgraphAppModule,
      imports: [
        ConfigModule.forRoot(options.config),
        DatabaseModule.forRoot({ role: options.role }),
        AuthModule,
        SubgraphGraphQLModule.forRoot({ production: options.config.env === 'production' }),
        options.feature,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AppErrorFilter },
        // Every GraphQL argument is checked with its one schema before the resolver runs.
        { provide: APP_PIPE, useClass: InputPipe },
        // Every mutation sent with an Idempotency-Key runs once for that key.
        { provide: IDEMPOTENCY_SCHEMA, useValue: schema },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}

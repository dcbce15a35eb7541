import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule, ClsService } from 'nestjs-cls';
import { DataSource, EntitySchema } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK, DbRoleName, roleDatabaseUrl } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import { TenantContext } from './tenant-context';
import { TenantDb, TenantTransactionHost } from './tenant-db';

export interface DatabaseModuleOptions {
  /** The login role this process uses; it owns no table and cannot bypass row-level security. */
  role: DbRoleName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: (Function | EntitySchema)[];
  poolSize?: number;
}

/**
 * One PostgreSQL pool per process, connected as the process's own role, plus the tenant context
 * (AsyncLocalStorage, mounted as middleware so every HTTP request has one) and the tenant transaction, which
 * nested calls join (nestjs-cls's transactional plugin keeps it in the request's CLS).
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            type: 'postgres',
            url: roleDatabaseUrl(config, options.role),
            entities: options.entities ?? [],
            synchronize: false,
            migrationsRun: false,
            extra: { max: options.poolSize ?? 10, application_name: `qcdc-${options.role}` },
            logging: config.logLevel === 'debug' ? ['query', 'error'] : ['error'],
          }),
        }),
        // The transaction of the current request or job lives in CLS, so nested calls join it.
        ClsModule.forRoot({
          global: true,
          middleware: { mount: true },
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }),
            }),
          ],
        }),
      ],
      providers: [
        { provide: TenantContext, inject: [ClsService], useFactory: (cls: ClsService) => new TenantContext(cls) },
        {
          provide: TenantDb,
          inject: [DataSource, TenantContext, TransactionHost, CLOCK],
          useFactory: (ds: DataSource, ctx: TenantContext, txHost: TenantTransactionHost, clock: Clock) =>
            new TenantDb(ds, ctx, txHost, clock),
        },
      ],
      exports: [TenantContext, TenantDb],
    };
  }
}

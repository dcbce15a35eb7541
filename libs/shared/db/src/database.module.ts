import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions, getDataSourceToken } from '@nestjs/typeorm';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule, ClsService } from 'nestjs-cls';
import { DataSource, EntitySchema } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK, DbRoleName, roleDatabaseUrl } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import { TenantContext } from './tenant-context';
import { TenantDb, TenantTransactionHost, standaloneTransactionHost } from './tenant-db';

/** The pool of a login role: its URL, pool size, name in pg_stat_activity and logging. */
function poolOptions(config: AppConfig, role: DbRoleName, poolSize: number): TypeOrmModuleOptions {
  return {
    type: 'postgres',
    url: roleDatabaseUrl(config, role),
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: `qcdc-${role}` },
    logging: config.logLevel === 'debug' ? ['query', 'error'] : ['error'],
  };
}

/** A second connection of a process, as a role of its own, with the TenantDb subclass that reaches it. */
export interface RoleConnectionOptions<T extends TenantDb> {
  role: DbRoleName;
  /** The class injected to reach this connection (a distinct token: `class AuditDb extends TenantDb {}`). */
  db: new (...args: ConstructorParameters<typeof TenantDb>) => T;
  poolSize: number;
}

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
            ...poolOptions(config, options.role, options.poolSize ?? 10),
            entities: options.entities ?? [],
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

  /**
   * A second pool of the process, connected as `options.role` (the worker's consumers that alone may write
   * their tables, e.g. `qcdc_audit`), reached through `options.db`. Its transactions are kept under a CLS key
   * of their own (the connection's name, the role), so they never join the main connection's.
   */
  static forRole<T extends TenantDb>(options: RoleConnectionOptions<T>): DynamicModule {
    const name = options.role;
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          name,
          inject: [APP_CONFIG],
          // The name again in the options themselves: @nestjs/typeorm finds the pool to close at shutdown by it.
          useFactory: (config: AppConfig) => ({ ...poolOptions(config, options.role, options.poolSize), name }),
        }),
      ],
      providers: [
        {
          provide: options.db,
          inject: [getDataSourceToken(name), TenantContext, CLOCK],
          useFactory: (dataSource: DataSource, context: TenantContext, clock: Clock) =>
            new options.db(dataSource, context, standaloneTransactionHost(dataSource, name), clock),
        },
      ],
      exports: [options.db],
    };
  }
}

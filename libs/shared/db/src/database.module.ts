import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule, ClsService } from 'nestjs-cls';
import { DataSource, EntitySchema } from 'typeorm';
import { AppConfig, APP_CONFIG, DbRoleName, roleDatabaseUrl } from '@qcdc/shared/config';
import { TenantContext } from './tenant-context';
import { TenantDb } from './tenant-db';

export interface DatabaseModuleOptions {
  /** The login role this process uses; it owns no table and cannot bypass row-level security. */
  role: DbRoleName;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: (Function | EntitySchema)[];
  poolSize?: number;
}

/**
 * One PostgreSQL pool per process, connected as the process's own role, plus the tenant context
 * (AsyncLocalStorage, mounted as middleware so every HTTP request has one) and the tenant transaction.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        ClsModule.forRoot({ global: true, middleware: { mount: true } }),
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
      ],
      providers: [
        { provide: TenantContext, inject: [ClsService], useFactory: (cls: ClsService) => new TenantContext(cls) },
        {
          provide: TenantDb,
          inject: [DataSource, TenantContext],
          useFactory: (ds: DataSource, ctx: TenantContext) => new TenantDb(ds, ctx),
        },
      ],
      exports: [TenantContext, TenantDb],
    };
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK, roleDatabaseUrl } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import { TenantContext, standaloneTransactionHost } from '@qcdc/shared/db';
import { AUDIT_CONNECTION, AuditDb } from './audit-db';
import { AuditEntryRepository } from './audit-entry.repository';
import { AuditConsumer } from './audit.consumer';

/** The worker's audit consumer, with its own connection as `qcdc_audit`. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      name: AUDIT_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres',
        url: roleDatabaseUrl(config, 'audit'),
        synchronize: false,
        migrationsRun: false,
        extra: { max: 4, application_name: 'qcdc-audit' },
        logging: ['error'],
      }),
    }),
  ],
  providers: [
    {
      provide: AuditDb,
      inject: [getDataSourceToken(AUDIT_CONNECTION), TenantContext, CLOCK],
      useFactory: (dataSource: DataSource, context: TenantContext, clock: Clock) =>
        new AuditDb(dataSource, context, standaloneTransactionHost(dataSource, AUDIT_CONNECTION), clock),
    },
    AuditEntryRepository,
    AuditConsumer,
  ],
})
export class AuditWorkerModule {}

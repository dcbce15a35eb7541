import { Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG, CLOCK, roleDatabaseUrl } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import { TenantContext, standaloneTransactionHost } from '@qcdc/shared/db';
import { DeliveryRepository } from './delivery.repository';
import { MAIL_CONNECTION, MailDb } from './mail-db';
import { MailModule } from './mail.module';
import { MailConsumer } from './mail.consumer';

/** The worker's mail consumer, with its own connection as `qcdc_mail`. */
@Module({
  imports: [
    MailModule,
    TypeOrmModule.forRootAsync({
      name: MAIL_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres',
        url: roleDatabaseUrl(config, 'mail'),
        synchronize: false,
        migrationsRun: false,
        extra: { max: 2, application_name: 'qcdc-mail' },
        logging: ['error'],
      }),
    }),
  ],
  providers: [
    {
      provide: MailDb,
      inject: [getDataSourceToken(MAIL_CONNECTION), TenantContext, CLOCK],
      useFactory: (dataSource: DataSource, context: TenantContext, clock: Clock) =>
        new MailDb(dataSource, context, standaloneTransactionHost(dataSource, MAIL_CONNECTION), clock),
    },
    DeliveryRepository,
    MailConsumer,
  ],
})
export class MailWorkerModule {}

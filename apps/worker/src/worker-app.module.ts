import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig, ConfigModule, redisConnection } from '@qcdc/shared/config';
import { DatabaseModule } from '@qcdc/shared/db';
import { MailWorkerModule } from '@qcdc/shared/mail';
import { RelayModule } from '@qcdc/shared/relay';
import { AuditWorkerModule } from '@qcdc/audit/server';
import { RollupsModule } from '@qcdc/rollups/server';
import { RemindersWorkerModule, ReportRenderingWorkerModule } from '@qcdc/reports/server';

/**
 * The worker process: the outbox relay, which fans every event out to the queues of its subscribers, and
 * the consumers (one module each: roll-ups, the audit log, mail, document rendering, deadline reminders). It
 * serves no GraphQL, only /health.
 */
@Module({})
export class WorkerAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerAppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ role: 'rollups' }),
        BullModule.forRoot({
          prefix: config.queuePrefix,
          connection: {
            ...redisConnection(config.redisUrl),
            // Producers fail fast while Redis is down (the outbox keeps the rows); workers wait and reconnect.
            enableOfflineQueue: false,
            maxRetriesPerRequest: null,
          },
          defaultJobOptions: {
            attempts: 10,
            backoff: { type: 'exponential', delay: 500 },
            removeOnComplete: { age: 24 * 3600, count: 10_000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        }),
        RelayModule,
        RollupsModule,
        AuditWorkerModule,
        MailWorkerModule,
        ReportRenderingWorkerModule,
        RemindersWorkerModule,
      ],
    };
  }
}

import { Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AppConfig, APP_CONFIG, CLOCK } from '@qcdc/shared/config';
import { Clock } from '@qcdc/shared/contracts';
import { DatabaseModule } from '@qcdc/shared/db';
import { MailModule, Mailer } from '@qcdc/shared/mail';
import { REMINDER_JOBS } from './reminder-jobs';
import { ReminderJobsProcessor } from './reminder-jobs.processor';
import { ReminderRepository } from './reminder.repository';
import { ReminderService } from './reminder.service';
import { RemindersConsumer } from './reminders.consumer';
import { RemindersDb } from './reminders-db';

/**
 * The worker's reminders: their own queue (ticks, units' milestones, digests, emails), the `reminders`
 * event consumer, and their own connection as `qcdc_reminders`. At start every active province's daily
 * tick is upserted (a job scheduler each; two workers upsert the same one).
 */
@Module({
  imports: [MailModule, BullModule.registerQueue({ name: REMINDER_JOBS }), DatabaseModule.forRole({ role: 'reminders', db: RemindersDb, poolSize: 4 })],
  providers: [
    ReminderRepository,
    {
      provide: ReminderService,
      inject: [RemindersDb, ReminderRepository, Mailer, CLOCK, getQueueToken(REMINDER_JOBS), APP_CONFIG],
      useFactory: (db: RemindersDb, repo: ReminderRepository, mailer: Mailer, clock: Clock, queue: Queue, config: AppConfig) =>
        new ReminderService(db, repo, mailer, clock, queue, { webPublicUrl: config.webPublicUrl, attempts: 10, backoffMs: 2000 }),
    },
    ReminderJobsProcessor,
    RemindersConsumer,
  ],
})
export class RemindersWorkerModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersWorkerModule.name);

  constructor(private readonly reminders: ReminderService) {}

  /** Not fatal: Redis away at start leaves the schedulers as they were; an opened period upserts its province's again. */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.reminders.scheduleAll();
    } catch (error) {
      this.logger.warn(`the provinces' daily reminder ticks were not scheduled: ${(error as Error).message}`);
    }
  }
}

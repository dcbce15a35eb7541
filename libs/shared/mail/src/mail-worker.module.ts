import { Module } from '@nestjs/common';
import { DatabaseModule } from '@qcdc/shared/db';
import { DeliveryRepository } from './delivery.repository';
import { MailDb } from './mail-db';
import { MailModule } from './mail.module';
import { MailConsumer } from './mail.consumer';

/** The worker's mail consumer, with its own connection as `qcdc_mail`. */
@Module({
  imports: [MailModule, DatabaseModule.forRole({ role: 'mail', db: MailDb, poolSize: 2 })],
  providers: [DeliveryRepository, MailConsumer],
})
export class MailWorkerModule {}

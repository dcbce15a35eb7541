import { Module } from '@nestjs/common';
import { DatabaseModule } from '@qcdc/shared/db';
import { AuditDb } from './audit-db';
import { AuditEntryRepository } from './audit-entry.repository';
import { AuditConsumer } from './audit.consumer';

/** The worker's audit consumer, with its own connection as `qcdc_audit`. */
@Module({
  imports: [DatabaseModule.forRole({ role: 'audit', db: AuditDb, poolSize: 4 })],
  providers: [AuditEntryRepository, AuditConsumer],
})
export class AuditWorkerModule {}

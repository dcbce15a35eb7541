import { Module } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';

/** The audit log's query, mounted in the tenancy subgraph (which reads `audit.entry_log` as qcdc_tenancy). */
@Module({ providers: [AuditLogRepository, AuditLogResolver, AuditLogService] })
export class AuditLogModule {}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { AuditLogFilter, AuditLogPage, AuditLogPageInput } from './audit-log.types';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @Query(() => AuditLogPage, {
    description:
      "Nhật ký thao tác, newest first. Province admin: the province's log; platform admin: the platform's (provinces created, suspended, reactivated)",
  })
  auditLog(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => AuditLogFilter, nullable: true }) filter: AuditLogFilter | null,
    @Args('page', { type: () => AuditLogPageInput, nullable: true }) page: AuditLogPageInput | null,
  ): Promise<AuditLogPage> {
    return this.service.page(caller, filter, page);
  }
}

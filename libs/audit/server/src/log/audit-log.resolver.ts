import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller } from '@qcdc/shared/auth';
import { Caller } from '@qcdc/shared/contracts';
import { AuditLogArgs, AuditLogPage } from './audit-log.types';
import { AuditLogService } from './audit-log.service';
import { toAuditLogPage } from './to-graphql';

@Resolver()
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @Query(() => AuditLogPage, {
    description:
      "Nhật ký thao tác, newest first. Province admin: the province's log; platform admin: the platform's (provinces created, suspended, reactivated)",
  })
  async auditLog(@CurrentCaller() caller: Caller, @Args() { filter, page }: AuditLogArgs): Promise<AuditLogPage> {
    return toAuditLogPage(await this.service.page(caller, filter ?? null, page ?? null));
  }
}

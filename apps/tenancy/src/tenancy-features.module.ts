import { Module } from '@nestjs/common';
import { AuditLogModule } from '@qcdc/audit/server';
import { TenancyModule } from '@qcdc/tenancy/server';

/** What the tenancy subgraph serves: tenant management and sign-in, and the audit log's query. */
@Module({ imports: [TenancyModule, AuditLogModule] })
export class TenancyFeaturesModule {}

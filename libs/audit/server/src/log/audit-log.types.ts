import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { InputSchema } from '@qcdc/shared/subgraph';
import { auditLogArgs } from '@qcdc/audit/domain';

@ObjectType({ description: 'Who acted, under which membership (none for signing in and out)' })
export class AuditActor {
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true, description: 'The role of the membership, e.g. PROVINCE_ADMIN' }) role: string | null;
  @Field(() => ID, { nullable: true, description: 'The org unit of the membership' }) orgUnitId: string | null;
}

@ObjectType({ description: 'One changed field; values are JSON text, null when the field was absent on that side' })
export class AuditFieldChange {
  @Field({ description: 'Dotted path, e.g. status or scores.<criterion id>' }) field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType({ description: 'Nhật ký thao tác: one change, as it committed' })
export class AuditEntry {
  @Field(() => ID, { description: 'The event id of the change' }) id: string;
  @Field(() => GraphQLISODateTime) occurredAt: Date;
  @Field(() => AuditActor) actor: AuditActor;
  @Field({ description: 'What was done, e.g. report.submit, province.suspend' }) action: string;
  @Field({ description: 'province, org-unit, user, activity, rubric, self-assessment, reporting-period or report' })
  objectType: string;
  @Field() objectId: string;
  @Field(() => [AuditFieldChange]) changes: AuditFieldChange[];
  @Field(() => String, { nullable: true, description: 'The request that made the change (x-request-id)' })
  requestId: string | null;
}

@ObjectType()
export class AuditLogPage {
  @Field(() => [AuditEntry], { description: 'Newest first' }) entries: AuditEntry[];
  @Field(() => Int, { description: 'Entries matching the filter, over all pages' }) total: number;
  @Field(() => Int) size: number;
  @Field(() => Int) offset: number;
}

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this person did' }) userId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this kind of object' }) objectType?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this object' }) objectId?: string | null;
  @Field(() => String, { nullable: true, description: 'From this day on (YYYY-MM-DD, Vietnam time)' }) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to and including this day' }) to?: string | null;
}

@InputType()
export class AuditLogPageInput {
  @Field(() => Int, { nullable: true, description: 'Entries per page, 1–100 (50 when absent)' }) size?: number | null;
  @Field(() => Int, { nullable: true, description: 'Entries to skip, 0–10000' }) offset?: number | null;
}

/** auditLog(filter, page): checked by `auditLogArgs` before the resolver runs. */
@ArgsType()
@InputSchema(auditLogArgs)
export class AuditLogArgs {
  @Field(() => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null;
  @Field(() => AuditLogPageInput, { nullable: true }) page?: AuditLogPageInput | null;
}

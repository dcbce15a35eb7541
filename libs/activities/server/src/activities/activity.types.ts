import { ArgsType, Directive, Field, GraphQLISODateTime, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-type-json';
import { enumObject } from '@qcdc/shared/contracts';
import { InputSchema } from '@qcdc/shared/subgraph';
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  activitiesArgs,
  correctActivityInput,
  deleteActivityInput,
  recordActivityInput,
} from '@qcdc/activities/domain';

export const ActivityKindEnum = enumObject(ACTIVITY_KINDS);
registerEnumType(ActivityKindEnum, {
  name: 'ActivityKind',
  description: 'Briefings, disclosures, consultations, staff decisions, inspections, the staff conference, complaint cases, training and personnel',
});

/** The org unit as owned by the tenancy subgraph; only its key lives here. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class OrgUnit {
  @Field(() => ID) id: string;
}

/** The object type of a kind is named after its code (kinds/): STAFF_DECISION → StaffDecision. */
export const activityTypeName = (kind: string) => kind.toLowerCase().replace(/(?:^|_)([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * Something a unit did (hoạt động), of one kind; each kind is an object type with its facts as fields
 * (kinds/). Answers are plain data (an idempotency key replays them), so the type follows from the kind.
 */
@InterfaceType('Activity', { resolveType: (value: { kind: string }) => activityTypeName(value.kind) })
export abstract class Activity {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => OrgUnit) unit: OrgUnit;
  @Field(() => ActivityKindEnum) kind: ActivityKind;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field({ description: 'The line a report writes, e.g. "03 cuộc, có 45/48 lượt người dự"' }) summary: string;
  @Field(() => GraphQLJSONObject, { description: "The kind's facts as stored (what a correction form starts from)" })
  facts: Record<string, unknown>;
  @Field(() => GraphQLJSONObject, { description: 'The figures the kind counts for, e.g. { sessions: 3, present: 45, eligible: 48 }' })
  figures: Record<string, number>;
  @Field(() => Int, { description: '1 when recorded, one more per correction or deletion' }) version: number;
  @Field(() => GraphQLISODateTime) recordedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) updatedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) deletedAt: Date | null;
  @Field(() => String, { nullable: true }) deletionReason: string | null;
}

// Each input class is checked by its schema from @qcdc/activities/domain before the resolver runs (InputPipe);
// the facts are checked by the kind's schema and rules in the service.

@InputType()
@InputSchema(recordActivityInput)
export class RecordActivityInput {
  @Field(() => ID) unitId: string;
  @Field(() => ActivityKindEnum) kind: ActivityKind;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field(() => GraphQLJSONObject, { description: "The kind's facts, e.g. { topic, present, eligible } for a briefing" })
  facts: Record<string, unknown>;
}

@InputType()
@InputSchema(correctActivityInput)
export class CorrectActivityInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version the correction starts from: a stale one is refused (VERSION_MISMATCH)' })
  expectedVersion: number;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field(() => GraphQLJSONObject) facts: Record<string, unknown>;
}

@InputType()
@InputSchema(deleteActivityInput)
export class DeleteActivityInput {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field({ description: 'Why it is deleted (kept with it, and in the audit log)' }) reason: string;
}

@ArgsType()
@InputSchema(activitiesArgs)
export class ActivitiesArgs {
  @Field(() => ID) unitId: string;
  @Field(() => ID, { description: "The period whose data window holds the activities' dates" }) periodId: string;
  @Field(() => ActivityKindEnum, { nullable: true }) kind: ActivityKind | null;
  @Field({ defaultValue: false, description: 'Deleted activities too (with their reason)' }) includeDeleted: boolean;
}

import { ArgsType, Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { InputSchema } from '@qcdc/shared/subgraph';
import { activitiesArgs, recordBriefingInput } from '@qcdc/activities/domain';

/** The org unit as owned by the tenancy subgraph; only its key lives here. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class OrgUnit {
  @Field(() => ID) id: string;
}

/** Something a unit did during the year (hoạt động): for now, briefings (hội nghị quán triệt, phổ biến). */
@ObjectType()
export class Activity {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => OrgUnit) unit: OrgUnit;
  @Field() kind: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field() topic: string;
  @Field(() => String, { nullable: true, description: 'Văn bản quán triệt, e.g. "công văn số 337/LĐLĐ ngày 23/8/2006"' })
  documents: string | null;
  @Field(() => Int, { nullable: true }) present: number | null;
  @Field(() => Int, { nullable: true }) eligible: number | null;
  @Field(() => String, { nullable: true, description: 'Present/eligible as reports write it, e.g. "15/16"' })
  attendance: string | null;
}

// Each input class is checked by its schema from @qcdc/activities/domain before the resolver runs (InputPipe).

@InputType()
@InputSchema(recordBriefingInput)
export class RecordBriefingInput {
  @Field(() => ID) unitId: string;
  @Field({ description: 'YYYY-MM-DD' }) occurredOn: string;
  @Field() topic: string;
  @Field(() => String, { nullable: true }) documents: string | null;
  @Field(() => Int) present: number;
  @Field(() => Int) eligible: number;
}

@ArgsType()
@InputSchema(activitiesArgs)
export class ActivitiesArgs {
  @Field(() => ID) unitId: string;
  @Field(() => Int) year: number;
}

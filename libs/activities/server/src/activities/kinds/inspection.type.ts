import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { INSPECTORS, type Inspector } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';

export const InspectorEnum = enumObject(INSPECTORS);
registerEnumType(InspectorEnum, { name: 'Inspector', description: 'Who inspected or supervised' });

@ObjectType({ implements: () => [Activity], description: 'Kiểm tra, giám sát' })
export class Inspection extends Activity {
  @Field(() => InspectorEnum) by: Inspector;
  @Field() subject: string;
  @Field(() => String, { nullable: true }) findings: string | null;
  @Field() closed: boolean;
  @Field() seriousViolation: boolean;
}

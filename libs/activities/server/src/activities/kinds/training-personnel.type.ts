import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { PERSONNEL_DECISIONS, type PersonnelDecision } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';

export const PersonnelDecisionEnum = enumObject(PERSONNEL_DECISIONS);
registerEnumType(PersonnelDecisionEnum, { name: 'PersonnelDecision', description: 'Đào tạo, nâng lương, tuyển dụng…' });

@ObjectType({ implements: () => [Activity], description: 'Đào tạo, bồi dưỡng và công tác cán bộ: a decision about people' })
export class TrainingPersonnel extends Activity {
  @Field(() => PersonnelDecisionEnum) decision: PersonnelDecision;
  @Field() what: string;
  @Field(() => Int) people: number;
}

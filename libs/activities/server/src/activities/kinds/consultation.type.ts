import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { CONSULTATION_METHODS, type ConsultationMethod } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';

export const ConsultationMethodEnum = enumObject(CONSULTATION_METHODS);
registerEnumType(ConsultationMethodEnum, { name: 'ConsultationMethod', description: "How the staff's opinions were gathered" });

@ObjectType({ implements: () => [Activity], description: 'Tham gia ý kiến: the staff give opinions before the head decides' })
export class Consultation extends Activity {
  @Field() subject: string;
  @Field(() => ConsultationMethodEnum) method: ConsultationMethod;
  @Field({ description: 'YYYY-MM-DD' }) startsOn: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when taken on one day' }) endsOn: string | null;
  @Field(() => Int, { nullable: true }) responses: number | null;
  @Field(() => Int, { nullable: true }) adopted: number | null;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CountUnit } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';
import { CountUnitEnum } from './count-unit';

@ObjectType({ implements: () => [Activity], description: 'Hội nghị quán triệt, tuyên truyền, phổ biến: one or several sessions' })
export class Briefing extends Activity {
  @Field() topic: string;
  @Field(() => String, { nullable: true, description: 'e.g. "công văn số 337/LĐLĐ ngày 23/8/2006"' }) documents: string | null;
  @Field(() => Int) sessions: number;
  @Field(() => Int) present: number;
  @Field(() => Int) eligible: number;
  @Field(() => CountUnitEnum, { nullable: true }) countUnit: CountUnit | null;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Activity } from '../activity.types';

@ObjectType({ implements: () => [Activity], description: 'Bàn và quyết định: a matter the staff settle by vote' })
export class StaffDecision extends Activity {
  @Field() subject: string;
  @Field(() => Int, { nullable: true }) votesFor: number | null;
  @Field(() => Int, { nullable: true }) votesTotal: number | null;
  @Field() passed: boolean;
}

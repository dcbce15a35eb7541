import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { COMPLAINT_KINDS, COMPLAINT_STATUSES, type ComplaintKind, type ComplaintStatus } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';

export const ComplaintKindEnum = enumObject(COMPLAINT_KINDS);
registerEnumType(ComplaintKindEnum, { name: 'ComplaintKind', description: 'Khiếu nại, tố cáo, kiến nghị/phản ánh' });
export const ComplaintStatusEnum = enumObject(COMPLAINT_STATUSES);
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus' });

@ObjectType({ implements: () => [Activity], description: 'Khiếu nại, tố cáo, kiến nghị, phản ánh: one case the unit received' })
export class ComplaintCase extends Activity {
  @Field(() => ComplaintKindEnum) caseKind: ComplaintKind;
  @Field() subject: string;
  @Field({ description: 'YYYY-MM-DD' }) receivedOn: string;
  @Field() inJurisdiction: boolean;
  @Field(() => ComplaintStatusEnum) status: ComplaintStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when resolved' }) resolvedOn: string | null;
}

import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BOARD_KINDS, type BoardKind, enumObject } from '@qcdc/shared/contracts';
import { CONFERENCE_TYPES, type ConferenceType, type CountUnit } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';
import { CountUnitEnum } from './count-unit';

export const ConferenceTypeEnum = enumObject(CONFERENCE_TYPES);
registerEnumType(ConferenceTypeEnum, { name: 'ConferenceType', description: 'Thường kỳ (REGULAR) or bất thường (EXTRAORDINARY)' });
/** The same enum as the tenancy subgraph's (the boards of a unit profile). */
export const BoardKindEnum = enumObject(BOARD_KINDS);
registerEnumType(BoardKindEnum, {
  name: 'BoardKind',
  description: 'A board of a unit: its democracy team (Ban chỉ đạo/Tổ công tác QCDC), People’s Inspection Board, union executive',
});

@ObjectType({ description: 'A board the conference elected, for its term' })
export class BoardElected {
  @Field(() => BoardKindEnum) board: BoardKind;
  @Field(() => Int) termFrom: number;
  @Field(() => Int) termTo: number;
}

@ObjectType({ implements: () => [Activity], description: 'Hội nghị cán bộ, công chức, viên chức' })
export class StaffConference extends Activity {
  @Field(() => ConferenceTypeEnum) conferenceType: ConferenceType;
  @Field(() => Int) workYear: number;
  @Field(() => Int) present: number;
  @Field(() => Int) eligible: number;
  @Field(() => CountUnitEnum, { nullable: true }) countUnit: CountUnit | null;
  @Field(() => String, { nullable: true }) resolutions: string | null;
  @Field(() => [BoardElected]) boardsElected: BoardElected[];
}

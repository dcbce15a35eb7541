import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { DISCLOSURE_FORMS, DISCLOSURE_ITEMS, type DisclosureForm, type DisclosureItem } from '@qcdc/activities/domain';
import { Activity } from '../activity.types';

export const DisclosureItemEnum = enumObject(DISCLOSURE_ITEMS);
registerEnumType(DisclosureItemEnum, { name: 'DisclosureItem', description: 'What the law says the head discloses' });
export const DisclosureFormEnum = enumObject(DISCLOSURE_FORMS);
registerEnumType(DisclosureFormEnum, { name: 'DisclosureForm', description: 'How a thing is made known' });

@ObjectType({ implements: () => [Activity], description: 'Công khai: the head makes a thing known to the staff' })
export class Disclosure extends Activity {
  @Field() item: string;
  @Field(() => DisclosureItemEnum) legalItem: DisclosureItem;
  @Field(() => [DisclosureFormEnum]) forms: DisclosureForm[];
}

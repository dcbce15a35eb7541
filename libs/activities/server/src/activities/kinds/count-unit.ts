import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@qcdc/shared/contracts';
import { COUNT_UNITS } from '@qcdc/activities/domain';

/** What a head count counts (đ/c, CBCC, lượt người): briefings and the staff conference share it. */
export const CountUnitEnum = enumObject(COUNT_UNITS);
registerEnumType(CountUnitEnum, { name: 'CountUnit', description: 'What a head count counts: đ/c (COMRADES), CBCC (STAFF), lượt người (ATTENDANCES)' });

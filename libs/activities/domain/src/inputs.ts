import { z } from 'zod';
import { field } from '@qcdc/shared/contracts';
import { ACTIVITY_KINDS } from './kinds';

/**
 * One schema per input of the activities API, checked before any resolver work (and reusable by the web
 * app). The facts stay an object of unknown shape here: the service checks them with the kind's schema and
 * rules (`checkFacts`), which name the field at fault as "facts.<name>". Rules that need today or the
 * periods (not in the future, inside an open window) are the service's.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });
const activityId = field.id({ vi: 'hoạt động', en: 'activity' });
const kind = field.oneOf({ vi: 'loại hoạt động', en: 'the kind of activity' }, ACTIVITY_KINDS);
const facts = z.record(z.string(), z.unknown(), { error: 'Vui lòng nhập nội dung hoạt động.' });
const expectedVersion = field.int({ vi: 'phiên bản đang sửa', en: 'the version being edited' }, { min: 1, max: 1_000_000 });

/** The longest reason for deleting an activity. */
export const DELETION_REASON_MAX = 500;

export const recordActivityInput = z.object({ unitId, kind, occurredOn: field.calendarDate(), facts });
export type RecordActivity = z.output<typeof recordActivityInput>;

export const correctActivityInput = z.object({ id: activityId, expectedVersion, occurredOn: field.calendarDate(), facts });
export type CorrectActivity = z.output<typeof correctActivityInput>;

export const deleteActivityInput = z.object({
  id: activityId,
  expectedVersion,
  reason: field.text({ vi: 'lý do xóa', en: 'the reason for deleting' }, { max: DELETION_REASON_MAX, multiline: true }),
});
export type DeleteActivity = z.output<typeof deleteActivityInput>;

/** activities(unitId, periodId, kind, includeDeleted) */
export const activitiesArgs = z.object({
  unitId,
  periodId: field.id({ vi: 'kỳ báo cáo', en: 'reporting period' }),
  kind: kind.nullish().transform((value) => value ?? null),
  includeDeleted: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
});
export type ActivitiesFilter = z.output<typeof activitiesArgs>;

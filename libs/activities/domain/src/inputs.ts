import { z } from 'zod';
import { field } from '@qcdc/shared/contracts';
import { briefingFacts } from './kinds/briefing';

/**
 * One schema per input of the activities API, checked before any resolver work (and reusable by the web
 * app). Rules across fields (present ≤ eligible, not in the future) stay in `attendance.ts`.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });

export const recordBriefingInput = z.object({
  unitId,
  occurredOn: field.calendarDate(),
  ...briefingFacts.pick({ topic: true, documents: true, present: true, eligible: true }).shape,
});
/** A briefing as the service receives it: checked, trimmed, documents null when blank. */
export type RecordBriefing = z.output<typeof recordBriefingInput>;

/** activities(unitId, year) */
export const activitiesArgs = z.object({ unitId, year: field.year() });

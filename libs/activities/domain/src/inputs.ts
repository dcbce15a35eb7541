import { z } from 'zod';
import { field } from '@qcdc/shared/contracts';
import { BRIEFING_TEXT_LIMITS } from './limits';

/**
 * One schema per input of the activities API, checked before any resolver work (and reusable by the web
 * app). Rules across fields (present ≤ eligible, not in the future) stay in `attendance.ts`.
 */

const unitId = field.id({ vi: 'đơn vị', en: 'unit' });

/** Head counts as reports write them; a commune's meeting may count thousands. */
const HEAD_COUNT_MAX = 1_000_000;

export const recordBriefingInput = z.object({
  unitId,
  occurredOn: field.calendarDate(),
  topic: field.text({ vi: 'nội dung hội nghị', en: 'what was briefed' }, { max: BRIEFING_TEXT_LIMITS.topic }),
  documents: field.optionalText(
    { vi: 'văn bản quán triệt', en: 'the documents briefed' },
    { max: BRIEFING_TEXT_LIMITS.documents, multiline: true },
  ),
  present: field.int({ vi: 'số người dự', en: 'the number present' }, { min: 0, max: HEAD_COUNT_MAX }),
  eligible: field.int({ vi: 'tổng số được triệu tập', en: 'the number eligible' }, { min: 1, max: HEAD_COUNT_MAX }),
});
/** A briefing as the service receives it: checked, trimmed, documents null when blank. */
export type RecordBriefing = z.output<typeof recordBriefingInput>;

/** activities(unitId, year) */
export const activitiesArgs = z.object({ unitId, year: field.year() });

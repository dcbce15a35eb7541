import { z } from 'zod';
import { field } from '@qcdc/shared/contracts';
import { assertAttendance, customaryCount } from '../attendance';
import { BRIEFING_TEXT_LIMITS } from '../limits';
import type { ActivityKindDefinition } from './definition';
import { attendanceFields, attendedText } from './fields';

/** Hội nghị quán triệt, tuyên truyền, phổ biến: briefings and meetings, one or several sessions. */
export const briefingFacts = z.object({
  topic: field.text({ vi: 'nội dung hội nghị', en: 'what was briefed' }, { max: BRIEFING_TEXT_LIMITS.topic }),
  /** e.g. "công văn số 337/LĐLĐ ngày 23/8/2006 của Liên đoàn lao động tỉnh" */
  documents: field.optionalText(
    { vi: 'văn bản quán triệt', en: 'the documents briefed' },
    { max: BRIEFING_TEXT_LIMITS.documents, multiline: true },
  ),
  /** Absent on briefings recorded before it was asked: each was one session. */
  sessions: field
    .int({ vi: 'số cuộc', en: 'the number of sessions' }, { min: 1, max: 1000 })
    .nullish()
    .transform((value) => value ?? 1),
  ...attendanceFields,
});
export type BriefingFacts = z.output<typeof briefingFacts>;

export const briefing: ActivityKindDefinition<BriefingFacts> = {
  code: 'BRIEFING',
  name: { vi: 'Hội nghị quán triệt, tuyên truyền, phổ biến', en: 'Briefing or meeting' },
  facts: briefingFacts,
  rules: [assertAttendance],
  figureNames: ['sessions', 'present', 'eligible'],
  figures: ({ sessions, present, eligible }) => ({ sessions, present, eligible }),
  summary: (facts) => `${customaryCount(facts.sessions)} cuộc, có ${attendedText(facts)}`,
};

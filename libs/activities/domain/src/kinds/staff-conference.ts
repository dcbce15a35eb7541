import { z } from 'zod';
import { BOARD_KINDS, BOARD_KIND_DEFINITIONS, type Bilingual, badInput, field, vietnameseDate } from '@qcdc/shared/contracts';
import { assertAttendance } from '../attendance';
import type { ActivityKindDefinition, KindContext } from './definition';
import { attendanceFields, attendedText, notes } from './fields';

export const CONFERENCE_TYPES = ['REGULAR', 'EXTRAORDINARY'] as const;
export type ConferenceType = (typeof CONFERENCE_TYPES)[number];

export const CONFERENCE_TYPE_NAMES: Record<ConferenceType, Bilingual> = {
  REGULAR: { vi: 'thường kỳ', en: 'regular' },
  EXTRAORDINARY: { vi: 'bất thường', en: 'extraordinary' },
};

/** A board the conference elected, for its term: "Ban thanh tra nhân dân nhiệm kỳ 2006-2008". */
const boardElected = z.object({
  board: field.oneOf({ vi: 'ban được bầu', en: 'the board elected' }, BOARD_KINDS),
  termFrom: field.year(),
  termTo: field.year(),
});

/** Hội nghị cán bộ, công chức, viên chức: the staff conference, once a year (law). */
export const staffConferenceFacts = z.object({
  conferenceType: field.oneOf({ vi: 'loại hội nghị', en: 'the kind of conference' }, CONFERENCE_TYPES),
  /** The calendar year the conference reviews. */
  workYear: field.year(),
  ...attendanceFields,
  resolutions: notes({ vi: 'nghị quyết hội nghị', en: "the conference's resolutions" }),
  boardsElected: field.list({ vi: 'các ban được bầu', en: 'the boards elected' }, boardElected, { max: BOARD_KINDS.length }),
});
export type StaffConferenceFacts = z.output<typeof staffConferenceFacts>;

/**
 * The regular conference is held at the latest three months after its work year ends (law): from 1 January
 * of the work year to 31 March of the next. An extraordinary one is held when needed.
 */
export function assertHeldInTime({ conferenceType, workYear }: StaffConferenceFacts, { occurredOn }: KindContext): void {
  const from = `${workYear}-01-01`;
  const to = `${workYear + 1}-03-31`;
  if (conferenceType === 'REGULAR' && (occurredOn < from || occurredOn > to)) {
    throw badInput(
      `Hội nghị CBCCVC thường kỳ của năm công tác ${workYear} phải họp từ ${vietnameseDate(from)} đến ${vietnameseDate(to)} (chậm nhất 3 tháng sau khi năm công tác kết thúc). Vui lòng kiểm tra lại ngày họp hoặc năm công tác.`,
      `The regular staff conference of the work year ${workYear} is held from ${from} to ${to} (at the latest three months after the work year ends). Check the date or the work year.`,
      { field: 'occurredOn' },
    );
  }
}

export function assertTermsInOrder({ boardsElected }: StaffConferenceFacts): void {
  const wrong = boardsElected.find((b) => b.termTo < b.termFrom);
  if (wrong) {
    throw badInput(
      `Nhiệm kỳ ${wrong.termFrom}-${wrong.termTo} của ${BOARD_KIND_DEFINITIONS[wrong.board].name.vi} kết thúc trước khi bắt đầu; vui lòng sửa lại.`,
      `The term ${wrong.termFrom}-${wrong.termTo} of the ${BOARD_KIND_DEFINITIONS[wrong.board].name.en} ends before it starts; correct it.`,
      { field: 'boardsElected' },
    );
  }
}

export const staffConference: ActivityKindDefinition<StaffConferenceFacts> = {
  code: 'STAFF_CONFERENCE',
  name: { vi: 'Hội nghị cán bộ, công chức, viên chức', en: 'Staff conference' },
  facts: staffConferenceFacts,
  rules: [assertAttendance, assertHeldInTime, assertTermsInOrder],
  figureNames: ['conferences', 'regular', 'present', 'eligible', 'boardsElected'],
  figures: ({ conferenceType, present, eligible, boardsElected }) => ({
    conferences: 1,
    regular: conferenceType === 'REGULAR' ? 1 : 0,
    present,
    eligible,
    boardsElected: boardsElected.length,
  }),
  summary: (facts) =>
    [
      `Hội nghị CBCCVC ${CONFERENCE_TYPE_NAMES[facts.conferenceType].vi} năm ${facts.workYear}: ${attendedText(facts)}`,
      ...facts.boardsElected.map((b) => `bầu ${BOARD_KIND_DEFINITIONS[b.board].name.vi} nhiệm kỳ ${b.termFrom}-${b.termTo}`),
    ].join('; '),
};

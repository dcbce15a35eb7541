import { z } from 'zod';
import { BOARD_KINDS, BOARD_KIND_DEFINITIONS, BOARD_ROLES, BoardKind, BoardRole, badInput, field } from '@qcdc/shared/contracts';
import { TENANCY_TEXT_LIMITS } from './limits';

/**
 * A unit's profile for a reporting period (hồ sơ đơn vị, the "đặc điểm tình hình" of a report): its staff,
 * Party members and union members, and its boards with their members. People are listed once, apart from
 * their seats, so that one person can sit on several boards (kiêm nhiệm) and be seen doing so.
 */

/** The most of each list a profile holds; far above any unit's boards. */
export const UNIT_PROFILE_LIMITS = { people: 200, seatsPerBoard: 50, count: 1_000_000, version: 1_000_000_000 } as const;

const optionalDate = () =>
  field
    .calendarDate()
    .nullish()
    .transform((v) => v ?? null);

const personKey = () => field.text({ vi: 'mã người trong hồ sơ', en: 'the person’s key' }, { max: TENANCY_TEXT_LIMITS.profileKey });
const count = (label: { vi: string; en: string }) => field.int(label, { min: 0, max: UNIT_PROFILE_LIMITS.count });

export const profilePersonInput = z.object({
  key: personKey(),
  fullName: field.text({ vi: 'họ và tên', en: 'the full name' }, { max: TENANCY_TEXT_LIMITS.displayName }),
  /** The person's position in the unit (chức vụ), e.g. "Phó Chánh Văn phòng". */
  title: field.optionalText({ vi: 'chức vụ', en: 'the position' }, { max: TENANCY_TEXT_LIMITS.title }),
});

export const boardSeatInput = z.object({
  personKey: personKey(),
  role: field.oneOf({ vi: 'vai trò trong ban', en: 'the role on the board' }, BOARD_ROLES),
  termStart: optionalDate(),
  termEnd: optionalDate(),
});

export const profileBoardInput = z.object({
  kind: field.oneOf({ vi: 'loại ban', en: 'the kind of board' }, BOARD_KINDS),
  termStart: optionalDate(),
  termEnd: optionalDate(),
  seats: field.list({ vi: 'thành viên của ban', en: 'the board’s members' }, boardSeatInput, { max: UNIT_PROFILE_LIMITS.seatsPerBoard }),
});

/** saveUnitProfile: the whole profile, and the version it was edited from (0: none saved yet). */
export const saveUnitProfileInput = z.object({
  unitId: field.id({ vi: 'đơn vị', en: 'unit' }),
  periodId: field.id({ vi: 'kỳ báo cáo', en: 'reporting period' }),
  expectedVersion: field.int({ vi: 'phiên bản hồ sơ', en: 'the profile’s version' }, { min: 0, max: UNIT_PROFILE_LIMITS.version }),
  staffCount: count({ vi: 'số cán bộ, công chức, viên chức, người lao động', en: 'the number of staff' }),
  partyMembers: count({ vi: 'số đảng viên', en: 'the number of Party members' }),
  unionMembers: count({ vi: 'số đoàn viên công đoàn', en: 'the number of union members' }),
  people: field.list({ vi: 'danh sách người', en: 'the people' }, profilePersonInput, { max: UNIT_PROFILE_LIMITS.people }),
  boards: field.list({ vi: 'các ban', en: 'the boards' }, profileBoardInput, { max: BOARD_KINDS.length }),
});
export type SaveUnitProfile = z.output<typeof saveUnitProfileInput>;
export type ProfilePerson = z.output<typeof profilePersonInput>;
export type ProfileBoard = z.output<typeof profileBoardInput>;
export type BoardSeat = z.output<typeof boardSeatInput>;

/** unitProfile: one unit's profile for one period. */
export const unitProfileArgs = z.object({
  unitId: field.id({ vi: 'đơn vị', en: 'unit' }),
  periodId: field.id({ vi: 'kỳ báo cáo', en: 'reporting period' }),
});

/** What the rules read of a profile: its people and its boards. */
export interface ProfileContent {
  people: readonly ProfilePerson[];
  boards: readonly ProfileBoard[];
}

const boardName = (kind: BoardKind) => BOARD_KIND_DEFINITIONS[kind].name;
const roleName = (kind: BoardKind, role: BoardRole) => BOARD_KIND_DEFINITIONS[kind].roles[role];

/** A term ends after it starts (a day term is no term); either end may be unknown. */
function assertTermOrder(start: string | null, end: string | null, where: { vi: string; en: string }): void {
  if (start !== null && end !== null && end <= start) {
    throw badInput(
      `Nhiệm kỳ ${where.vi} kết thúc (${end}) phải sau ngày bắt đầu (${start}).`,
      `The term of ${where.en} must end (${end}) after it starts (${start}).`,
      { field: 'termEnd', reason: 'TERM_ORDER' },
    );
  }
}

/**
 * The rules of a whole profile, before anything is written: every person listed once (by key), each board
 * kind once, every seat naming a listed person, nobody twice on one board, at most one head per board, and
 * terms that end after they start, a seat's within its board's when both are known. Counts are checked by the
 * schema (whole, not negative); no rule ties them together: a commune's Party committee counts the Party
 * members living there, far more than the commune's staff.
 */
export function assertUnitProfile(profile: ProfileContent): void {
  const people = new Map<string, ProfilePerson>();
  for (const person of profile.people) {
    if (people.has(person.key)) {
      throw badInput(
        `Người có mã "${person.key}" được ghi hai lần trong danh sách; mỗi người chỉ ghi một lần, rồi xếp vào các ban.`,
        `The person keyed "${person.key}" is listed twice; list each person once, then seat them on boards.`,
        { field: 'people', reason: 'DUPLICATE_PERSON', key: person.key },
      );
    }
    people.set(person.key, person);
  }
  const kinds = new Set<BoardKind>();
  for (const board of profile.boards) {
    const name = boardName(board.kind);
    if (kinds.has(board.kind)) {
      throw badInput(`${name.vi} được ghi hai lần; hãy gộp thành một.`, `${name.en} is given twice; merge them into one.`, {
        field: 'boards',
        reason: 'DUPLICATE_BOARD',
        kind: board.kind,
      });
    }
    kinds.add(board.kind);
    assertTermOrder(board.termStart, board.termEnd, { vi: `của ${name.vi}`, en: `the ${name.en}` });
    const seated = new Set<string>();
    let head: ProfilePerson | null = null;
    for (const seat of board.seats) {
      const person = people.get(seat.personKey);
      if (!person) {
        throw badInput(
          `${name.vi} có thành viên không có trong danh sách người (mã "${seat.personKey}"); hãy thêm người đó vào danh sách trước.`,
          `${name.en} has a member who is not in the list of people (key "${seat.personKey}"); add them to the list first.`,
          { field: 'personKey', reason: 'UNKNOWN_PERSON', kind: board.kind, key: seat.personKey },
        );
      }
      if (seated.has(seat.personKey)) {
        throw badInput(
          `${person.fullName} được ghi hai lần trong ${name.vi}; mỗi người chỉ giữ một vị trí trong một ban.`,
          `${person.fullName} is on the ${name.en} twice; a person holds one seat on a board.`,
          { field: 'seats', reason: 'DUPLICATE_SEAT', kind: board.kind, key: seat.personKey },
        );
      }
      seated.add(seat.personKey);
      if (seat.role === 'HEAD') {
        if (head) {
          const title = roleName(board.kind, 'HEAD');
          throw badInput(
            `${name.vi} chỉ có một ${title.vi}: ${head.fullName} và ${person.fullName} đều được ghi là ${title.vi}.`,
            `The ${name.en} has one ${title.en}: both ${head.fullName} and ${person.fullName} are given as ${title.en}.`,
            { field: 'role', reason: 'SECOND_HEAD', kind: board.kind, key: seat.personKey },
          );
        }
        head = person;
      }
      const where = { vi: `của ${person.fullName} trong ${name.vi}`, en: `${person.fullName} on the ${name.en}` };
      assertTermOrder(seat.termStart, seat.termEnd, where);
      const startsBefore = seat.termStart !== null && board.termStart !== null && seat.termStart < board.termStart;
      const endsAfter = seat.termEnd !== null && board.termEnd !== null && seat.termEnd > board.termEnd;
      if (startsBefore || endsAfter) {
        throw badInput(
          `Nhiệm kỳ ${where.vi} phải nằm trong nhiệm kỳ của ban (${board.termStart ?? '…'} đến ${board.termEnd ?? '…'}).`,
          `The term of ${where.en} must lie within the board’s term (${board.termStart ?? '…'} to ${board.termEnd ?? '…'}).`,
          { field: startsBefore ? 'termStart' : 'termEnd', reason: 'OUTSIDE_BOARD_TERM', kind: board.kind, key: seat.personKey },
        );
      }
    }
  }
}

/** A person who sits on more than one board (kiêm nhiệm), with those boards in the registry's order. */
export interface PersonOnSeveralBoards {
  key: string;
  fullName: string;
  boards: BoardKind[];
}

/** The people of a profile who hold seats on two boards or more, in the order they are listed. */
export function peopleOnSeveralBoards(profile: ProfileContent): PersonOnSeveralBoards[] {
  return profile.people
    .map((person) => ({
      key: person.key,
      fullName: person.fullName,
      boards: BOARD_KINDS.filter((kind) => profile.boards.some((b) => b.kind === kind && b.seats.some((s) => s.personKey === person.key))),
    }))
    .filter((p) => p.boards.length > 1);
}

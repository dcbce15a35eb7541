// The unit profile form's draft (what is typed, kept by useDraft) and the save it becomes. Pure, so that the
// rules the server applies (libs/tenancy/domain) run on it before anything is sent.
import { BOARD_KINDS, parseInput, type BoardKind, type BoardRole } from '@qcdc/shared/contracts';
import { assertUnitProfile, saveUnitProfileInput } from '@qcdc/tenancy/domain';
import type { UnitProfileFieldsFragment } from '../../gql/graphql';
import { refusalOf, type Refusal } from '../../shared/rules';

export interface PersonDraft {
  key: string;
  fullName: string;
  title: string;
}
export interface SeatDraft {
  personKey: string;
  role: BoardRole;
  termStart: string;
  termEnd: string;
}
export interface BoardDraft {
  termStart: string;
  termEnd: string;
  seats: SeatDraft[];
}
export interface ProfileDraft {
  /** The version the draft was edited from: sent back as expectedVersion. */
  version: number;
  staffCount: string;
  partyMembers: string;
  unionMembers: string;
  people: PersonDraft[];
  /** Every kind of the registry; a board without members or term is not sent. */
  boards: Record<BoardKind, BoardDraft>;
}

const emptyBoard = (): BoardDraft => ({ termStart: '', termEnd: '', seats: [] });
const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

/** The form as the server's answer fills it (a saved profile, or the earlier period's as a starting point). */
export function draftFrom(profile: UnitProfileFieldsFragment): ProfileDraft {
  const boards = Object.fromEntries(BOARD_KINDS.map((kind) => [kind, emptyBoard()])) as Record<BoardKind, BoardDraft>;
  for (const b of profile.boards) {
    boards[b.kind] = {
      termStart: b.termStart ?? '',
      termEnd: b.termEnd ?? '',
      seats: b.seats.map((s) => ({ personKey: s.personKey, role: s.role, termStart: s.termStart ?? '', termEnd: s.termEnd ?? '' })),
    };
  }
  return {
    version: profile.version,
    staffCount: text(profile.staffCount),
    partyMembers: text(profile.partyMembers),
    unionMembers: text(profile.unionMembers),
    people: profile.people.map((p) => ({ key: p.key, fullName: p.fullName, title: p.title ?? '' })),
    boards,
  };
}

/** A key no person of the draft has yet: p1, p2, ... */
export function newPersonKey(people: readonly PersonDraft[]): string {
  const taken = new Set(people.map((p) => p.key));
  let n = people.length + 1;
  while (taken.has(`p${n}`)) n += 1;
  return `p${n}`;
}

/** A count as typed: a whole number of digits, else NaN (the schema then names the field). */
const count = (typed: string) => (/^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN);
const date = (typed: string) => typed.trim() || null;

/** The mutation's input for a draft: boards with members or a term only, blank dates as none. */
export function inputOf(unitId: string, periodId: string, d: ProfileDraft) {
  return {
    unitId,
    periodId,
    expectedVersion: d.version,
    staffCount: count(d.staffCount),
    partyMembers: count(d.partyMembers),
    unionMembers: count(d.unionMembers),
    people: d.people.map((p) => ({ key: p.key, fullName: p.fullName, title: p.title.trim() || null })),
    boards: BOARD_KINDS.filter((kind) => {
      const b = d.boards[kind];
      return b.seats.length > 0 || b.termStart.trim() || b.termEnd.trim();
    }).map((kind) => ({
      kind,
      termStart: date(d.boards[kind].termStart),
      termEnd: date(d.boards[kind].termEnd),
      seats: d.boards[kind].seats.map((s) => ({ personKey: s.personKey, role: s.role, termStart: date(s.termStart), termEnd: date(s.termEnd) })),
    })),
  };
}

/** What the server would refuse in the draft, in its words (the schema, then the profile's rules); null if nothing. */
export function refusalOfDraft(input: ReturnType<typeof inputOf>): Refusal | null {
  return refusalOf(() => assertUnitProfile(parseInput(saveUnitProfileInput, input)));
}

// The quick-entry form of each activity kind: which facts it asks for, in what order, with which input. The
// kinds themselves (names, schemas, rules, the names of their choices) come from the domain registry; this is
// only how a form lays them out. Pure: the draft ↔ facts conversions are tested in kind-fields.spec.ts.
import {
  ACTIVITY_TEXT_LIMITS,
  BRIEFING_TEXT_LIMITS,
  COMPLAINT_KIND_NAMES,
  COMPLAINT_STATUS_NAMES,
  CONFERENCE_TYPE_NAMES,
  CONSULTATION_METHOD_NAMES,
  COUNT_UNIT_NAMES,
  DISCLOSURE_FORM_NAMES,
  DISCLOSURE_ITEM_NAMES,
  INSPECTOR_NAMES,
  PERSONNEL_DECISION_NAMES,
  type ActivityKind,
} from '@qcdc/activities/domain';
import { BOARD_KINDS, BOARD_KIND_DEFINITIONS, type Bilingual } from '@qcdc/shared/contracts';

export type Control =
  | { type: 'text'; max: number; multiline?: boolean }
  | { type: 'int'; optional?: boolean }
  | { type: 'year' }
  | { type: 'date'; optional?: boolean }
  /** Yes or no, as two labelled choices. */
  | { type: 'flag'; optional?: boolean }
  | { type: 'oneOf'; options: Readonly<Record<string, Bilingual>>; optional?: boolean }
  | { type: 'manyOf'; options: Readonly<Record<string, Bilingual>> }
  /** The boards a staff conference elected, each with its term. */
  | { type: 'boards' };

export interface FactField {
  /** The fact's name in the kind's schema (and the catalogue key `fact_<name>`). */
  name: string;
  control: Control;
  wide?: boolean;
}

const BOARD_NAMES = Object.fromEntries(BOARD_KINDS.map((b) => [b, BOARD_KIND_DEFINITIONS[b].name])) as Record<string, Bilingual>;
const subject: FactField = { name: 'subject', control: { type: 'text', max: ACTIVITY_TEXT_LIMITS.subject }, wide: true };
const notes = (name: string): FactField => ({ name, control: { type: 'text', max: ACTIVITY_TEXT_LIMITS.notes, multiline: true }, wide: true });
const attendance: FactField[] = [
  { name: 'present', control: { type: 'int' } },
  { name: 'eligible', control: { type: 'int' } },
  { name: 'countUnit', control: { type: 'oneOf', options: COUNT_UNIT_NAMES, optional: true } },
];

export const KIND_FIELDS: Record<ActivityKind, readonly FactField[]> = {
  BRIEFING: [
    { name: 'topic', control: { type: 'text', max: BRIEFING_TEXT_LIMITS.topic }, wide: true },
    { name: 'documents', control: { type: 'text', max: BRIEFING_TEXT_LIMITS.documents }, wide: true },
    { name: 'sessions', control: { type: 'int', optional: true } },
    ...attendance,
  ],
  DISCLOSURE: [
    { name: 'item', control: { type: 'text', max: ACTIVITY_TEXT_LIMITS.subject }, wide: true },
    { name: 'legalItem', control: { type: 'oneOf', options: DISCLOSURE_ITEM_NAMES }, wide: true },
    { name: 'forms', control: { type: 'manyOf', options: DISCLOSURE_FORM_NAMES }, wide: true },
  ],
  CONSULTATION: [
    subject,
    { name: 'method', control: { type: 'oneOf', options: CONSULTATION_METHOD_NAMES } },
    { name: 'startsOn', control: { type: 'date' } },
    { name: 'endsOn', control: { type: 'date', optional: true } },
    { name: 'responses', control: { type: 'int', optional: true } },
    { name: 'adopted', control: { type: 'int', optional: true } },
  ],
  STAFF_DECISION: [
    subject,
    { name: 'votesFor', control: { type: 'int', optional: true } },
    { name: 'votesTotal', control: { type: 'int', optional: true } },
    { name: 'passed', control: { type: 'flag' } },
  ],
  INSPECTION: [
    { name: 'by', control: { type: 'oneOf', options: INSPECTOR_NAMES } },
    subject,
    notes('findings'),
    { name: 'closed', control: { type: 'flag' } },
    { name: 'seriousViolation', control: { type: 'flag', optional: true } },
  ],
  STAFF_CONFERENCE: [
    { name: 'conferenceType', control: { type: 'oneOf', options: CONFERENCE_TYPE_NAMES } },
    { name: 'workYear', control: { type: 'year' } },
    ...attendance,
    notes('resolutions'),
    { name: 'boardsElected', control: { type: 'boards' }, wide: true },
  ],
  COMPLAINT_CASE: [
    { name: 'caseKind', control: { type: 'oneOf', options: COMPLAINT_KIND_NAMES } },
    subject,
    { name: 'receivedOn', control: { type: 'date' } },
    { name: 'inJurisdiction', control: { type: 'flag' } },
    { name: 'status', control: { type: 'oneOf', options: COMPLAINT_STATUS_NAMES } },
    { name: 'resolvedOn', control: { type: 'date', optional: true } },
  ],
  TRAINING_PERSONNEL: [
    { name: 'decision', control: { type: 'oneOf', options: PERSONNEL_DECISION_NAMES } },
    { name: 'what', control: { type: 'text', max: ACTIVITY_TEXT_LIMITS.subject }, wide: true },
    { name: 'people', control: { type: 'int' } },
  ],
};

export { BOARD_NAMES };

/** Whether the kind counts heads present out of eligible: the paste box fills them. */
export const takesAttendance = (kind: ActivityKind) => KIND_FIELDS[kind].some((f) => f.name === 'present');

/** A board elected, as typed. */
export interface BoardDraft {
  board: string;
  termFrom: string;
  termTo: string;
}

/** What the official has typed, as typed: texts stay text until saved, choices are codes, lists are lists. */
export type FactsDraft = Record<string, string | string[] | BoardDraft[]>;

export function emptyFacts(kind: ActivityKind, year: number): FactsDraft {
  const draft: FactsDraft = {};
  for (const f of KIND_FIELDS[kind]) {
    if (f.control.type === 'manyOf') draft[f.name] = [];
    else if (f.control.type === 'boards') draft[f.name] = [];
    else if (f.control.type === 'year') draft[f.name] = String(year);
    else draft[f.name] = '';
  }
  return draft;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : '');
/** A whole number as typed: absent when blank, NaN when not a number (the schema names the field). */
const number = (text: string, optional?: boolean) => {
  const t = text.trim();
  if (!t) return optional ? null : undefined;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
};

/** The draft as the kind's schema takes it: numbers as numbers, blanks left out (or null when optional). */
export function factsOf(kind: ActivityKind, draft: FactsDraft): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  for (const { name, control } of KIND_FIELDS[kind]) {
    const value = draft[name];
    switch (control.type) {
      case 'text':
        facts[name] = asText(value);
        break;
      case 'int':
        facts[name] = number(asText(value), control.optional);
        break;
      case 'year':
        facts[name] = number(asText(value));
        break;
      case 'date':
        facts[name] = asText(value) || (control.optional ? null : undefined);
        break;
      case 'flag': {
        const t = asText(value);
        facts[name] = t === 'true' ? true : t === 'false' ? false : control.optional ? false : undefined;
        break;
      }
      case 'oneOf':
        facts[name] = asText(value) || (control.optional ? null : undefined);
        break;
      case 'manyOf':
        facts[name] = Array.isArray(value) ? value : [];
        break;
      case 'boards':
        facts[name] = (Array.isArray(value) ? (value as BoardDraft[]) : []).map((b) => ({
          board: b.board,
          termFrom: number(b.termFrom),
          termTo: number(b.termTo),
        }));
        break;
    }
  }
  return facts;
}

/** Stored facts back into a draft: what a correction form starts from. */
export function draftOf(kind: ActivityKind, facts: Readonly<Record<string, unknown>>, year: number): FactsDraft {
  const draft = emptyFacts(kind, year);
  for (const { name, control } of KIND_FIELDS[kind]) {
    const value = facts[name];
    if (value === null || value === undefined) continue;
    if (control.type === 'manyOf') draft[name] = Array.isArray(value) ? value.map(String) : [];
    else if (control.type === 'boards') {
      draft[name] = Array.isArray(value)
        ? value.map((b: { board?: unknown; termFrom?: unknown; termTo?: unknown }) => ({
            board: String(b.board ?? ''),
            termFrom: String(b.termFrom ?? ''),
            termTo: String(b.termTo ?? ''),
          }))
        : [];
    } else draft[name] = String(value);
  }
  return draft;
}

/** A briefing's summary counts sessions and heads; what was briefed is its topic, shown with it. */
export function headlineOf(facts: unknown): string | null {
  const topic = (facts as { topic?: unknown } | null)?.topic;
  return typeof topic === 'string' && topic.trim() ? topic.trim() : null;
}

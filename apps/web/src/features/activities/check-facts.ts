// The same checks the server makes on an activity's facts, run as the official types: the kind's schema and
// its rules (libs/activities/domain), each refusal put under the field it names, in the server's words.
import { ACTIVITY_KIND_REGISTRY, parseQuickEntry, type ActivityKind, type KindRule } from '@qcdc/activities/domain';
import { inputError, type Bilingual } from '@qcdc/shared/contracts';
import { refusalOf } from '../../shared/rules';
import { factsOf, type FactsDraft } from './kind-fields';

/** What is wrong, by field name ("present", "occurredOn"); empty when the facts can be saved. */
export type FieldErrors = Record<string, Bilingual>;

/** The field a server error names, as the form calls it: "facts.present" is the form's "present". */
export const formField = (field: string | undefined) => field?.replace(/^facts\./, '');

export function factErrors(kind: ActivityKind, draft: FactsDraft, occurredOn: string): FieldErrors {
  const definition = ACTIVITY_KIND_REGISTRY[kind];
  const errors: FieldErrors = {};
  const parsed = definition.facts.safeParse(factsOf(kind, draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A board's term is named under the list it sits in: the form shows the list's error once.
      const top = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
      const field = top ?? formField(inputError(issue).details['field'] as string | undefined) ?? 'facts';
      // A wrong type (a word where a number goes) has only the schema's own words, which name the fact already.
      const { messages } = inputError(issue);
      errors[field] ??= issue.code === 'custom' ? messages : { vi: issue.message, en: messages.en };
    }
    return errors;
  }
  // The rules across the facts, once each fact is well-formed (the server's order: schema, then rules).
  for (const rule of definition.rules as readonly KindRule<unknown>[]) {
    const refusal = refusalOf(() => rule(parsed.data, { occurredOn }));
    if (refusal) errors[formField(refusal.field) ?? 'facts'] ??= refusal.messages;
  }
  return errors;
}

/**
 * The numbers a phrase pasted from a report gives ("15/16 đ/c dự", "03 cuộc, có 45/48 lượt người dự"), as a
 * patch of the draft; null when it holds no present/eligible pair.
 */
export function pastedFacts(kind: ActivityKind, text: string): FactsDraft | null {
  const entry = parseQuickEntry(text);
  if (!entry) return null;
  const patch: FactsDraft = { present: String(entry.present), eligible: String(entry.eligible) };
  if (entry.countUnit) patch['countUnit'] = entry.countUnit;
  if (kind === 'BRIEFING' && entry.sessions !== null) patch['sessions'] = String(entry.sessions);
  return patch;
}

import { AppError, parseInput } from '@qcdc/shared/contracts';
import { briefing } from './briefing';
import { complaintCase } from './complaint-case';
import { consultation } from './consultation';
import type { ActivityKindDefinition, Figures, KindContext } from './definition';
import { disclosure } from './disclosure';
import { inspection } from './inspection';
import { staffConference } from './staff-conference';
import { staffDecision } from './staff-decision';
import { trainingPersonnel } from './training-personnel';

/** The kinds of activity a unit records, by code. A new kind is its module and one line here. */
const definitions = {
  BRIEFING: briefing,
  DISCLOSURE: disclosure,
  CONSULTATION: consultation,
  STAFF_DECISION: staffDecision,
  INSPECTION: inspection,
  STAFF_CONFERENCE: staffConference,
  COMPLAINT_CASE: complaintCase,
  TRAINING_PERSONNEL: trainingPersonnel,
};

export type ActivityKind = keyof typeof definitions;
export type FactsOf<K extends ActivityKind> = (typeof definitions)[K] extends ActivityKindDefinition<infer Facts> ? Facts : never;

export const ACTIVITY_KIND_REGISTRY: { readonly [K in ActivityKind]: ActivityKindDefinition<FactsOf<K>> } = definitions;
export const ACTIVITY_KINDS = Object.keys(definitions) as readonly ActivityKind[];

export const isActivityKind = (kind: string): kind is ActivityKind => (ACTIVITY_KINDS as readonly string[]).includes(kind);

/**
 * A kind's facts as the service stores them: checked by its schema, then by its rules. A refusal is
 * BAD_USER_INPUT naming the field as the API input has it: "facts.present", or "occurredOn" for the date.
 */
export function checkFacts<K extends ActivityKind>(kind: K, input: unknown, context: KindContext): FactsOf<K> {
  const definition = ACTIVITY_KIND_REGISTRY[kind];
  try {
    const facts = parseInput(definition.facts, input);
    for (const rule of definition.rules) rule(facts, context);
    return facts;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const field = error.details['field'];
    const named = typeof field === 'string' && field !== 'occurredOn' ? `facts.${field}` : (field ?? 'facts');
    throw new AppError(error.code, error.messages, { ...error.details, field: named });
  }
}

export const figuresOf = <K extends ActivityKind>(kind: K, facts: FactsOf<K>): Figures => ACTIVITY_KIND_REGISTRY[kind].figures(facts);
export const summaryOf = <K extends ActivityKind>(kind: K, facts: FactsOf<K>): string => ACTIVITY_KIND_REGISTRY[kind].summary(facts);

export type { ActivityKindDefinition, Figures, KindContext, KindRule } from './definition';

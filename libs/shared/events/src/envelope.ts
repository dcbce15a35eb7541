import { z } from 'zod';
import { CONSUMERS, ConsumerName, EVENTS, EventName, EventPayload, SubscribedBy, isEventName } from './catalogue';

/**
 * One event as a consumer receives it: the BullMQ job's data. The relay builds it from the outbox row, whose
 * tenant row-level security guaranteed when the row was written.
 */
export interface EventEnvelope<N extends EventName = EventName> {
  /** The outbox row's event_id (a UUID): the same for every consumer of the event. */
  eventId: string;
  name: N;
  version: number;
  tenantId: string;
  /** When the change committed (the outbox row's created_at), ISO 8601. */
  occurredAt: string;
  payload: EventPayload<N>;
}

/** The envelopes a consumer may receive: one variant per subscribed event, discriminated by `name`. */
export type EnvelopeFor<C extends ConsumerName> = { [N in SubscribedBy<C>]: EventEnvelope<N> }[SubscribedBy<C>];

/**
 * The BullMQ job id of one event for one consumer. BullMQ 6 refuses ':' in custom job ids ("Custom Id cannot
 * contain :", unless the id happens to have exactly three parts, a leftover for old repeatable jobs), so the
 * separator is '.', which neither a consumer name nor a UUID contains.
 */
export const jobIdOf = (consumer: ConsumerName, eventId: string): string => `${consumer}.${eventId}`;

/** A payload that fails its schema: a bug in the code that published it. */
export class InvalidEventError extends Error {
  override name = 'InvalidEventError';
}

/** Why a value fails a schema, on one line: "path: message; path: message". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

/** Checks a payload against the catalogue before it is published; returns it as the schema outputs it. */
export function checkPayload<N extends EventName>(name: N, payload: EventPayload<N>): EventPayload<N> {
  const definition = EVENTS[name];
  if (!definition) throw new InvalidEventError(`unknown event "${String(name)}"`);
  const result = definition.payload.safeParse(payload);
  if (!result.success) {
    throw new InvalidEventError(`"${name}" v${definition.version}: ${describeIssues(result.error)}`);
  }
  return result.data as EventPayload<N>;
}

const envelopeShape = z.object({
  eventId: z.uuid(),
  name: z.string().min(1),
  version: z.int().positive(),
  tenantId: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  payload: z.unknown(),
});

export type ParsedEnvelope<C extends ConsumerName> = { ok: true; envelope: EnvelopeFor<C> } | { ok: false; reason: string };

/**
 * What a consumer checks before it applies anything: the envelope, that it subscribes to the event, that it
 * knows the version, and the payload. A failure carries the reason the event is dead-lettered with.
 */
export function parseEnvelope<C extends ConsumerName>(consumer: C, data: unknown): ParsedEnvelope<C> {
  const head = envelopeShape.safeParse(data);
  if (!head.success) return { ok: false, reason: `envelope: ${describeIssues(head.error)}` };
  const { name, version } = head.data;
  if (!isEventName(name)) return { ok: false, reason: `unknown event "${name}"` };
  if (!(CONSUMERS[consumer] as readonly string[]).includes(name)) {
    return { ok: false, reason: `${consumer} does not subscribe to "${name}"` };
  }
  const definition = EVENTS[name];
  if (version !== definition.version) {
    return { ok: false, reason: `"${name}" v${version} is unknown; the catalogue has v${definition.version}` };
  }
  const payload = definition.payload.safeParse(head.data.payload);
  if (!payload.success) return { ok: false, reason: `payload of "${name}" v${version}: ${describeIssues(payload.error)}` };
  return { ok: true, envelope: { ...head.data, name, payload: payload.data } as EnvelopeFor<C> };
}

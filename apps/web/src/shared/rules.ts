import { AppError, type Bilingual } from '@qcdc/shared/contracts';

/** A domain rule's refusal of a value: its message in both languages and the field it names. */
export interface Refusal {
  messages: Bilingual;
  field?: string;
}

/**
 * Runs a check from a domain lib (they throw an AppError) and returns its refusal, or null when the value
 * passes: the form says what the server would, in the same words, before anything is sent.
 */
export function refusalOf(check: () => unknown): Refusal | null {
  try {
    check();
    return null;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const field = err.details['field'];
    return { messages: err.messages, field: typeof field === 'string' ? field : undefined };
  }
}

/** Whether the check passes. */
export const passes = (check: () => unknown): boolean => refusalOf(check) === null;

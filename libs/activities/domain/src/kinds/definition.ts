import type { z } from 'zod';
import type { Bilingual } from '@qcdc/shared/contracts';

/** What a rule knows besides the facts: the activity's date ("YYYY-MM-DD"). */
export interface KindContext {
  occurredOn: string;
}

/** A rule across the facts: throws BAD_USER_INPUT naming the field to fix, or returns. Pure. */
export type KindRule<Facts> = (facts: Facts, context: KindContext) => void;

/** Named numbers a report and a roll-up add up, e.g. { sessions: 3, present: 45, eligible: 48 }. */
export type Figures = Readonly<Record<string, number>>;

/**
 * One kind of activity: its facts' schema (its output is what is stored as jsonb), the rules across them,
 * the figures it counts for, and the line a report writes for it.
 */
export interface ActivityKindDefinition<Facts> {
  code: string;
  name: Bilingual;
  facts: z.ZodType<Facts>;
  rules: readonly KindRule<Facts>[];
  /** Every figure the kind may count for (scoring maps its measures to these names). */
  figureNames: readonly string[];
  figures: (facts: Facts) => Figures;
  /** One line as reports write it: "03 cuộc, có 45/48 lượt người dự". */
  summary: (facts: Facts) => string;
}

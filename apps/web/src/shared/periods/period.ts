import type { PeriodFieldsFragment, PeriodKind } from '../../gql/graphql';

/** A reporting period as the screens read it. */
export type ReportingPeriod = PeriodFieldsFragment;

/** A period named by its year and kind (what an address says), before it is looked up. */
export interface PeriodRef {
  year: number;
  kind: PeriodKind;
}

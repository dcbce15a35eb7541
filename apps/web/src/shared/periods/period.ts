import type { PeriodFieldsFragment, PeriodKind } from '../../gql/graphql';
import { formatDate } from '../format';
import type { T } from '../i18n';

/** A reporting period as the screens read it. */
export type ReportingPeriod = PeriodFieldsFragment;

/** A period named by its year and kind (what an address says), before it is looked up. */
export interface PeriodRef {
  year: number;
  kind: PeriodKind;
}

/** "Kỳ tổng kết năm 2026: số liệu từ 01/01/2026 đến 31/12/2026, hạn nộp 31/12/2026." */
export function periodLine(t: T, p: PeriodRef & { windowStart: string; windowEnd: string; dueOn: string }): string {
  return t(`periodLine_${p.kind}`, { year: p.year, start: formatDate(p.windowStart), end: formatDate(p.windowEnd), due: formatDate(p.dueOn) });
}

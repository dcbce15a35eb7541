import { CloseReportingPeriodDocument, ReopenReportingPeriodDocument, ReportingPeriodsDocument } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import type { ReportingPeriod } from '../../shared/periods/period';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { useCalendarText } from './calendar-texts';

/** Closing an open period (it takes no new data) or reopening a closed one. */
export function PeriodStatusAction({ period }: { period: ReportingPeriod }) {
  const ct = useCalendarText();
  const close = useGraphMutation(CloseReportingPeriodDocument, { invalidates: [ReportingPeriodsDocument] });
  const reopen = useGraphMutation(ReopenReportingPeriodDocument, { invalidates: [ReportingPeriodsDocument] });
  const action = period.status === 'OPEN' ? close : reopen;
  return (
    <>
      <SubmitButton
        busy={action.isPending}
        label={ct(period.status === 'OPEN' ? 'close' : 'reopen')}
        busyLabel={ct(period.status === 'OPEN' ? 'close' : 'reopen')}
        testId={`period-${period.status === 'OPEN' ? 'close' : 'reopen'}-${period.kind}`}
        onClick={() => action.mutate({ periodId: period.id })}
      />
      <FormOutcome problemTestId="period-status-problem" error={action.error ?? undefined} onRetry={action.retry} />
    </>
  );
}

import { useState } from 'react';
import { assertCalendar, saveReportingCalendarInput, type CalendarRule } from '@qcdc/reports/domain';
import { parseInput } from '@qcdc/shared/contracts';
import {
  GenerateReportingPeriodsDocument,
  ReportingCalendarDocument,
  ReportingPeriodsDocument,
  SaveReportingCalendarDocument,
  type CalendarRuleFieldsFragment,
} from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { refusalOf } from '../../shared/rules';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TableBox } from '../../shared/ui/TableBox';
import { useCalendarText } from './calendar-texts';

/** "Lịch báo cáo": the province's rules per kind of period, and the year's periods generated from them. */
export function CalendarRules({ year, existing }: { year: number; existing: string[] }) {
  const { t } = useLang();
  const ct = useCalendarText();
  const calendar = useGraphQuery(ReportingCalendarDocument, {});
  if (calendar.error) return <ErrorMessage error={calendar.error} onRetry={() => void calendar.refetch()} />;
  if (!calendar.data) return <p>{t('loading')}</p>;
  const { rules, updatedAt } = calendar.data.reportingCalendar;
  return (
    <section className="card" data-testid="section-calendar">
      <h2>{ct('title')}</h2>
      <p className="hint">{ct('intro')}</p>
      <p className="hint" data-testid="calendar-saved-line">
        {updatedAt ? ct('savedAt', { time: formatDateTime(updatedAt) }) : ct('default')}
      </p>
      <RulesForm key={updatedAt ?? 'default'} saved={rules} />
      <Generate year={year} existing={existing} />
    </section>
  );
}

const asRule = ({ kind, windowStart, windowStartPreviousYear, windowEnd, due, graceDays }: CalendarRuleFieldsFragment): CalendarRule => ({
  kind,
  windowStart,
  windowStartPreviousYear,
  windowEnd,
  due,
  graceDays,
});

function RulesForm({ saved }: { saved: CalendarRuleFieldsFragment[] }) {
  const { t, say } = useLang();
  const ct = useCalendarText();
  const [rules, setRules] = useState<CalendarRule[]>(saved.map(asRule));
  const [problem, setProblem] = useState<string | null>(null);
  const save = useGraphMutation(SaveReportingCalendarDocument, { invalidates: [ReportingCalendarDocument] });
  const edit = (i: number, change: Partial<CalendarRule>) => setRules(rules.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = () => {
    // The same rules as the server's, before sending: the window in order, due after it opens, real days.
    const refusal = refusalOf(() => assertCalendar(parseInput(saveReportingCalendarInput, { rules }).rules));
    if (refusal) return setProblem(say(refusal.messages));
    setProblem(null);
    save.mutate({ input: { rules } });
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <TableBox label={ct('title')}>
        <table className="table" data-testid="calendar-rules">
          <thead>
            <tr>
              <th>{ct('colKind')}</th>
              <th>{ct('colStart')}</th>
              <th>{ct('colPrevious')}</th>
              <th>{ct('colEnd')}</th>
              <th>{ct('colDue')}</th>
              <th>{ct('colGrace')}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r, i) => {
              const kind = t(`periodKind_${r.kind}`);
              return (
                <tr key={r.kind} data-testid={`calendar-rule-${r.kind}`}>
                  <td className="card-title">
                    <strong>{kind}</strong>
                  </td>
                  <td data-label={ct('colStart')}>
                    <input aria-label={`${kind}: ${ct('colStart')}`} value={r.windowStart} onChange={(e) => edit(i, { windowStart: e.target.value.trim() })} data-testid={`rule-${r.kind}-start`} />
                  </td>
                  <td data-label={ct('colPrevious')}>
                    <input
                      type="checkbox"
                      aria-label={`${kind}: ${ct('colPrevious')}`}
                      checked={r.windowStartPreviousYear}
                      onChange={(e) => edit(i, { windowStartPreviousYear: e.target.checked })}
                      data-testid={`rule-${r.kind}-previous`}
                    />
                  </td>
                  <td data-label={ct('colEnd')}>
                    <input aria-label={`${kind}: ${ct('colEnd')}`} value={r.windowEnd} onChange={(e) => edit(i, { windowEnd: e.target.value.trim() })} data-testid={`rule-${r.kind}-end`} />
                  </td>
                  <td data-label={ct('colDue')}>
                    <input aria-label={`${kind}: ${ct('colDue')}`} value={r.due} onChange={(e) => edit(i, { due: e.target.value.trim() })} data-testid={`rule-${r.kind}-due`} />
                  </td>
                  <td data-label={ct('colGrace')}>
                    <input
                      type="number"
                      min={0}
                      max={90}
                      aria-label={`${kind}: ${ct('colGrace')}`}
                      value={r.graceDays}
                      onChange={(e) => edit(i, { graceDays: Number(e.target.value) })}
                      data-testid={`rule-${r.kind}-grace`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableBox>
      <p className="hint">{ct('dayHint')}</p>
      <FormOutcome problem={problem} problemTestId="calendar-problem" error={save.error ?? undefined} onRetry={save.retry} success={save.isSuccess ? ct('saved') : undefined} successTestId="calendar-saved" />
      <div className="actions">
        <SubmitButton busy={save.isPending} label={ct('save')} busyLabel={t('saving')} testId="save-calendar" />
      </div>
    </form>
  );
}

/** Creates the year's missing periods; says how many were created and how many kept. */
function Generate({ year, existing }: { year: number; existing: string[] }) {
  const ct = useCalendarText();
  const [outcome, setOutcome] = useState<string>();
  const generate = useGraphMutation(GenerateReportingPeriodsDocument, {
    invalidates: [ReportingPeriodsDocument],
    onSuccess: ({ generateReportingPeriods: periods }) => {
      const kept = periods.filter((p) => existing.includes(p.id)).length;
      setOutcome(ct('generated', { year, created: periods.length - kept, kept }));
    },
  });
  return (
    <div className="subsection">
      <FormOutcome problemTestId="generate-problem" error={generate.error ?? undefined} onRetry={generate.retry} success={outcome} successTestId="periods-generated" />
      <div className="actions">
        <SubmitButton
          busy={generate.isPending}
          label={ct('generate', { year })}
          busyLabel={ct('generate', { year })}
          testId="generate-periods"
          onClick={() => {
            setOutcome(undefined);
            generate.mutate({ year });
          }}
        />
      </div>
    </div>
  );
}

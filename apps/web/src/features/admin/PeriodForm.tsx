import { useState, type FormEvent } from 'react';
import { assertPeriod, customaryWindow, type PeriodWindow } from '@qcdc/reports/domain';
import { OpenReportingPeriodDocument, PeriodKind, ReportingPeriodsDocument } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import type { ReportingPeriod } from '../../shared/periods/period';
import { refusalOf } from '../../shared/rules';
import { isRetryable } from '../../shared/api/errors';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';

// The yearly review first: it is the one every unit must report.
const KINDS = [PeriodKind.Year, PeriodKind.SixMonth];

interface Props {
  year: number;
  /** The periods already open this year: each kind opens once. */
  periods: ReportingPeriod[];
  onOpened: (period: { id: string; kind: PeriodKind; year: number }) => void;
}

/** What stops the period from being opened: a missing date, grace days that are not a number, or the period rules. */
interface Problem {
  text: string;
  field?: string;
  missingDate?: boolean;
}

/** "Mở kỳ báo cáo": a kind not yet open, prefilled with the customary window, which may be changed. */
export function PeriodForm({ year, periods, onOpened }: Props) {
  const { t, say } = useLang();
  const isOpen = (kind: PeriodKind) => periods.some((p) => p.kind === kind);
  const available = KINDS.filter((k) => !isOpen(k));
  const [kind, setKind] = useState<PeriodKind | undefined>(available[0]);
  const [dates, setDates] = useState<PeriodWindow>(() => customaryWindow(year, available[0] ?? PeriodKind.Year));
  const [graceDays, setGraceDays] = useState('0');
  const [submitted, setSubmitted] = useState(false);
  const open = useGraphMutation(OpenReportingPeriodDocument, {
    invalidates: [ReportingPeriodsDocument],
    // Told here rather than per call: once the periods are read again, a fresh form replaces this one.
    onSuccess: ({ openReportingPeriod }, { input }) => onOpened({ id: openReportingPeriod.id, kind: input.kind, year: input.year }),
  });

  if (!kind) {
    return (
      <p className="hint" data-testid="all-periods-open">
        {t('allPeriodsOpen', { year })}
      </p>
    );
  }

  const grace = graceDays.trim() || '0'; // blank means no grace days
  const problem = ((): Problem | null => {
    if (!dates.windowStart || !dates.windowEnd || !dates.dueOn) return { text: t('errPeriodDates'), missingDate: true };
    if (!/^\d{1,3}$/.test(grace)) return { text: t('errGraceDays'), field: 'graceDays' };
    const refusal = refusalOf(() => assertPeriod({ year, kind, ...dates, graceDays: Number(grace) }));
    return refusal && { text: say(refusal.messages), field: refusal.field };
  })();
  const change = (patch: Partial<PeriodWindow>) => {
    setDates({ ...dates, ...patch });
    open.reset();
  };
  const changeKind = (next: PeriodKind) => {
    setKind(next);
    setDates(customaryWindow(year, next));
    open.reset();
  };
  const invalid = (field: string) => open.error?.field === field || problem?.field === field;
  // The date pickers follow the browser's language (an English Chrome shows month first): say it plainly.
  const chosen = (date: string) => (date ? t('dateChosen', { date: formatDate(date) }) : undefined);

  function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    open.reset();
    if (problem || !kind) return;
    open.mutate({ input: { year, kind, ...dates, graceDays: Number(grace) } });
  }

  return (
    <form className="subsection" onSubmit={submit} noValidate data-testid="period-form">
      <h3>{t('periodFormTitle')}</h3>
      <fieldset className="choices">
        <legend>{t('periodKind')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="period-kind"
              checked={kind === k}
              disabled={isOpen(k)}
              onChange={() => changeKind(k)}
              data-testid={`period-kind-${k}`}
            />
            {t(`periodKind_${k}`)} {isOpen(k) && <span className="hint">{t('alreadyOpen')}</span>}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t(`customaryHint_${kind}`)}</p>
      <div className="form-grid three">
        <TextField
          label={t('windowStart')}
          type="date"
          value={dates.windowStart}
          onChange={(windowStart) => change({ windowStart })}
          hint={chosen(dates.windowStart)}
          invalid={invalid('windowStart') || (submitted && !dates.windowStart)}
          testId="period-start"
        />
        <TextField
          label={t('windowEnd')}
          type="date"
          value={dates.windowEnd}
          onChange={(windowEnd) => change({ windowEnd })}
          hint={chosen(dates.windowEnd)}
          invalid={invalid('windowEnd') || (submitted && !dates.windowEnd)}
          testId="period-end"
        />
        <TextField
          label={t('dueOnLabel')}
          type="date"
          value={dates.dueOn}
          onChange={(dueOn) => change({ dueOn })}
          hint={chosen(dates.dueOn)}
          invalid={invalid('dueOn') || (submitted && !dates.dueOn)}
          testId="period-due"
        />
        <TextField
          label={t('graceDays')}
          inputMode="numeric"
          className="points"
          value={graceDays}
          onChange={setGraceDays}
          hint={t('graceDaysHint')}
          invalid={invalid('graceDays')}
          maxLength={2}
          testId="period-grace"
          wide
        />
      </div>
      {problem ? (
        (submitted || !problem.missingDate) && (
          <div className="message error" role="alert" data-testid="period-problem">
            {problem.text}
          </div>
        )
      ) : (
        <p className="status-line" data-testid="period-summary">
          {t('periodSummary', {
            kind: t(`periodKind_${kind}`),
            year,
            start: formatDate(dates.windowStart),
            end: formatDate(dates.windowEnd),
            due: formatDate(dates.dueOn),
            grace: Number(grace),
          })}
        </p>
      )}
      {open.error && <ErrorMessage error={open.error} onRetry={isRetryable(open.error) ? open.retry : undefined} />}
      <div className="actions">
        <SubmitButton busy={open.isPending} label={t('openPeriod')} busyLabel={t('opening')} testId="open-period" />
      </div>
    </form>
  );
}

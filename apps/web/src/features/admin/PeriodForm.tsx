import { useState, type FormEvent } from 'react';
import type { PeriodKind, ReportingPeriod } from '../../shared/api/api-types';
import { customaryWindow, periodProblem, type PeriodProblem, type PeriodWindow } from './calendar';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatDate } from '../../shared/format';
import { ApiError, gql } from '../../shared/api/graphql';
import { periodKindKey, useLang } from '../../shared/i18n';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { asApiError } from '../../shared/api/useLoad';

const OPEN_PERIOD = `mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {
  openReportingPeriod(input: $input) { id }
}`;

// The yearly review first: it is the one every unit must report.
const KINDS: PeriodKind[] = ['YEAR', 'SIX_MONTH'];
const PROBLEM_KEY = {
  missingDate: 'errPeriodDates',
  windowOrder: 'errWindowOrder',
  dueBeforeStart: 'errDueBeforeStart',
  graceDays: 'errGraceDays',
} as const satisfies Record<PeriodProblem, string>;

interface Props {
  year: number;
  /** The periods already open this year: each kind opens once. */
  periods: ReportingPeriod[];
  onOpened: (period: { id: string; kind: PeriodKind; year: number }) => void;
}

/** "Mở kỳ báo cáo": a kind not yet open, prefilled with the customary window, which may be changed. */
export function PeriodForm({ year, periods, onOpened }: Props) {
  const { t } = useLang();
  const isOpen = (kind: PeriodKind) => periods.some((p) => p.kind === kind);
  const available = KINDS.filter((k) => !isOpen(k));
  const [kind, setKind] = useState<PeriodKind | undefined>(available[0]);
  const [dates, setDates] = useState<PeriodWindow>(() => customaryWindow(year, available[0] ?? 'YEAR'));
  const [graceDays, setGraceDays] = useState('0');
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  if (!kind) {
    return (
      <p className="hint" data-testid="all-periods-open">
        {t('allPeriodsOpen', { year })}
      </p>
    );
  }

  const problem = periodProblem({ ...dates, graceDays });
  const change = (patch: Partial<PeriodWindow>) => {
    setDates({ ...dates, ...patch });
    setError(undefined);
  };
  const changeKind = (next: PeriodKind) => {
    setKind(next);
    setDates(customaryWindow(year, next));
    setError(undefined);
  };
  const refused = (field: string) => error?.field === field;
  // The date pickers follow the browser's language (an English Chrome shows month first): say it plainly.
  const chosen = (date: string) => (date ? t('dateChosen', { date: formatDate(date) }) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    setError(undefined);
    if (problem || !kind) return;
    setBusy(true);
    try {
      const input = { year, kind, ...dates, graceDays: Number(graceDays.trim() || '0') };
      const data = await gql<{ openReportingPeriod: { id: string } }>(OPEN_PERIOD, { input });
      onOpened({ id: data.openReportingPeriod.id, kind, year });
    } catch (err) {
      setError(asApiError(err));
      // Not in a `finally` (hence no useSubmit): once opened, a fresh form replaces this one when the periods
      // reload, and a press before then would ask to open the same period again.
      setBusy(false);
    }
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
            {t(periodKindKey(k))} {isOpen(k) && <span className="hint">{t('alreadyOpen')}</span>}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t(kind === 'YEAR' ? 'customaryHint_YEAR' : 'customaryHint_SIX_MONTH')}</p>
      <div className="form-grid three">
        <TextField
          label={t('windowStart')}
          type="date"
          value={dates.windowStart}
          onChange={(windowStart) => change({ windowStart })}
          hint={chosen(dates.windowStart)}
          invalid={refused('windowStart') || (submitted && problem === 'missingDate' && !dates.windowStart)}
          testId="period-start"
        />
        <TextField
          label={t('windowEnd')}
          type="date"
          value={dates.windowEnd}
          onChange={(windowEnd) => change({ windowEnd })}
          hint={chosen(dates.windowEnd)}
          invalid={refused('windowEnd') || problem === 'windowOrder'}
          testId="period-end"
        />
        <TextField
          label={t('dueOnLabel')}
          type="date"
          value={dates.dueOn}
          onChange={(dueOn) => change({ dueOn })}
          hint={chosen(dates.dueOn)}
          invalid={refused('dueOn') || problem === 'dueBeforeStart'}
          testId="period-due"
        />
        <TextField
          label={t('graceDays')}
          inputMode="numeric"
          className="points"
          value={graceDays}
          onChange={setGraceDays}
          hint={t('graceDaysHint')}
          invalid={refused('graceDays') || problem === 'graceDays'}
          maxLength={2}
          testId="period-grace"
          wide
        />
      </div>
      {problem ? (
        (submitted || problem !== 'missingDate') && (
          <div className="message error" role="alert" data-testid="period-problem">
            {t(PROBLEM_KEY[problem])}
          </div>
        )
      ) : (
        <p className="status-line" data-testid="period-summary">
          {t('periodSummary', {
            kind: t(periodKindKey(kind)),
            year,
            start: formatDate(dates.windowStart),
            end: formatDate(dates.windowEnd),
            due: formatDate(dates.dueOn),
            grace: Number(graceDays.trim() || '0'),
          })}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <SubmitButton busy={busy} label={t('openPeriod')} busyLabel={t('opening')} testId="open-period" />
      </div>
    </form>
  );
}

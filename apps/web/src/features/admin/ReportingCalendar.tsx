import { useState } from 'react';
import type { PeriodKind, ReportingPeriod } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { gql } from '../../shared/api/graphql';
import { periodKindKey, useLang } from '../../shared/i18n';
import { PeriodForm } from './PeriodForm';
import { PeriodTable } from './PeriodTable';
import { RubricCard } from './RubricCard';
import { useLoad } from '../../shared/api/useLoad';
import { YearPicker } from '../../shared/ui/YearPicker';

const PERIODS = `query ReportingPeriods($year: Int!) {
  reportingPeriods(year: $year) { id year kind windowStart windowEnd dueOn graceDays status }
}`;

/** "Kỳ báo cáo và tiêu chí": a year's reporting periods and its scoring rubric. */
export function ReportingCalendar() {
  const { t } = useLang();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const periods = useLoad(
    () => gql<{ reportingPeriods: ReportingPeriod[] }>(PERIODS, { year }).then((d) => d.reportingPeriods),
    [year],
  );
  const [opened, setOpened] = useState<{ kind: PeriodKind; year: number; id: string }>();
  const changeYear = (next: number) => {
    setOpened(undefined);
    setYear(next);
  };
  const openKinds = periods.data?.map((p) => p.kind).join(',') ?? '';

  return (
    <div data-testid="reporting-calendar">
      <div className="toolbar year-bar">
        <YearPicker year={year} onChange={changeYear} />
      </div>
      <section className="card" data-testid="section-periods">
        <h2>{t('periodsTitle', { year })}</h2>
        {periods.error && <ErrorMessage error={periods.error} onRetry={periods.reload} />}
        {!periods.data && periods.loading && <p>{t('loading')}</p>}
        {periods.data && (
          <>
            <div className="subsection">
              {opened && (
                <div className="message success" role="status" data-testid="period-opened">
                  {t('periodOpened', { kind: t(periodKindKey(opened.kind)), year: opened.year })}
                </div>
              )}
              <PeriodTable year={year} periods={periods.data} highlight={opened?.id} />
            </div>
            {/* A fresh form whenever the year or the open periods change: the next kind, its customary dates. */}
            <PeriodForm
              key={`${year}:${openKinds}`}
              year={year}
              periods={periods.data}
              onOpened={(period) => {
                setOpened(period);
                periods.reload();
              }}
            />
          </>
        )}
      </section>
      <section className="card" data-testid="section-rubric">
        <h2>{t('rubricTitle', { year })}</h2>
        <RubricCard key={year} year={year} />
      </section>
    </div>
  );
}

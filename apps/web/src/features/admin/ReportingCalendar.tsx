import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import { ReportingPeriodsDocument, type PeriodKind } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { YearPicker } from '../../shared/periods/YearPicker';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { CalendarRules } from './CalendarRules';
import { PeriodForm } from './PeriodForm';
import { PeriodTable } from './PeriodTable';
import { RubricCard } from './RubricCard';

/** "Kỳ báo cáo và tiêu chí": a year's reporting periods and its scoring rubric (the year is in the address). */
export function ReportingCalendar({ root, year }: { root: OrgUnit; year: number }) {
  const { t } = useLang();
  const navigate = useNavigate();
  const periods = useGraphQuery(ReportingPeriodsDocument, { year });
  const [opened, setOpened] = useState<{ kind: PeriodKind; year: number; id: string }>();
  const openKinds = periods.data?.reportingPeriods.map((p) => p.kind).join(',') ?? '';

  return (
    <div data-testid="reporting-calendar">
      <div className="toolbar year-bar">
        <YearPicker year={year} onChange={(next) => navigate(paths.admin(root.id, 'calendar', next))} />
      </div>
      <section className="card" data-testid="section-periods">
        <h2>{t('periodsTitle', { year })}</h2>
        {periods.error && <ErrorMessage error={periods.error} onRetry={() => void periods.refetch()} />}
        {periods.isPending && <p>{t('loading')}</p>}
        {periods.data && (
          <>
            <div className="subsection">
              {opened?.year === year && (
                <div className="message success" role="status" data-testid="period-opened">
                  {t('periodOpened', { kind: t(`periodKind_${opened.kind}`), year: opened.year })}
                </div>
              )}
              <PeriodTable year={year} periods={periods.data.reportingPeriods} highlight={opened?.id} />
            </div>
            {/* A fresh form whenever the year or the open periods change: the next kind, its customary dates. */}
            <PeriodForm
              key={`${year}:${openKinds}`}
              year={year}
              periods={periods.data.reportingPeriods}
              onOpened={setOpened}
            />
          </>
        )}
      </section>
      {periods.data && <CalendarRules year={year} existing={periods.data.reportingPeriods.map((p) => p.id)} />}
      <section className="card" data-testid="section-rubric">
        <h2>{t('rubricTitle', { year })}</h2>
        <RubricCard key={year} year={year} />
      </section>
    </div>
  );
}

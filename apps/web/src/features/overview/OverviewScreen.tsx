import { Link } from 'react-router';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import { BlocOverviewDocument, OverviewDocument } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import { periodLine, type PeriodRef, type ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { DashboardNav } from '../dashboards/parts';
import { provinceReportLabels } from '../province-report/labels';
import { useReminderText } from '../reminders/reminder-texts';
import { BandDistribution } from './BandDistribution';
import { RollupCards } from './RollupCards';
import { UnitComparisonTable } from './UnitComparisonTable';

/** "/tong-quan/<unit>/<year>/<period>". */
export function OverviewRoute() {
  return (
    <PeriodPage screen="overview">
      {(workspace, period) => (
        <OverviewScreen
          key={workspace.path}
          scope={workspace.orgUnit}
          period={period}
          // Bloc reviewers compare the units of their bloc; the province's roll-up is not theirs to read.
          provinceWide={workspace.role !== 'BLOC_REVIEWER'}
          reviews={workspace.role === 'BLOC_REVIEWER' || workspace.role === 'PROVINCE_COMMITTEE'}
        />
      )}
    </PeriodPage>
  );
}

/** "Tổng quan": the committee's view of a period's reporting across the units it oversees. */
function OverviewScreen({ scope, period, provinceWide, reviews }: { scope: OrgUnit; period: PeriodRef; provinceWide: boolean; reviews: boolean }) {
  const { t, lang } = useLang();
  const rt = useReminderText();
  return (
    <div data-testid="overview-screen">
      <PeriodGate
        eyebrow={t('screen_overview')}
        title={t(`overviewTitle_${period.kind}`, { year: period.year })}
        hint={scope.name}
        period={period}
        pathOf={(p) => paths.overview(scope.id, p)}
      >
        {(p) => (
          <>
            <DashboardNav scopeId={scope.id} period={p} current="overview" />
            {reviews && (
              <p className="no-print">
                <Link className="button-link" to={paths.reviewQueue(scope.id, p)} data-testid="review-queue-link">
                  {t('reviewQueueLink')}
                </Link>
              </p>
            )}
            <p className="no-print">
              <Link className="button-link" to={paths.provinceReport(scope.id, p)} data-testid="province-report-link">
                {provinceReportLabels[lang].overviewLink}
              </Link>
            </p>
            {/* The committee chases the units that owe this period's report: its reminder milestones. */}
            {provinceWide && (
              <p className="no-print">
                <Link to={paths.reminderSchedule(p.id)} data-testid="reminder-schedule-link">
                  {rt('scheduleTitle')}
                </Link>
              </p>
            )}
            {provinceWide ? <ProvinceOverview period={p} /> : <BlocOverview period={p} />}
          </>
        )}
      </PeriodGate>
    </div>
  );
}

function ProvinceOverview({ period }: { period: ReportingPeriod }) {
  const { t } = useLang();
  const overview = useGraphQuery(OverviewDocument, { periodId: period.id }, { staleTime: 0 });
  const rollup = overview.data?.provinceRollup;
  return (
    <>
      <PeriodToolbar period={period} refresh={() => void overview.refetch()} busy={overview.isFetching} />
      {overview.error && <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isPending && <p>{t('loading')}</p>}
      {rollup && (
        <>
          <p className="updated" data-testid="rollup-updated-at">
            {rollup.updatedAt ? t('updatedAt', { time: formatDateTime(rollup.updatedAt) }) : t('notComputedYet')}{' '}
            <span className="hint">{t('backgroundNote')}</span>
          </p>
          <RollupCards rollup={rollup} />
          <section className="card">
            <h2>{t('bandDistribution')}</h2>
            <BandDistribution bands={rollup.bands} />
          </section>
        </>
      )}
      {overview.data && (
        <section className="card">
          <h2>{t('comparisonTitle')}</h2>
          <UnitComparisonTable rows={overview.data.unitComparison} profilePath={(unitId) => paths.profile(unitId, period)} />
        </section>
      )}
    </>
  );
}

function BlocOverview({ period }: { period: ReportingPeriod }) {
  const { t } = useLang();
  const overview = useGraphQuery(BlocOverviewDocument, { periodId: period.id }, { staleTime: 0 });
  return (
    <>
      <PeriodToolbar period={period} refresh={() => void overview.refetch()} busy={overview.isFetching} />
      {overview.error && <ErrorMessage error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.isPending && <p>{t('loading')}</p>}
      {overview.data && (
        <section className="card">
          <h2>{t('comparisonTitle')}</h2>
          <UnitComparisonTable rows={overview.data.unitComparison} profilePath={(unitId) => paths.profile(unitId, period)} />
        </section>
      )}
    </>
  );
}

/** The period's dates, and a refresh: the figures are computed in the background after each submission. */
function PeriodToolbar({ period, refresh, busy }: { period: ReportingPeriod; refresh: () => void; busy: boolean }) {
  const { t } = useLang();
  return (
    <div className="toolbar">
      <p className="hint" data-testid="period-line">
        {periodLine(t, period)}
      </p>
      <button type="button" className="secondary" onClick={refresh} disabled={busy} data-testid="refresh-overview">
        {t('refresh')}
      </button>
    </div>
  );
}

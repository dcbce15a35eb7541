import { useState } from 'react';
import type { OrgUnit, ProvinceRollup, ReportingPeriod, UnitComparisonRow } from '../../shared/api/api-types';
import { BandDistribution } from './BandDistribution';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatDate, formatDateTime } from '../../shared/format';
import { gql } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { RollupCards } from './RollupCards';
import { UnitComparisonTable } from './UnitComparisonTable';
import { useLoad } from '../../shared/api/useLoad';
import { YearPeriodGate } from '../../shared/ui/YearPeriodGate';

const ROLLUP_FIELDS = 'periodId unitsExpected unitsSubmitted unitsOnTime averageScore bands { band count } updatedAt';
const COMPARISON_FIELDS = 'unitId code name blocName submitted submittedAt late scoreTotal band';
const OVERVIEW = `query Overview($periodId: ID!) {
  provinceRollup(periodId: $periodId) { ${ROLLUP_FIELDS} }
  unitComparison(periodId: $periodId) { ${COMPARISON_FIELDS} }
}`;
// Bloc reviewers may compare the units of their bloc but not read the province's roll-up.
const BLOC_OVERVIEW = `query BlocOverview($periodId: ID!) {
  unitComparison(periodId: $periodId) { ${COMPARISON_FIELDS} }
}`;

/** "Tổng quan": the committee's view of a year's reporting across the units it oversees. */
export function OverviewScreen({ scope, provinceWide }: { scope: OrgUnit; provinceWide: boolean }) {
  const { t } = useLang();
  const [year, setYear] = useState(() => new Date().getFullYear());

  return (
    <div data-testid="overview-screen">
      <YearPeriodGate
        eyebrow={t('screen_overview')}
        title={t('overviewTitle', { year })}
        hint={scope.name}
        year={year}
        onYearChange={setYear}
      >
        {(p) => <PeriodOverview key={p.id} period={p} provinceWide={provinceWide} />}
      </YearPeriodGate>
    </div>
  );
}

function PeriodOverview({ period, provinceWide }: { period: ReportingPeriod; provinceWide: boolean }) {
  const { t } = useLang();
  const overview = useLoad(
    () =>
      gql<{ provinceRollup?: ProvinceRollup; unitComparison: UnitComparisonRow[] }>(
        provinceWide ? OVERVIEW : BLOC_OVERVIEW,
        { periodId: period.id },
      ),
    [period.id, provinceWide],
  );
  const rollup = overview.data?.provinceRollup;

  return (
    <>
      <div className="toolbar">
        <p className="hint">
          {t('periodLine', {
            year: period.year,
            start: formatDate(period.windowStart),
            end: formatDate(period.windowEnd),
            due: formatDate(period.dueOn),
          })}
        </p>
        <button
          type="button"
          className="secondary"
          onClick={overview.reload}
          disabled={overview.loading}
          data-testid="refresh-overview"
        >
          {t('refresh')}
        </button>
      </div>
      {overview.error && <ErrorMessage error={overview.error} onRetry={overview.reload} />}
      {!overview.data && overview.loading && <p>{t('loading')}</p>}
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
          <UnitComparisonTable rows={overview.data.unitComparison} />
        </section>
      )}
    </>
  );
}

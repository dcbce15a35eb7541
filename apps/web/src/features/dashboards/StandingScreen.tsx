import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import { StandingFlagsDocument, UnitStandingDocument, type UnitStandingQuery } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef, ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';
import { Chart } from './Chart';
import type { ExportColumn } from './export';
import { useDashboardLabels } from './labels';
import { DashboardNav, ExportButtons, FigureCards, Section, StatusBadge, useNumber, useUnitTypes } from './parts';

type Standing = UnitStandingQuery['unitStanding'];
type StandingCriterion = Standing['criteria'][number];

/** "/tong-quan/<scope>/<year>/<period>/xep-hang/<unit>": a unit's standing, read by the committee or its bloc. */
export function StandingRoute() {
  const { standingUnitId = '' } = useParams();
  return (
    <PeriodPage screen="overview">
      {(workspace, period) => (
        <StandingScreen
          key={`${workspace.path}.${standingUnitId}`}
          unitId={standingUnitId}
          heading={workspace.orgUnit.name}
          period={period}
          pathOf={(p) => paths.standing(workspace.orgUnit.id, p, standingUnitId)}
          scopeId={workspace.orgUnit.id}
        />
      )}
    </PeriodPage>
  );
}

/** "/don-vi/<unit>/<year>/<period>/thu-hang": the unit's own standing, read by its reporter and head. */
export function OwnStandingRoute() {
  return (
    <PeriodPage screen="unit">
      {(workspace, period) => (
        <StandingScreen
          key={workspace.path}
          unitId={workspace.orgUnit.id}
          heading={workspace.orgUnit.name}
          period={period}
          pathOf={(p) => paths.ownStanding(workspace.orgUnit.id, p)}
          scopeId={null}
        />
      )}
    </PeriodPage>
  );
}

interface Props {
  unitId: string;
  heading: string;
  period: PeriodRef;
  pathOf: (p: PeriodRef) => string;
  /** The reviewer's scope (committee, bloc); null on the unit's own page. */
  scopeId: string | null;
}

/** "Vì sao xếp hạng này": the unit's rank, its score per criterion against its bloc's median and last year, the scoring's flags. */
function StandingScreen({ unitId, heading, period, pathOf, scopeId }: Props) {
  const { d } = useDashboardLabels();
  return (
    <div data-testid="standing-screen">
      <PeriodGate eyebrow={d('eyebrow')} title={d('standingTitle')} hint={heading} period={period} pathOf={pathOf}>
        {(p) => (
          <>
            {scopeId && <DashboardNav scopeId={scopeId} period={p} current={null} />}
            <UnitStanding unitId={unitId} period={p} scopeId={scopeId} />
          </>
        )}
      </PeriodGate>
    </div>
  );
}

function UnitStanding({ unitId, period, scopeId }: { unitId: string; period: ReportingPeriod; scopeId: string | null }) {
  const { d, lang } = useDashboardLabels();
  const { t } = useLang();
  const n = useNumber();
  const { nameOf } = useUnitTypes();
  const standing = useGraphQuery(UnitStandingDocument, { periodId: period.id, unitId }, { staleTime: 0 });
  const s = standing.data?.unitStanding;
  const reportPath = scopeId ? paths.reviewReport(scopeId, period, unitId) : paths.unit(unitId, period, 'report');
  const rankOf = (rank: number | null, of: number) => (rank == null ? d('noRank') : d('rankOf', { rank, of }));
  return (
    <>
      <p className="no-print">
        {scopeId && (
          <Link to={paths.ranking(scopeId, period)} data-testid="back-to-ranking">
            {d('backToRanking')}
          </Link>
        )}
        {scopeId && ' · '}
        <Link to={reportPath} data-testid="standing-report-link">
          {d('openReport')}
        </Link>
      </p>
      {standing.error && <ErrorMessage error={standing.error} onRetry={() => void standing.refetch()} />}
      {standing.isPending && <p>{d('loading')}</p>}
      {s && (
        <>
          <Section title={`${s.code} — ${s.name}`} testId="standing-figures">
            <p className="hint" data-testid="standing-unit">
              {[s.blocName, nameOf(s.unitType)].filter(Boolean).join(' · ')} <StatusBadge status={s.status} />
            </p>
            {s.scoreTotal == null && (
              <p className="message warning" data-testid="standing-no-score">
                {d('noScore')}
              </p>
            )}
            <FigureCards
              testId="standing-cards"
              figures={[
                { id: 'score', label: 'fig_score', value: n(s.scoreTotal, 2) },
                { id: 'band', label: 'fig_band', value: s.band ? t(`band_${s.band}`) : d('notAvailable') },
                { id: 'rank', label: 'fig_rank', value: rankOf(s.rank, s.rankedUnits) },
                { id: 'bloc-rank', label: 'fig_blocRank', value: rankOf(s.blocRank, s.blocRankedUnits) },
                { id: 'last-year', label: 'fig_lastYear', value: n(s.lastYearScore, 2) },
              ]}
            />
          </Section>
          <CriteriaSection standing={s} period={period} lang={lang} />
          <FlagsSection unitId={unitId} period={period} />
        </>
      )}
    </>
  );
}

function CriteriaSection({ standing, period, lang }: { standing: Standing; period: ReportingPeriod; lang: 'vi' | 'en' }) {
  const { d } = useDashboardLabels();
  const n = useNumber();
  const rows = standing.criteria;
  const option = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((c) => c.code), axisLabel: { interval: 0 } },
      yAxis: { type: 'value' },
      tooltip: { trigger: 'axis' },
      series: [
        { name: d('seriesUnit'), type: 'bar', data: rows.map((c) => c.points) },
        { name: d('seriesBlocMedian'), type: 'bar', data: rows.map((c) => c.blocMedian) },
        { name: d('seriesLastYear'), type: 'bar', data: rows.map((c) => c.lastYear) },
      ],
    }),
    [rows, lang],
  );
  const diff = (c: StandingCriterion) => (c.points == null || c.blocMedian == null ? null : Math.round((c.points - c.blocMedian) * 100) / 100);
  const columns: ExportColumn<StandingCriterion>[] = [
    { header: d('colCode'), value: (c) => c.code },
    { header: d('colCriterion'), value: (c) => c.title },
    { header: d('colMax'), value: (c) => c.maxPoints },
    { header: d('colPoints'), value: (c) => c.points },
    { header: d('colBlocMedian'), value: (c) => c.blocMedian },
    { header: d('colDiff'), value: diff },
    { header: d('colLastYear'), value: (c) => c.lastYear },
  ];
  return (
    <Section title={d('criteriaTitle')} testId="standing-criteria">
      <Chart option={option} summary={d('criteriaChart', { count: rows.length })} testId="standing-chart" height={300} />
      <TableBox label={d('criteriaTitle')}>
        <table className="table" data-testid="criteria-table">
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c.header} scope="col" className={i > 1 ? 'num' : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => {
              const delta = diff(c);
              return (
                <tr key={c.code} data-testid={`criterion-row-${c.code}`}>
                  <td className="nowrap" data-label={d('colCode')}>
                    {c.code}
                  </td>
                  <td className="card-title dash-name">{c.title}</td>
                  <td className="num" data-label={d('colMax')}>
                    {formatNumber(c.maxPoints, lang)}
                  </td>
                  <td className="num" data-label={d('colPoints')} data-testid="criterion-points">
                    {n(c.points, 2)}
                  </td>
                  <td className="num" data-label={d('colBlocMedian')}>
                    {n(c.blocMedian, 2)}
                  </td>
                  <td className="num" data-label={d('colDiff')}>
                    {delta == null ? d('notAvailable') : `${delta > 0 ? '+' : ''}${formatNumber(delta, lang)}`}
                  </td>
                  <td className="num" data-label={d('colLastYear')}>
                    {n(c.lastYear, 2)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableBox>
      <ExportButtons
        testId="export-criteria"
        table={() => ({
          fileName: `diem-tieu-chi-${standing.code}-${period.kind === 'YEAR' ? 'nam' : '6-thang'}-${period.year}`,
          sheetName: `${standing.code} ${period.year}`,
          columns,
          rows,
        })}
      />
    </Section>
  );
}

/** The scoring's flags on the unit's self-assessment (the scoring sheet's), in the chosen language. */
function FlagsSection({ unitId, period }: { unitId: string; period: ReportingPeriod }) {
  const { d, lang } = useDashboardLabels();
  const sheet = useGraphQuery(StandingFlagsDocument, { unitId, periodId: period.id }, { staleTime: 0 });
  const flags = sheet.data?.scoringSheet.flags ?? [];
  return (
    <Section title={d('flagsTitle')} testId="standing-flags">
      {sheet.error && (
        <>
          <p className="hint">{d('flagsUnavailable')}</p>
          <ErrorMessage error={sheet.error} onRetry={() => void sheet.refetch()} />
        </>
      )}
      {sheet.data && flags.length === 0 && <p className="hint">{d('flagsNone')}</p>}
      {flags.length > 0 && (
        <ul className="dash-flags">
          {flags.map((f, i) => {
            const message = lang === 'vi' ? f.message : f.messageEn;
            return (
              <li key={`${f.code}.${f.criterionCode ?? ''}.${i}`} data-testid={`flag-${f.code}`}>
                {/* The criterion first, unless the message names it already. */}
                {f.criterionCode && !message.includes(f.criterionCode) && <strong>{f.criterionCode}: </strong>}
                {message}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

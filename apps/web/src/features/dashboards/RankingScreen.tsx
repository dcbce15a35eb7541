import { useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BANDS, type Band } from '@qcdc/scoring/domain';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import {
  CriterionHeatmapDocument,
  RankingFiltersDocument,
  RankingSort,
  RollupDimension,
  UnitRankingDocument,
  YearOverYearDocument,
  type CriterionHeatmapQuery,
  type UnitRankingInput,
  type UnitRankingQuery,
  type YearOverYearQuery,
} from '../../gql/graphql';
import { send } from '../../shared/api/request';
import { useGraphQuery } from '../../shared/api/query';
import { formatDateTime, formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef, ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';
import { Chart } from './Chart';
import type { ExportColumn } from './export';
import { useDashboardLabels, type DashboardLabel, type DashboardT } from './labels';
import { DashboardNav, ExportButtons, Section, StatusBadge, statusText, useNumber, useUnitTypes } from './parts';

type RankedUnit = UnitRankingQuery['unitRanking']['rows'][number];
type HeatmapRow = CriterionHeatmapQuery['criterionHeatmap']['rows'][number];
type YearRow = YearOverYearQuery['yearOverYear'][number];

/** "/tong-quan/<scope>/<year>/<period>/xep-hang". */
export function RankingRoute() {
  return (
    <PeriodPage screen="overview">
      {(workspace, period) => (
        <RankingScreen key={workspace.path} scope={workspace.orgUnit} period={period} blocReviewer={workspace.role === 'BLOC_REVIEWER'} />
      )}
    </PeriodPage>
  );
}

function RankingScreen({ scope, period, blocReviewer }: { scope: OrgUnit; period: PeriodRef; blocReviewer: boolean }) {
  const { d } = useDashboardLabels();
  return (
    <div data-testid="ranking-screen">
      <PeriodGate
        eyebrow={d('eyebrow')}
        title={d(`rankingTitle_${period.kind}`, { year: period.year })}
        hint={scope.name}
        period={period}
        pathOf={(p) => paths.ranking(scope.id, p)}
      >
        {(p) => (
          <>
            <DashboardNav scopeId={scope.id} period={p} current="ranking" />
            <Ranking scopeId={scope.id} period={p} fixedBloc={blocReviewer ? scope.id : null} />
          </>
        )}
      </PeriodGate>
    </div>
  );
}

const SORTS = [RankingSort.ScoreDesc, RankingSort.ScoreAsc, RankingSort.Code, RankingSort.Name, RankingSort.SubmittedAt];
const PAGE_SIZES = [10, 25, 50, 100];
const PARAM = { bloc: 'khoi', type: 'loai', band: 'xep-loai', search: 'tim', sort: 'sap-xep', page: 'trang', size: 'so-dong' } as const;

/** The ranking's filters, read from the address (so that Back from a unit's page finds them as they were). */
function useRankingParams(periodId: string, fixedBloc: string | null) {
  const [params, setParams] = useSearchParams();
  const sort = SORTS.find((s) => s === params.get(PARAM.sort)) ?? RankingSort.ScoreDesc;
  const size = PAGE_SIZES.find((s) => String(s) === params.get(PARAM.size)) ?? 50;
  const page = Math.max(1, Math.floor(Number(params.get(PARAM.page)) || 1));
  const band = BANDS.find((b) => b === params.get(PARAM.band)) ?? null;
  const input: UnitRankingInput = {
    periodId,
    blocId: fixedBloc ?? (params.get(PARAM.bloc) || null),
    unitType: params.get(PARAM.type) || null,
    band,
    search: params.get(PARAM.search) || null,
    sort,
    offset: (page - 1) * size,
    limit: size,
  };
  /** Changes some of the filters; any change but the page's goes back to the first page. */
  const change = (next: Partial<Record<keyof typeof PARAM, string | null>>) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next) as [keyof typeof PARAM, string | null][]) {
          if (value) updated.set(PARAM[key], value);
          else updated.delete(PARAM[key]);
        }
        if (!('page' in next)) updated.delete(PARAM.page);
        return updated;
      },
      { replace: false },
    );
  };
  const clear = () => setParams(new URLSearchParams());
  return { input, page, size, sort, band, search: params.get(PARAM.search) ?? '', change, clear };
}

function Ranking({ scopeId, period, fixedBloc }: { scopeId: string; period: ReportingPeriod; fixedBloc: string | null }) {
  const { d, lang } = useDashboardLabels();
  const { t } = useLang();
  const { input, page, size, sort, band, search, change, clear } = useRankingParams(period.id, fixedBloc);
  const ranking = useGraphQuery(UnitRankingDocument, { input }, { staleTime: 0, placeholderData: (previous) => previous });
  const blocs = useGraphQuery(RankingFiltersDocument, { periodId: period.id, dimension: RollupDimension.Bloc }, { enabled: !fixedBloc });
  const types = useUnitTypes();
  const [typed, setTyped] = useState(search);
  const data = ranking.data?.unitRanking;
  const pages = data ? Math.max(1, Math.ceil(data.total / size)) : 1;
  const typeLabel = types.nameOf;
  const columns = rankingColumns(d, (b) => t(`band_${b}`), typeLabel);

  const submitSearch = (e: FormEvent) => {
    e.preventDefault();
    change({ search: typed.trim() || null });
  };
  /** Every row of the filtered ranking, page by page (500 at most a request), for the export. */
  const everyRow = async () => {
    const rows: RankedUnit[] = [];
    for (let offset = 0; ; offset += 500) {
      const answer = await send(UnitRankingDocument, { input: { ...input, offset, limit: 500 } }, true);
      rows.push(...answer.unitRanking.rows);
      if (rows.length >= answer.unitRanking.total || answer.unitRanking.rows.length === 0) break;
    }
    return { fileName: `xep-hang-${period.kind === 'YEAR' ? 'nam' : '6-thang'}-${period.year}`, sheetName: d('rankingTable'), columns, rows };
  };
  /** A heading that sorts; the rank runs against the score (best score first is rank 1 first: ascending). */
  const sortHeader = (label: DashboardLabel, asc: RankingSort, desc: RankingSort | null, className?: string, byRank = false) => {
    const active = sort === asc || sort === desc;
    const direction = (sort === desc) !== byRank ? 'descending' : 'ascending';
    const next = desc && sort === desc ? asc : (desc ?? asc);
    return (
      <th scope="col" className={className} aria-sort={active ? direction : 'none'} data-label={d(label)}>
        <button type="button" className="sort" title={d('sortBy', { column: d(label) })} onClick={() => change({ sort: next })} data-testid={`sort-${label}`}>
          {d(label)} {active ? (direction === 'ascending' ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };

  return (
    <>
      <Section title={d('filters')} testId="ranking-filters">
        <div className="dash-filters">
          {!fixedBloc && (
            <label>
              {d('filterBloc')}
              <select value={input.blocId ?? ''} onChange={(e) => change({ bloc: e.target.value || null })} data-testid="filter-bloc">
                <option value="">{d('filterAll')}</option>
                {blocs.data?.rollupCells.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {d('filterType')}
            <select value={input.unitType ?? ''} onChange={(e) => change({ type: e.target.value || null })} data-testid="filter-type">
              <option value="">{d('filterAll')}</option>
              {types.active.map((type) => (
                <option key={type.code} value={type.code}>
                  {type.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {d('filterBand')}
            <select value={band ?? ''} onChange={(e) => change({ band: e.target.value || null })} data-testid="filter-band">
              <option value="">{d('filterAll')}</option>
              {BANDS.map((b) => (
                <option key={b} value={b}>
                  {t(`band_${b}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {d('sort')}
            <select value={sort} onChange={(e) => change({ sort: e.target.value })} data-testid="ranking-sort">
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {d(`sort_${s}`)}
                </option>
              ))}
            </select>
          </label>
          <form className="inline-field" role="search" onSubmit={submitSearch}>
            <label>
              {d('search')}
              <input type="search" value={typed} maxLength={100} placeholder={d('searchHint')} onChange={(e) => setTyped(e.target.value)} data-testid="ranking-search" />
            </label>
            <button type="submit" className="secondary" data-testid="ranking-search-submit">
              {d('searchButton')}
            </button>
          </form>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setTyped('');
              clear();
            }}
            data-testid="clear-filters"
          >
            {d('clearFilters')}
          </button>
        </div>
      </Section>

      <Section title={d('rankingTable')} testId="ranking">
        {ranking.error && <ErrorMessage error={ranking.error} onRetry={() => void ranking.refetch()} />}
        {ranking.isPending && <p>{d('loading')}</p>}
        {data && data.rows.length === 0 && (
          <p className="message warning" data-testid="ranking-empty">
            {d('showingNone')}
          </p>
        )}
        {data && data.rows.length > 0 && (
          <>
            <p className="hint" data-testid="ranking-showing">
              {d('showing', { from: (input.offset ?? 0) + 1, to: (input.offset ?? 0) + data.rows.length, total: data.total })}
            </p>
            <TableBox label={d('rankingTable')}>
              <table className="table sortable" data-testid="ranking-table" aria-busy={ranking.isFetching}>
                <thead>
                  <tr data-label={d('sort')}>
                    {sortHeader('colRank', RankingSort.ScoreAsc, RankingSort.ScoreDesc, 'num', true)}
                    {sortHeader('colCode', RankingSort.Code, null)}
                    {sortHeader('colUnit', RankingSort.Name, null)}
                    <th scope="col">{d('colUnitType')}</th>
                    <th scope="col">{d('colStatus')}</th>
                    {sortHeader('colScore', RankingSort.ScoreAsc, RankingSort.ScoreDesc, 'num')}
                    <th scope="col">{d('colBand')}</th>
                    <th scope="col" className="num">
                      {d('colLastYear')}
                    </th>
                    {sortHeader('colSubmittedAt', RankingSort.SubmittedAt, null)}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.unitId} data-testid={`ranking-row-${r.code}`}>
                      <td className="num dash-rank" data-label={d('colRank')} data-testid="row-rank">
                        {r.rank ?? d('notAvailable')}
                      </td>
                      <td className="nowrap" data-label={d('colCode')}>
                        {r.code}
                      </td>
                      <td className="card-title dash-name">
                        <Link to={paths.standing(scopeId, period, r.unitId)} data-testid="open-standing">
                          {r.name}
                        </Link>
                        {/* The bloc under the name (a column of its own in the exported file). */}
                        {r.blocName && <div className="hint">{r.blocName}</div>}
                        {r.reportId && (
                          <div className="no-print">
                            <Link to={paths.reviewReport(scopeId, period, r.unitId)} data-testid="open-report">
                              {d('openReport')}
                            </Link>
                          </div>
                        )}
                      </td>
                      <td data-label={d('colUnitType')}>{typeLabel(r.unitType)}</td>
                      <td data-label={d('colStatus')}>
                        <StatusBadge status={r.status} late={r.late} />
                      </td>
                      <td className="num" data-label={d('colScore')} data-testid="row-score">
                        {r.scoreTotal == null ? d('noRank') : formatNumber(r.scoreTotal, lang)}
                      </td>
                      <td className="nowrap" data-label={d('colBand')} data-testid="row-band">
                        {r.band ? t(`band_${r.band}`) : d('notAvailable')}
                      </td>
                      <td className="num" data-label={d('colLastYear')}>
                        {r.lastYearScore == null ? d('notAvailable') : formatNumber(r.lastYearScore, lang)}
                      </td>
                      <td className="nowrap" data-label={d('colSubmittedAt')}>
                        {r.submittedAt ? formatDateTime(r.submittedAt) : d('notAvailable')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
            <nav className="dash-paging no-print" aria-label={d('pagingLabel')}>
              <button type="button" className="secondary" disabled={page <= 1} onClick={() => change({ page: String(page - 1) })} data-testid="page-previous">
                {d('previous')}
              </button>
              <span data-testid="page-of">{d('pageOf', { page, pages })}</span>
              <button type="button" className="secondary" disabled={page >= pages} onClick={() => change({ page: String(page + 1) })} data-testid="page-next">
                {d('next')}
              </button>
              <label className="inline-field">
                {d('perPage')}
                <select value={size} onChange={(e) => change({ size: e.target.value })} data-testid="page-size">
                  {PAGE_SIZES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            </nav>
            <ExportButtons testId="export-ranking" table={everyRow} />
          </>
        )}
      </Section>

      {data && <BandSection counts={data.bandCounts} period={period} />}
      {data && data.rows.length > 0 && <HeatmapSection input={{ ...input, limit: Math.min(size, 50) }} period={period} />}
      <YearOverYearSection period={period} blocOnly={fixedBloc !== null} />
    </>
  );
}

function rankingColumns(d: DashboardT, bandName: (b: Band) => string, typeLabel: (code: string) => string): ExportColumn<RankedUnit>[] {
  return [
    { header: d('colRank'), value: (r) => r.rank },
    { header: d('colCode'), value: (r) => r.code },
    { header: d('colUnit'), value: (r) => r.name },
    { header: d('colBloc'), value: (r) => r.blocName },
    { header: d('colUnitType'), value: (r) => typeLabel(r.unitType) },
    { header: d('colStatus'), value: (r) => statusText(d, r.status) + (r.status && r.late ? ` (${d('late')})` : '') },
    { header: d('colScore'), value: (r) => r.scoreTotal },
    { header: d('colBand'), value: (r) => (r.band ? bandName(r.band) : null) },
    { header: d('colLastYear'), value: (r) => r.lastYearScore },
    { header: d('colSubmittedAt'), value: (r) => (r.submittedAt ? formatDateTime(r.submittedAt) : null) },
  ];
}

const suffixOf = (period: ReportingPeriod) => `${period.kind === 'YEAR' ? 'nam' : '6-thang'}-${period.year}`;

/** Units per band among the filtered units: a bar chart and its table. */
function BandSection({ counts, period }: { counts: { band: Band; count: number }[]; period: ReportingPeriod }) {
  const { d, lang } = useDashboardLabels();
  const { t } = useLang();
  const rows = BANDS.map((band) => ({ band, name: t(`band_${band}`), count: counts.find((c) => c.band === band)?.count ?? 0 }));
  const option = useMemo(
    () => ({
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: d('colUnits'), type: 'bar', data: rows.map((r) => r.count), label: { show: true, position: 'top' } }],
    }),
    [JSON.stringify(rows), lang],
  );
  const columns: ExportColumn<(typeof rows)[number]>[] = [
    { header: d('colBand'), value: (r) => r.name },
    { header: d('colUnits'), value: (r) => r.count },
  ];
  return (
    <Section title={d('bandTitle')} testId="band-section">
      <Chart option={option} summary={d('bandChart', { counts: rows.map((r) => `${r.name} ${r.count}`).join(', ') })} testId="band-chart" height={240} />
      <TableBox label={d('bandTitle')}>
        <table className="table" data-testid="band-table">
          <thead>
            <tr>
              <th scope="col">{d('colBand')}</th>
              <th scope="col" className="num">
                {d('colUnits')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.band} data-testid={`band-row-${r.band}`}>
                <th scope="row">{r.name}</th>
                <td className="num" data-label={d('colUnits')}>
                  {formatNumber(r.count, lang)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      <ExportButtons testId="export-bands" table={() => ({ fileName: `phan-bo-xep-loai-${suffixOf(period)}`, sheetName: d('bandTitle'), columns, rows })} />
    </Section>
  );
}

/** Units × criteria: each cell the unit's points as a share of the criterion's maximum. */
function HeatmapSection({ input, period }: { input: UnitRankingInput; period: ReportingPeriod }) {
  const { d, lang } = useDashboardLabels();
  const n = useNumber();
  const heatmap = useGraphQuery(CriterionHeatmapDocument, { input }, { staleTime: 0 });
  const data = heatmap.data?.criterionHeatmap;
  const scored = data?.rows.filter((r) => r.scoreTotal != null) ?? [];
  const option = useMemo(() => {
    if (!data) return {};
    const units = [...scored].reverse();
    return {
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: data.criteria.map((c) => c.code), splitArea: { show: true }, axisLabel: { interval: 0, rotate: 45 } },
      yAxis: { type: 'category', data: units.map((r) => r.code), splitArea: { show: true } },
      visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, text: ['100%', '0%'] },
      series: [
        {
          type: 'heatmap',
          data: units.flatMap((r, y) =>
            r.scores.flatMap((points, x) => (points == null ? [] : [[x, y, Math.round((points * 1000) / (data.criteria[x].maxPoints || 1)) / 10]])),
          ),
        },
      ],
    };
  }, [data, lang]);
  const columns: ExportColumn<HeatmapRow>[] = data
    ? [
        { header: d('colCode'), value: (r) => r.code },
        { header: d('colUnit'), value: (r) => r.name },
        { header: d('colScore'), value: (r) => r.scoreTotal },
        ...data.criteria.map((c, i) => ({ header: `${c.code} (${formatNumber(c.maxPoints, lang)})`, value: (r: HeatmapRow) => r.scores[i] ?? null })),
      ]
    : [];
  return (
    <Section title={d('heatmapTitle')} testId="heatmap-section" hint={d('heatmapHint')}>
      {heatmap.error && <ErrorMessage error={heatmap.error} onRetry={() => void heatmap.refetch()} />}
      {data && scored.length === 0 && <p className="hint">{d('heatmapNone')}</p>}
      {data && scored.length > 0 && (
        <>
          <Chart
            option={option}
            summary={d('heatmapChart', { criteria: data.criteria.length, units: scored.length })}
            testId="heatmap-chart"
            height={110 + scored.length * 24}
          />
          <details className="dash-twin">
            <summary>{d('showTable')}</summary>
            <TableBox label={d('heatmapTable')}>
              <table className="table" data-testid="heatmap-table">
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th key={c.header} scope="col">
                        {c.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {scored.map((r) => (
                    <tr key={r.unitId}>
                      <td>{r.code}</td>
                      <td>{r.name}</td>
                      {columns.slice(2).map((c) => (
                        <td key={c.header} className="num" data-label={c.header}>
                          {n(c.value(r) as number | null)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          </details>
          <ExportButtons testId="export-heatmap" table={() => ({ fileName: `diem-tieu-chi-${suffixOf(period)}`, sheetName: d('heatmapTable'), columns, rows: scored })} />
        </>
      )}
    </Section>
  );
}

/** This year's average score and submission rate beside last year's, by bloc (and for the province). */
function YearOverYearSection({ period, blocOnly }: { period: ReportingPeriod; blocOnly: boolean }) {
  const { d, lang } = useDashboardLabels();
  const n = useNumber();
  const province = useGraphQuery(YearOverYearDocument, { periodId: period.id, dimension: RollupDimension.Province }, { enabled: !blocOnly });
  const blocs = useGraphQuery(YearOverYearDocument, { periodId: period.id, dimension: RollupDimension.Bloc });
  const rows: YearRow[] = [...(province.data?.yearOverYear ?? []), ...(blocs.data?.yearOverYear ?? [])];
  const option = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
      yAxis: { type: 'value', max: 100 },
      tooltip: { trigger: 'axis' },
      series: [
        { name: d('seriesThisYear'), type: 'bar', data: rows.map((r) => r.averageScore) },
        { name: d('seriesLastYear'), type: 'bar', data: rows.map((r) => r.lastYearAverageScore) },
      ],
    }),
    [JSON.stringify(rows), lang],
  );
  const columns: ExportColumn<YearRow>[] = [
    { header: d('colGroup'), value: (r) => r.label },
    { header: d('colThisYearAverage'), value: (r) => r.averageScore },
    { header: d('colLastYearAverage'), value: (r) => r.lastYearAverageScore },
    { header: d('colThisYearRate'), value: (r) => r.submissionRate },
    { header: d('colLastYearRate'), value: (r) => r.lastYearSubmissionRate },
  ];
  const error = province.error ?? blocs.error;
  return (
    <Section title={d('yoyTitle')} testId="yoy-section">
      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => {
            if (!blocOnly) void province.refetch();
            void blocs.refetch();
          }}
        />
      )}
      {blocs.data && rows.length === 0 && <p className="hint">{d('yoyNone')}</p>}
      {rows.length > 0 && (
        <>
          <Chart option={option} summary={d('yoyChart', { count: rows.length })} testId="yoy-chart" height={280} />
          <TableBox label={d('yoyTitle')}>
            <table className="table" data-testid="yoy-table">
              <thead>
                <tr>
                  {columns.map((c, i) => (
                    <th key={c.header} scope="col" className={i ? 'num' : undefined}>
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.dimension}.${r.value}`}>
                    <th scope="row">{r.label}</th>
                    {columns.slice(1).map((c) => (
                      <td key={c.header} className="num" data-label={c.header}>
                        {n(c.value(r) as number | null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
          <ExportButtons testId="export-yoy" table={() => ({ fileName: `so-sanh-nam-truoc-${suffixOf(period)}`, sheetName: d('yoyTitle'), columns, rows })} />
        </>
      )}
    </Section>
  );
}

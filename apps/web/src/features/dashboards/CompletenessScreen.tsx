import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PeriodPage } from '../../app/PeriodPage';
import { paths } from '../../app/paths';
import type { OrgUnit } from '../../app/workspaces';
import { CompletenessDocument, DashboardCellsDocument, RollupDimension, type CompletenessQuery, type RollupCellFieldsFragment } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDateTime, formatNumber } from '../../shared/format';
import { PeriodGate } from '../../shared/periods/PeriodGate';
import type { PeriodRef, ReportingPeriod } from '../../shared/periods/period';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';
import { Chart } from './Chart';
import type { ExportColumn } from './export';
import { useDashboardLabels, type DashboardT } from './labels';
import { DashboardNav, ExportButtons, FigureCards, FiguresTable, FreshnessLine, Section, StatusBadge, statusText, useNumber, useUnitTypes } from './parts';

type Cell = RollupCellFieldsFragment;
type UnitRow = CompletenessQuery['completeness'][number];

/** "/tong-quan/<scope>/<year>/<period>/tien-do[/<bloc>]". */
export function CompletenessRoute() {
  const { blocId } = useParams();
  return (
    <PeriodPage screen="overview">
      {(workspace, period) => (
        <CompletenessScreen
          key={workspace.path}
          scope={workspace.orgUnit}
          period={period}
          // A bloc reviewer reads its own bloc's cell and units; the province's cell is the committee's.
          blocReviewer={workspace.role === 'BLOC_REVIEWER'}
          blocId={workspace.role === 'BLOC_REVIEWER' ? workspace.orgUnit.id : (blocId ?? null)}
        />
      )}
    </PeriodPage>
  );
}

/** "Tiến độ nộp báo cáo": the province's figures, completeness and timeliness by bloc, then a bloc's units. */
function CompletenessScreen({ scope, period, blocReviewer, blocId }: { scope: OrgUnit; period: PeriodRef; blocReviewer: boolean; blocId: string | null }) {
  const { d } = useDashboardLabels();
  return (
    <div data-testid="completeness-screen">
      <PeriodGate
        eyebrow={d('eyebrow')}
        title={d(`completenessTitle_${period.kind}`, { year: period.year })}
        hint={scope.name}
        period={period}
        pathOf={(p) => paths.completeness(scope.id, p, blocReviewer ? undefined : (blocId ?? undefined))}
      >
        {(p) => (
          <>
            <DashboardNav scopeId={scope.id} period={p} current="completeness" />
            <Completeness scopeId={scope.id} period={p} blocReviewer={blocReviewer} blocId={blocId} />
          </>
        )}
      </PeriodGate>
    </div>
  );
}

function Completeness({ scopeId, period, blocReviewer, blocId }: { scopeId: string; period: ReportingPeriod; blocReviewer: boolean; blocId: string | null }) {
  const { d } = useDashboardLabels();
  const province = useGraphQuery(DashboardCellsDocument, { periodId: period.id, dimension: RollupDimension.Province }, { staleTime: 0, enabled: !blocReviewer });
  const blocs = useGraphQuery(DashboardCellsDocument, { periodId: period.id, dimension: RollupDimension.Bloc }, { staleTime: 0 });
  const provinceCell = province.data?.rollupCells[0];
  const blocCells = blocs.data?.rollupCells ?? [];
  const bloc = blocId ? blocCells.find((c) => c.value === blocId) : undefined;
  const refresh = () => {
    if (!blocReviewer) void province.refetch();
    void blocs.refetch();
  };
  const error = province.error ?? blocs.error;
  return (
    <>
      <FreshnessLine refreshedAt={(provinceCell ?? blocCells[0])?.refreshedAt} busy={province.isFetching || blocs.isFetching} refresh={refresh} />
      {error && <ErrorMessage error={error} onRetry={refresh} />}
      {blocs.isPending && <p>{d('loading')}</p>}
      {provinceCell && (
        <Section title={d('provinceFigures')} testId="province-figures">
          <CellFigures cell={provinceCell} />
        </Section>
      )}
      {blocReviewer && bloc && (
        <Section title={bloc.label} testId="bloc-figures">
          <CellFigures cell={bloc} />
        </Section>
      )}
      {blocs.data && !blocReviewer && <BlocTable cells={blocCells} scopeId={scopeId} period={period} chosen={blocId} />}
      {/* The committee's when no bloc is chosen (the province, then each bloc); a bloc reviewer's, of its bloc. */}
      {blocReviewer && bloc && <ActivitiesTable cells={[bloc]} period={period} />}
      {!blocReviewer && !blocId && blocs.data && province.data && (
        <ActivitiesTable cells={[...(provinceCell ? [provinceCell] : []), ...blocCells]} period={period} />
      )}
      {(blocId || blocReviewer) && blocs.data && (
        <BlocUnits
          key={blocId}
          scopeId={scopeId}
          period={period}
          blocId={blocId}
          title={bloc ? d('blocUnitsTitle', { bloc: bloc.label }) : d('allUnitsTitle')}
          back={blocReviewer ? null : paths.completeness(scopeId, period)}
        />
      )}
    </>
  );
}

/** A cell's headline figures: expected, submitted, on time, late, approved, returned, average and median. */
function CellFigures({ cell }: { cell: Cell }) {
  const { d, lang } = useDashboardLabels();
  const n = useNumber();
  const count = (value: number) => formatNumber(value, lang);
  const percent = (value: number | null) => (value == null ? d('notAvailable') : `${formatNumber(value, lang, 1)}%`);
  return (
    <FigureCards
      testId="cell-figures"
      figures={[
        { id: 'expected', label: 'fig_expected', value: count(cell.unitsExpected) },
        { id: 'submitted', label: 'fig_submitted', value: count(cell.unitsSubmitted) },
        { id: 'not-submitted', label: 'fig_notSubmitted', value: count(cell.unitsNotSubmitted) },
        { id: 'rate', label: 'fig_rate', value: percent(cell.submissionRate) },
        { id: 'on-time', label: 'fig_onTime', value: count(cell.unitsOnTime) },
        { id: 'late', label: 'fig_late', value: count(cell.unitsLate) },
        { id: 'approved', label: 'fig_approved', value: count(cell.unitsApproved) },
        { id: 'returned', label: 'fig_returned', value: count(cell.unitsReturned) },
        { id: 'average', label: 'fig_average', value: n(cell.averageScore) },
        { id: 'median', label: 'fig_median', value: n(cell.medianScore) },
      ]}
    />
  );
}

export const percentCell = (value: number | null | undefined) => (value == null ? null : Math.round(value * 10) / 10);

function blocColumns(d: DashboardT): ExportColumn<Cell>[] {
  return [
    { header: d('colBloc'), value: (c) => c.label },
    { header: d('colExpected'), value: (c) => c.unitsExpected },
    { header: d('colSubmitted'), value: (c) => c.unitsSubmitted },
    { header: d('colNotSubmitted'), value: (c) => c.unitsNotSubmitted },
    { header: d('colRate'), value: (c) => percentCell(c.submissionRate) },
    { header: d('colOnTime'), value: (c) => c.unitsOnTime },
    { header: d('colLate'), value: (c) => c.unitsLate },
    { header: d('colOnTimeRate'), value: (c) => percentCell(c.onTimeRate) },
    { header: d('colApproved'), value: (c) => c.unitsApproved },
    { header: d('colReturned'), value: (c) => c.unitsReturned },
    { header: d('colAverage'), value: (c) => percentCell(c.averageScore) },
    { header: d('colMedian'), value: (c) => percentCell(c.medianScore) },
  ];
}

const fileSuffix = (period: ReportingPeriod) => `${period.kind === 'YEAR' ? 'nam' : '6-thang'}-${period.year}`;

/** Completeness and timeliness by bloc: a bar chart of the two rates, and its twin table, each bloc a link to its units. */
function BlocTable({ cells, scopeId, period, chosen }: { cells: Cell[]; scopeId: string; period: ReportingPeriod; chosen: string | null }) {
  const { d, lang } = useDashboardLabels();
  const columns = blocColumns(d);
  const option = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: cells.map((c) => c.label), axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
      yAxis: { type: 'value', max: 100 },
      tooltip: { trigger: 'axis' },
      series: [
        { name: d('seriesRate'), type: 'bar', data: cells.map((c) => percentCell(c.submissionRate)) },
        { name: d('seriesOnTime'), type: 'bar', data: cells.map((c) => percentCell(c.onTimeRate)) },
      ],
    }),
    [cells, lang],
  );
  return (
    <Section title={d('byBlocTitle')} testId="bloc-completeness" hint={d('byBlocHint')}>
      {cells.length === 0 ? (
        <p className="hint">{d('noBlocs')}</p>
      ) : (
        <>
          <Chart option={option} summary={d('byBlocChart', { count: cells.length })} testId="bloc-chart" height={Math.max(260, 40 + cells.length * 8)} />
          <FiguresTable
            testId="bloc-table"
            label={d('byBlocTitle')}
            columns={columns}
            rows={cells}
            rowKey={(cell) => cell.value}
            rowTestId={(cell) => `bloc-row-${cell.value}`}
            current={(cell) => cell.value === chosen}
            head={(cell) => (
              <Link to={paths.completeness(scopeId, period, cell.value)} data-testid="bloc-link">
                {cell.label}
              </Link>
            )}
          />
          <ExportButtons testId="export-blocs" table={() => ({ fileName: `tien-do-theo-khoi-${fileSuffix(period)}`, sheetName: d('byBlocTitle'), columns, rows: cells })} />
        </>
      )}
    </Section>
  );
}

function activityColumns(d: DashboardT): ExportColumn<Cell>[] {
  return [
    { header: d('colScope'), value: (c) => (c.dimension === RollupDimension.Province ? d('wholeProvince') : c.label) },
    { header: d('colStaffConference'), value: (c) => percentCell(c.staffConferenceRate) },
    { header: d('colInspectionBoards'), value: (c) => c.inspectionBoards },
    { header: d('colInspectionSessions'), value: (c) => c.inspectionSessions },
    { header: d('colDisclosures'), value: (c) => c.disclosures },
    { header: d('colConsultations'), value: (c) => c.consultations },
    { header: d('colComplaintsReceived'), value: (c) => c.complaintsReceived },
    { header: d('colComplaintsResolved'), value: (c) => c.complaintsResolved },
  ];
}

/**
 * The democracy activities of the period by bloc, the whole province first: the staff conference, the People's
 * Inspection Boards at work and their inspections, disclosures, consultations, complaints received and resolved.
 */
function ActivitiesTable({ cells, period }: { cells: Cell[]; period: ReportingPeriod }) {
  const { d } = useDashboardLabels();
  const columns = activityColumns(d);
  return (
    <Section title={d('activitiesTitle')} testId="bloc-activities" hint={d('activitiesHint')}>
      <FiguresTable
        testId="activities-table"
        label={d('activitiesTitle')}
        columns={columns}
        rows={cells}
        rowKey={(cell) => `${cell.dimension}|${cell.value}`}
        rowTestId={(cell) => `activities-row-${cell.dimension === RollupDimension.Province ? 'province' : cell.value}`}
        head={(cell) => columns[0].value(cell)}
      />
      <ExportButtons testId="export-activities" table={() => ({ fileName: `hoat-dong-theo-khoi-${fileSuffix(period)}`, sheetName: d('activitiesTitle'), columns, rows: cells })} />
    </Section>
  );
}

function unitColumns(d: DashboardT, typeName: (code: string) => string): ExportColumn<UnitRow>[] {
  return [
    { header: d('colCode'), value: (u) => u.code },
    { header: d('colUnit'), value: (u) => u.name },
    { header: d('colBloc'), value: (u) => u.blocName },
    { header: d('colUnitType'), value: (u) => typeName(u.unitType) },
    { header: d('colStatus'), value: (u) => statusText(d, u.status) + (u.status && u.late ? ` (${d('late')})` : '') },
    { header: d('colSubmittedAt'), value: (u) => (u.submittedAt ? formatDateTime(u.submittedAt) : null) },
    { header: d('colOverdue'), value: (u) => u.daysOverdue },
    { header: d('colReminded'), value: (u) => remindedText(u) },
  ];
}

/** The last reminder about a unit: "T+3, 14:05 23/12/2026"; null when none went yet. */
const remindedText = (u: UnitRow): string | null =>
  u.lastReminder && u.lastRemindedAt ? `${u.lastReminder}, ${formatDateTime(u.lastRemindedAt)}` : null;

/** Who has not submitted first, the longest overdue at the top; then the others by code. */
function byOverdue(a: UnitRow, b: UnitRow): number {
  const waiting = (u: UnitRow) => u.status === null || u.status === 'RETURNED';
  if (waiting(a) !== waiting(b)) return waiting(a) ? -1 : 1;
  const overdue = (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1);
  return overdue !== 0 ? overdue : a.code.localeCompare(b.code, 'vi', { numeric: true });
}

/** A bloc's units: status, when submitted, and how many days overdue the ones that have not submitted are. */
function BlocUnits({ scopeId, period, blocId, title, back }: { scopeId: string; period: ReportingPeriod; blocId: string | null; title: string; back: string | null }) {
  const { d } = useDashboardLabels();
  const units = useGraphQuery(CompletenessDocument, { periodId: period.id, blocId }, { staleTime: 0 });
  const [onlyMissing, setOnlyMissing] = useState(false);
  const all = [...(units.data?.completeness ?? [])].sort(byOverdue);
  const missing = all.filter((u) => u.status === null);
  const shown = onlyMissing ? missing : all;
  const { nameOf } = useUnitTypes();
  const columns = unitColumns(d, nameOf);
  return (
    <Section title={title} testId="bloc-units">
      {back && (
        <p className="no-print">
          <Link to={back} data-testid="back-to-blocs">
            {d('backToBlocs')}
          </Link>
        </p>
      )}
      {units.error && <ErrorMessage error={units.error} onRetry={() => void units.refetch()} />}
      {units.data && (
        <>
          <div className="toolbar">
            <p className={missing.length ? 'message warning' : 'message success'} data-testid="not-submitted-count">
              {missing.length ? d('notSubmittedCount', { count: missing.length }) : d('allSubmitted')}
            </p>
            <label className="inline-field no-print">
              <input type="checkbox" checked={onlyMissing} onChange={(e) => setOnlyMissing(e.target.checked)} data-testid="only-not-submitted" />
              {d('onlyNotSubmitted')}
            </label>
          </div>
          {shown.length === 0 ? (
            <p className="hint">{d('noUnits')}</p>
          ) : (
            <TableBox label={title}>
              <table className="table" data-testid="units-table">
                <thead>
                  <tr>
                    {/* The bloc is in the title: its column is in the exported file only. */}
                    {columns
                      .filter((c) => c.header !== d('colBloc'))
                      .map((c) => (
                        <th key={c.header} scope="col" className={c.header === d('colOverdue') ? 'num' : undefined}>
                          {c.header}
                        </th>
                      ))}
                    <th scope="col" className="no-print">
                      {d('colActions')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((u) => (
                    <tr key={u.unitId} data-testid={`completeness-row-${u.code}`} data-submitted={u.status === null ? 'false' : 'true'}>
                      <td className="nowrap" data-label={d('colCode')}>
                        {u.code}
                      </td>
                      <td className="card-title dash-name">{u.name}</td>
                      <td data-label={d('colUnitType')}>{nameOf(u.unitType)}</td>
                      <td data-label={d('colStatus')}>
                        <StatusBadge status={u.status} late={u.late} />
                      </td>
                      <td className="nowrap" data-label={d('colSubmittedAt')}>
                        {u.submittedAt ? formatDateTime(u.submittedAt) : d('notAvailable')}
                      </td>
                      <td className="num nowrap" data-label={d('colOverdue')} data-testid="days-overdue">
                        {u.daysOverdue != null ? d('overdueDays', { count: u.daysOverdue }) : u.status === null ? d('notDueYet') : d('notAvailable')}
                      </td>
                      <td data-label={d('colReminded')} data-testid="last-reminder">
                        {remindedText(u) ?? d('notAvailable')}
                      </td>
                      <td className="no-print nowrap" data-label={d('colActions')}>
                        {u.reportId && (
                          <Link to={paths.reviewReport(scopeId, period, u.unitId)} data-testid="open-report">
                            {d('openReport')}
                          </Link>
                        )}
                        {u.reportId && ' · '}
                        <Link to={paths.standing(scopeId, period, u.unitId)} data-testid="open-standing">
                          {d('openStanding')}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableBox>
          )}
          <ExportButtons
            testId="export-units"
            table={() => ({ fileName: `tien-do-don-vi-${fileSuffix(period)}`, sheetName: title, columns, rows: shown })}
          />
        </>
      )}
    </Section>
  );
}

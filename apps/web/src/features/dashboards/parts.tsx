// What the dashboard screens share: their tabs, the export buttons under every table, the headline figures,
// a table of figures, the line saying how fresh the figures are, and a status badge.
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { UnitTypesDocument, type ReportStatus } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { formatDateTime, formatNumber } from '../../shared/format';
import type { ReportingPeriod } from '../../shared/periods/period';
import { saveBlob } from '../../shared/api/files';
import { TableBox } from '../../shared/ui/TableBox';
import { exportFile, type ExportColumn, type ExportFormat, type ExportTable } from './export';
import { useDashboardLabels, type DashboardLabel } from './labels';
import './dashboards.css';

export type DashboardTab = 'overview' | 'completeness' | 'ranking' | 'provinceReport';

/** The dashboards of a period as tabs: the overview, who has submitted, the ranking, the consolidated report. */
export function DashboardNav({ scopeId, period, current }: { scopeId: string; period: ReportingPeriod; current: DashboardTab | null }) {
  const { d } = useDashboardLabels();
  const tabs: [DashboardTab, string][] = [
    ['overview', paths.overview(scopeId, period)],
    ['completeness', paths.completeness(scopeId, period)],
    ['ranking', paths.ranking(scopeId, period)],
    ['provinceReport', paths.provinceReport(scopeId, period)],
  ];
  return (
    <nav className="tabs no-print" aria-label={d('navLabel')} data-testid="dashboard-nav">
      {tabs.map(([tab, to]) => (
        <Link key={tab} className="tab" to={to} aria-current={tab === current ? 'page' : undefined} data-testid={`dashboard-tab-${tab}`}>
          {d(`nav_${tab}`)}
        </Link>
      ))}
    </nav>
  );
}

/**
 * "Tải CSV" and "Tải Excel (XLSX)" for a table. `table` is asked for on the click (it may fetch every page
 * of the rows first); the workbook's library is fetched then too, never before.
 */
export function ExportButtons<R>({ table, testId }: { table: () => ExportTable<R> | Promise<ExportTable<R>>; testId: string }) {
  const { d } = useDashboardLabels();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(false);
    try {
      const { blob, name } = await exportFile(await table(), format);
      saveBlob(blob, name);
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="export-buttons no-print" role="group" aria-label={d('exportLabel')} data-testid={testId}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" className="secondary" disabled={busy !== null} onClick={() => void run(format)} data-testid={`export-${format}`}>
          {busy === format ? d('exporting') : d(format === 'csv' ? 'exportCsv' : 'exportXlsx')}
        </button>
      ))}
      {failed && (
        <span className="message error" role="alert" data-testid="export-failed">
          {d('exportFailed')}
        </span>
      )}
    </div>
  );
}

export interface Figure {
  id: string;
  label: DashboardLabel;
  value: string;
}

/** The headline figures, large enough to read from across the desk. */
export function FigureCards({ figures, testId }: { figures: Figure[]; testId: string }) {
  const { d } = useDashboardLabels();
  return (
    <div className="figure-cards" data-testid={testId}>
      {figures.map((f) => (
        <div key={f.id} className="figure-card">
          <div className="figure-value" data-testid={`figure-${f.id}`}>
            {f.value}
          </div>
          <div className="figure-label">{d(f.label)}</div>
        </div>
      ))}
    </div>
  );
}

/** A number in the chosen language, "—" when there is none. */
export function useNumber(): (value: number | null | undefined, digits?: number) => string {
  const { d, lang } = useDashboardLabels();
  return (value, digits = 1) => (value == null ? d('notAvailable') : formatNumber(value, lang, digits));
}

/** When the figures were computed, and a button to read them again. */
export function FreshnessLine({ refreshedAt, busy, refresh }: { refreshedAt: string | null | undefined; busy: boolean; refresh: () => void }) {
  const { d } = useDashboardLabels();
  return (
    <div className="toolbar">
      <p className="hint" data-testid="dashboard-refreshed-at">
        {refreshedAt ? d('refreshedAt', { time: formatDateTime(refreshedAt) }) : d('notRefreshed')} {d('backgroundNote')}
      </p>
      <button type="button" className="secondary no-print" onClick={refresh} disabled={busy} data-testid="dashboard-refresh">
        {d('refresh')}
      </button>
    </div>
  );
}

/** A report's status as a badge; none (not submitted) included. */
export function StatusBadge({ status, late }: { status: ReportStatus | null; late?: boolean | null }) {
  const { d } = useDashboardLabels();
  const waiting = status === null || status === 'RETURNED' || status === 'DRAFT';
  const tone = waiting ? 'pending' : late ? 'late' : 'ok';
  return (
    <span className={`badge ${tone}`} data-testid="status-badge">
      {d(`status_${status ?? 'NONE'}`)}
      {!waiting && late ? ` (${d('late')})` : ''}
    </span>
  );
}

/** A card with a heading and, beneath, the export buttons of what it shows. */
export function Section({ title, testId, children, hint }: { title: string; testId: string; children: ReactNode; hint?: string }) {
  return (
    <section className="card" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      {children}
    </section>
  );
}

export const statusText = (d: (k: DashboardLabel) => string, status: ReportStatus | null) => d(`status_${status ?? 'NONE'}`);

/**
 * The province's unit types (its catalogue, read by every screen that names a type): their names in the chosen
 * language by code (the code itself until they arrive, or for a type the catalogue does not know), and those in use.
 */
export function useUnitTypes(): { nameOf: (code: string) => string; active: { code: string; name: string }[] } {
  const { lang } = useDashboardLabels();
  const types = useGraphQuery(UnitTypesDocument, {}, { staleTime: 5 * 60_000 });
  const all = types.data?.unitTypes ?? [];
  const name = (t: (typeof all)[number]) => (lang === 'en' && t.nameEn ? t.nameEn : t.name);
  return {
    nameOf: (code) => {
      const found = all.find((t) => t.code === code);
      return found ? name(found) : code;
    },
    active: all.filter((t) => t.active && t.code !== 'COMMITTEE').map((t) => ({ code: t.code, name: name(t) })),
  };
}

/**
 * A table of figures with the columns it is exported with: the first column names the row (a link, or text),
 * the others are numbers, right-aligned ("—" for none).
 */
export function FiguresTable<T>(props: {
  testId: string;
  label: string;
  columns: ExportColumn<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowTestId: (row: T) => string;
  head: (row: T) => ReactNode;
  current?: (row: T) => boolean;
}) {
  const { d, lang } = useDashboardLabels();
  const { testId, label, columns, rows, rowKey, rowTestId, head, current } = props;
  return (
    <TableBox label={label}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={c.header} scope="col" className={i === 0 ? undefined : 'num'}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId(row)} aria-current={current?.(row) ? 'true' : undefined}>
              <th scope="row" className="card-title dash-name">
                {head(row)}
              </th>
              {columns.slice(1).map((c) => {
                const value = c.value(row);
                return (
                  <td key={c.header} className="num" data-label={c.header}>
                    {value == null ? d('notAvailable') : formatNumber(Number(value), lang, 1)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { BANDS } from '@qcdc/scoring/domain';
import type { ComparisonRowFieldsFragment } from '../../gql/graphql';
import { foldForSearch, formatDateTime, formatNumber } from '../../shared/format';
import { useLang, type T } from '../../shared/i18n';
import { TableBox } from '../../shared/ui/TableBox';

type UnitComparisonRow = ComparisonRowFieldsFragment;

type Column = 'code' | 'name' | 'bloc' | 'status' | 'score' | 'band' | 'submittedAt';

// Sort keys; null sorts last whichever the direction. Status: submitted on time, late, not submitted.
const SORT_KEY: Record<Column, (r: UnitComparisonRow) => string | number | null> = {
  code: (r) => r.code,
  name: (r) => r.name,
  bloc: (r) => r.blocName,
  status: (r) => (r.submitted ? (r.late ? 1 : 0) : 2),
  score: (r) => r.scoreTotal,
  band: (r) => (r.band ? BANDS.indexOf(r.band) : null),
  submittedAt: (r) => r.submittedAt,
};

function compare(a: string | number | null, b: string | number | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'vi', { numeric: true });
}

function statusText(r: UnitComparisonRow, t: T): string {
  if (!r.submitted) return t('notSubmitted');
  return r.late ? t('submittedLate') : t('submitted');
}

/** Every unit side by side: sortable by any column, filtered by what the official types. */
export function UnitComparisonTable({ rows, profilePath }: { rows: UnitComparisonRow[]; profilePath: (unitId: string) => string }) {
  const { lang, t } = useLang();
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'code', ascending: true });

  const needle = foldForSearch(filter.trim());
  const shown = rows
    .filter((r) => !needle || foldForSearch(`${r.code} ${r.name} ${r.blocName ?? ''}`).includes(needle))
    .sort((a, b) => {
      const x = SORT_KEY[sort.column](a);
      const y = SORT_KEY[sort.column](b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sort.ascending ? compare(x, y) : compare(y, x);
    });

  const header = (column: Column, label: string, className?: string) => {
    const active = sort.column === column;
    return (
      <th
        className={className}
        aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
        // Printed instead of the button (styles.css, print): a page's repeated header row shows no buttons.
        data-label={label}
      >
        <button
          type="button"
          className="sort"
          title={t('sortBy', { column: label })}
          onClick={() => setSort({ column, ascending: active ? !sort.ascending : true })}
          data-testid={`sort-${column}`}
        >
          {label} {active ? (sort.ascending ? '▲' : '▼') : ''}
        </button>
      </th>
    );
  };

  return (
    <div>
      <div className="toolbar">
        <label className="inline-field no-print">
          {t('filter')}
          <input
            type="search"
            value={filter}
            placeholder={t('filterHint')}
            onChange={(e) => setFilter(e.target.value)}
            className="filter"
            data-testid="comparison-filter"
          />
        </label>
        <span className="hint">{t('showingUnits', { shown: shown.length, total: rows.length })}</span>
      </div>
      {rows.length === 0 && <p className="hint">{t('noUnits')}</p>}
      {rows.length > 0 && shown.length === 0 && <p className="hint">{t('noUnitsMatch', { text: filter })}</p>}
      {shown.length > 0 && (
        <TableBox label={t('comparisonTitle')}>
          <table className="table sortable" data-testid="comparison-table">
            <thead>
              {/* On a phone the header row is a row of sort buttons, under this label (styles.css). */}
              <tr data-label={t('sortRow')}>
                {header('code', t('colCode'))}
                {header('name', t('colUnitName'))}
                {header('bloc', t('colBloc'))}
                {header('status', t('colStatus'))}
                {header('score', t('colScore'), 'num')}
                {header('band', t('colBand'))}
                {header('submittedAt', t('colSubmittedAt'))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.unitId} data-testid={`unit-row-${r.code}`}>
                  <td className="nowrap" data-label={t('colCode')}>
                    {r.code}
                  </td>
                  <td className="card-title">
                    {r.name}
                    <div className="no-print">
                      <Link to={profilePath(r.unitId)} data-testid={`profile-link-${r.code}`}>
                        {t('screen_profile')}
                      </Link>
                    </div>
                  </td>
                  <td data-label={t('colBloc')}>{r.blocName ?? t('notAvailable')}</td>
                  <td data-label={t('colStatus')}>
                    <span className={`badge ${r.submitted ? (r.late ? 'late' : 'ok') : 'pending'}`}>{statusText(r, t)}</span>
                  </td>
                  <td className="num" data-label={t('colScore')} data-testid="row-score">
                    {r.scoreTotal == null ? t('notAvailable') : formatNumber(r.scoreTotal, lang)}
                  </td>
                  <td className="nowrap" data-label={t('colBand')} data-testid="row-band">
                    {r.band ? t(`band_${r.band}`) : t('notAvailable')}
                  </td>
                  <td className="nowrap" data-label={t('colSubmittedAt')}>
                    {r.submittedAt ? formatDateTime(r.submittedAt) : t('notAvailable')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </div>
  );
}

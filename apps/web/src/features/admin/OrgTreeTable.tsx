import { useState, type CSSProperties } from 'react';
import { foldForSearch, formatDate } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { TableBox } from '../../shared/ui/TableBox';
import { treeRows, type OrgUnit } from './org-tree';
import type { UnitTypes } from './unit-types';

interface Props {
  units: OrgUnit[];
  /** The province's unit types: a reporting unit's is shown by its name. */
  unitTypes: UnitTypes;
  highlight?: string;
}

/** The province's org tree as an indented table: the committee, its blocs, their units. */
export function OrgTreeTable({ units, unitTypes, highlight }: Props) {
  const { t } = useLang();
  const nameOf = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const [filter, setFilter] = useState('');
  const rows = treeRows(units);
  const blocs = units.filter((u) => u.kind === 'BLOC').length;
  const reporting = units.filter((u) => u.kind === 'UNIT').length;
  const needle = foldForSearch(filter.trim());
  const shown = needle ? rows.filter((r) => foldForSearch(`${r.unit.code} ${r.unit.name}`).includes(needle)) : rows;

  return (
    <div>
      {rows.length > 1 && (
        <div className="toolbar">
          <span data-testid="org-tree-count">{t('orgTreeCount', { blocs, units: reporting })}</span>
          <label className="inline-field no-print">
            {t('filter')}
            <input
              type="search"
              value={filter}
              placeholder={t('filterHint')}
              onChange={(e) => setFilter(e.target.value)}
              className="filter"
              data-testid="org-tree-filter"
            />
          </label>
        </div>
      )}
      {rows.length <= 1 && <p className="hint">{t('orgTreeEmpty')}</p>}
      {needle && shown.length === 0 && <p className="hint">{t('noUnitsMatch', { text: filter })}</p>}
      {shown.length > 0 && (
        <TableBox label={t('orgTreeTitle')}>
          <table className="table" data-testid="org-tree">
            <thead>
              <tr>
                <th>{t('colName')}</th>
                <th>{t('colCode')}</th>
                <th>{t('colLevel')}</th>
                <th>{t('colUnitType')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ unit, depth }) => (
                <tr
                  key={unit.id}
                  className={unit.id === highlight ? 'just-added' : undefined}
                  data-testid={`org-row-${unit.code}`}
                  data-depth={depth}
                  // The indent of the unit's name: its depth in the tree (styles.css, .tree-name).
                  style={{ '--depth': depth } as CSSProperties}
                >
                  <td className={depth === 0 ? 'card-title tree-name tree-root' : 'card-title tree-name'}>
                    {depth > 0 && (
                      <span className="tree-branch" aria-hidden="true">
                        └
                      </span>
                    )}
                    {unit.name}
                    {unit.closedOn && (
                      <span className="hint" data-testid={`org-closed-${unit.code}`}>
                        {' '}
                        ({t('closedSince', { date: formatDate(unit.closedOn) })})
                      </span>
                    )}
                    {unit.splitFromId && (
                      <span className="hint" data-testid={`org-split-from-${unit.code}`}>
                        {' '}
                        ({t('splitFrom', { name: nameOf(unit.splitFromId) })})
                      </span>
                    )}
                    {unit.reviewedById && (
                      <span className="hint" data-testid={`org-reviewed-by-${unit.code}`}>
                        {' '}
                        ({t('reviewedBy', { name: nameOf(unit.reviewedById) })})
                      </span>
                    )}
                  </td>
                  <td className="nowrap" data-label={t('colCode')}>
                    {unit.code}
                  </td>
                  <td data-label={t('colLevel')}>{t(`orgKind_${unit.kind}`)}</td>
                  <td data-label={t('colUnitType')} data-testid={`org-type-${unit.code}`}>
                    {unit.kind === 'UNIT' ? unitTypes.labelOf(unit.unitType) : t('notAvailable')}
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

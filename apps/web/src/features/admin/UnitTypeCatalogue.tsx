import { Fragment, useState } from 'react';
import { formatNumber } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';
import { UnitTypeEditForm, UnitTypeForm } from './UnitTypeForms';
import { useUnitTypes, type UnitTypeEntry } from './unit-types';

/**
 * "Loại hình đơn vị": the province's unit types in their order, with how many open units have each and
 * whether new units may be given it; each is edited under its row, and a form beneath adds one.
 */
export function UnitTypeCatalogue() {
  const { t } = useLang();
  const { query, catalogue } = useUnitTypes();
  // The type just added or saved, highlighted in the table.
  const [changed, setChanged] = useState<string>();

  return (
    <>
      <section className="card">
        <h2>{t('unitTypesTitle')}</h2>
        <p className="hint">{t('unitTypesIntro')}</p>
        {query.error && <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
        {query.isPending && <p>{t('loading')}</p>}
        {query.data && <UnitTypeTable types={catalogue} highlight={changed} onSaved={setChanged} />}
      </section>
      <section className="card">
        <h2>{t('unitTypeFormTitle')}</h2>
        <UnitTypeForm onCreated={setChanged} />
      </section>
    </>
  );
}

interface TableProps {
  types: UnitTypeEntry[];
  highlight?: string;
  onSaved: (code: string) => void;
}

function UnitTypeTable({ types, highlight, onSaved }: TableProps) {
  const { t, lang } = useLang();
  // The type whose edit form is open under its row.
  const [editing, setEditing] = useState<string>();
  const [done, setDone] = useState<string>();
  const columns = 6;

  return (
    <>
      {done && (
        <div className="message success" role="status" data-testid="unit-type-saved">
          {done}
        </div>
      )}
      <TableBox label={t('unitTypesTitle')}>
        <table className="table" data-testid="unit-type-table">
          <thead>
            <tr>
              <th>{t('colCode')}</th>
              <th>{t('colUnitTypeName')}</th>
              <th>{t('colUnitTypeNameEn')}</th>
              <th>{t('colOpenUnits')}</th>
              <th>{t('colUnitTypeStatus')}</th>
              <th>{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {types.map((type) => (
              <Fragment key={type.code}>
                <tr className={type.code === highlight ? 'just-added' : undefined} data-testid={`unit-type-row-${type.code}`}>
                  <td className="nowrap" data-label={t('colCode')}>
                    {type.code}
                  </td>
                  <td className="card-title">{type.name}</td>
                  <td data-label={t('colUnitTypeNameEn')} lang="en">
                    {type.nameEn}
                  </td>
                  <td className="nowrap" data-label={t('colOpenUnits')}>
                    {formatNumber(type.openUnits, lang)}
                  </td>
                  <td className="nowrap" data-label={t('colUnitTypeStatus')}>
                    <span className={`badge ${type.active ? 'ok' : 'pending'}`} data-testid="unit-type-status">
                      {t(type.active ? 'unitTypeActive' : 'unitTypeInactive')}
                    </span>
                  </td>
                  <td data-label={t('colActions')}>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => {
                        setEditing(editing === type.code ? undefined : type.code);
                        setDone(undefined);
                      }}
                      aria-expanded={editing === type.code}
                      data-testid="edit-unit-type"
                    >
                      {t('editUnitType')}
                    </button>
                  </td>
                </tr>
                {editing === type.code && (
                  <tr className="confirm-row">
                    <td colSpan={columns}>
                      <UnitTypeEditForm
                        type={type}
                        onSaved={(saved) => {
                          setEditing(undefined);
                          setDone(t('unitTypeSaved', { name: saved.name, code: saved.code }));
                          onSaved(saved.code);
                        }}
                        onCancel={() => setEditing(undefined)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}

import { Fragment, useState } from 'react';
import type { Province, TenantStatus } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { formatDateTime } from '../../shared/format';
import { ApiError, gql } from '../../shared/api/graphql';
import { provinceStatusKey, useLang } from '../../shared/i18n';
import { asApiError } from '../../shared/api/useLoad';

const SUSPEND = `mutation SuspendProvince($id: ID!) { suspendProvince(id: $id) { id status } }`;
const REACTIVATE = `mutation ReactivateProvince($id: ID!) { reactivateProvince(id: $id) { id status } }`;

const BADGE: Record<TenantStatus, string> = { ACTIVE: 'ok', SUSPENDED: 'warn', ARCHIVED: 'pending' };

/** The provinces with their status; suspending or reactivating one goes through a confirmation. */
export function ProvinceTable({ provinces, highlight }: { provinces: Province[]; highlight?: string }) {
  const { t } = useLang();
  // Statuses changed here, over the list as loaded.
  const [changed, setChanged] = useState<Record<string, TenantStatus>>({});
  const [confirming, setConfirming] = useState<Province>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<{ name: string; status: TenantStatus }>();

  const statusOf = (p: Province) => changed[p.id] ?? p.status;

  const ask = (p: Province) => {
    setConfirming(p);
    setError(undefined);
    setDone(undefined);
  };

  async function apply(p: Province) {
    setBusy(true);
    setError(undefined);
    try {
      const suspend = statusOf(p) === 'ACTIVE';
      const data = await gql<{ suspendProvince?: Province; reactivateProvince?: Province }>(
        suspend ? SUSPEND : REACTIVATE,
        { id: p.id },
      );
      const updated = data.suspendProvince ?? data.reactivateProvince;
      if (updated) {
        setChanged((c) => ({ ...c, [updated.id]: updated.status }));
        setDone({ name: p.name, status: updated.status });
      }
      setConfirming(undefined);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {done && (
        <div className="message success" role="status" data-testid="province-status-changed">
          {t('statusChanged', { name: done.name, status: t(provinceStatusKey(done.status)) })}
        </div>
      )}
      <table className="table" data-testid="province-table">
        <thead>
          <tr>
            <th>{t('colProvinceCode')}</th>
            <th>{t('colProvinceName')}</th>
            <th>{t('colProvinceStatus')}</th>
            <th>{t('colCreatedAt')}</th>
            <th>{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((p) => {
            const status = statusOf(p);
            const open = confirming?.id === p.id;
            return (
              <Fragment key={p.id}>
                <tr className={p.id === highlight ? 'just-added' : undefined} data-testid={`province-row-${p.code}`}>
                  <td className="nowrap">{p.code}</td>
                  <td>{p.name}</td>
                  <td className="nowrap">
                    <span className={`badge ${BADGE[status]}`} data-testid="province-status">
                      {t(provinceStatusKey(status))}
                    </span>
                  </td>
                  <td className="nowrap">{formatDateTime(p.createdAt)}</td>
                  <td className="nowrap">
                    {status === 'ACTIVE' && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => ask(p)}
                        disabled={open}
                        data-testid="suspend-province"
                      >
                        {t('suspendProvince')}
                      </button>
                    )}
                    {status === 'SUSPENDED' && (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => ask(p)}
                        disabled={open}
                        data-testid="reactivate-province"
                      >
                        {t('reactivateProvince')}
                      </button>
                    )}
                    {status === 'ARCHIVED' && t('notAvailable')}
                  </td>
                </tr>
                {open && (
                  <tr className="confirm-row">
                    <td colSpan={5}>
                      <div
                        className="confirm"
                        role="alertdialog"
                        aria-labelledby={`confirm-${p.id}`}
                        data-testid="province-confirm"
                      >
                        <p id={`confirm-${p.id}`}>
                          {t(status === 'ACTIVE' ? 'suspendConfirm' : 'reactivateConfirm', { name: p.name })}
                        </p>
                        {error && <ErrorMessage error={error} />}
                        <div className="actions">
                          <button type="button" onClick={() => apply(p)} disabled={busy} data-testid="confirm-status-change">
                            {busy ? t('updatingStatus') : t(status === 'ACTIVE' ? 'confirmSuspend' : 'confirmReactivate')}
                          </button>
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => setConfirming(undefined)}
                            disabled={busy}
                          >
                            {t('cancel')}
                          </button>
                        </div>
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

import { Fragment, useState } from 'react';
import {
  ProvincesDocument,
  ReactivateProvinceDocument,
  SuspendProvinceDocument,
  type ProvinceFieldsFragment,
  type ProvincesQuery,
  type TenantStatus,
} from '../../gql/graphql';
import { queryClient, queryKey, useGraphMutation } from '../../shared/api/query';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { isRetryable } from '../../shared/api/errors';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';

type Province = ProvinceFieldsFragment;

const BADGE: Record<TenantStatus, string> = { ACTIVE: 'ok', SUSPENDED: 'warn', ARCHIVED: 'pending' };

/** The provinces with their status; suspending or reactivating one goes through a confirmation. */
export function ProvinceTable({ provinces, highlight }: { provinces: Province[]; highlight?: string }) {
  const { t } = useLang();
  const [confirming, setConfirming] = useState<Province>();
  const [done, setDone] = useState<{ name: string; status: TenantStatus }>();
  // The province as the server now has it goes straight into the list.
  const changed = (p: Province) => {
    queryClient.setQueryData<ProvincesQuery>(queryKey(ProvincesDocument), (list) =>
      list && { provinces: list.provinces.map((old) => (old.id === p.id ? p : old)) },
    );
    setDone({ name: p.name, status: p.status });
    setConfirming(undefined);
  };
  const suspend = useGraphMutation(SuspendProvinceDocument, { onSuccess: ({ suspendProvince }) => changed(suspendProvince) });
  const reactivate = useGraphMutation(ReactivateProvinceDocument, {
    onSuccess: ({ reactivateProvince }) => changed(reactivateProvince),
  });
  const busy = suspend.isPending || reactivate.isPending;
  const error = suspend.error ?? reactivate.error;

  const ask = (p: Province) => {
    setConfirming(p);
    suspend.reset();
    reactivate.reset();
    setDone(undefined);
  };
  const apply = (p: Province) => (p.status === 'ACTIVE' ? suspend : reactivate).mutate({ id: p.id });

  return (
    <>
      {done && (
        <div className="message success" role="status" data-testid="province-status-changed">
          {t('statusChanged', { name: done.name, status: t(`provinceStatus_${done.status}`) })}
        </div>
      )}
      <TableBox label={t('provincesTitle')}>
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
              const status = p.status;
              const open = confirming?.id === p.id;
              return (
                <Fragment key={p.id}>
                  <tr className={p.id === highlight ? 'just-added' : undefined} data-testid={`province-row-${p.code}`}>
                    <td className="nowrap" data-label={t('colProvinceCode')}>
                      {p.code}
                    </td>
                    <td className="card-title">{p.name}</td>
                    <td className="nowrap" data-label={t('colProvinceStatus')}>
                      <span className={`badge ${BADGE[status]}`} data-testid="province-status">
                        {t(`provinceStatus_${status}`)}
                      </span>
                    </td>
                    <td className="nowrap" data-label={t('colCreatedAt')}>
                      {formatDateTime(p.createdAt)}
                    </td>
                    <td className="nowrap" data-label={t('colActions')}>
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
                          {error && (
                            <ErrorMessage
                              error={error}
                              onRetry={isRetryable(error) ? (suspend.error ? suspend : reactivate).retry : undefined}
                            />
                          )}
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
      </TableBox>
    </>
  );
}

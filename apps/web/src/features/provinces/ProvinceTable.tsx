import { Fragment, useState } from 'react';
import {
  ArchiveProvinceDocument,
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
import { isRetryable, type ApiError } from '../../shared/api/errors';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { TableBox } from '../../shared/ui/TableBox';
import { ProvinceSettingsForm } from './ProvinceSettingsForm';

type Province = ProvinceFieldsFragment;

const BADGE: Record<TenantStatus, string> = { ACTIVE: 'ok', SUSPENDED: 'warn', ARCHIVED: 'pending' };

/** What the platform administrator may do to a province, by its status (the server's statusAfter decides). */
type StatusAction = 'suspend' | 'reactivate' | 'archive';
const ACTIONS: Record<TenantStatus, StatusAction[]> = {
  ACTIVE: ['suspend', 'archive'],
  SUSPENDED: ['reactivate', 'archive'],
  ARCHIVED: ['reactivate'],
};
/** Each action's words: its button, its question, its confirmation. */
const LABELS = {
  suspend: { button: 'suspendProvince', question: 'suspendConfirm', confirm: 'confirmSuspend' },
  reactivate: { button: 'reactivateProvince', question: 'reactivateConfirm', confirm: 'confirmReactivate' },
  archive: { button: 'archiveProvince', question: 'archiveConfirm', confirm: 'confirmArchive' },
} as const;
/** What is open under a province's row: a confirmation of a status change, or its settings. */
type Open = { province: Province; action: StatusAction | 'settings' };

/**
 * The provinces with their status and settings; suspending, archiving or reactivating one goes through a
 * confirmation, and its settings open under its row.
 */
export function ProvinceTable({ provinces, highlight }: { provinces: Province[]; highlight?: string }) {
  const { t } = useLang();
  const [open, setOpen] = useState<Open>();
  const [done, setDone] = useState<string>();
  // The province as the server now has it goes straight into the list.
  const changed = (p: Province, message: string) => {
    queryClient.setQueryData<ProvincesQuery>(queryKey(ProvincesDocument), (list) =>
      list && { provinces: list.provinces.map((old) => (old.id === p.id ? p : old)) },
    );
    setDone(message);
    setOpen(undefined);
  };
  const statusChanged = (p: Province) => changed(p, t('statusChanged', { name: p.name, status: t(`provinceStatus_${p.status}`) }));
  const mutations = {
    suspend: useGraphMutation(SuspendProvinceDocument, { onSuccess: ({ suspendProvince }) => statusChanged(suspendProvince) }),
    reactivate: useGraphMutation(ReactivateProvinceDocument, {
      onSuccess: ({ reactivateProvince }) => statusChanged(reactivateProvince),
    }),
    archive: useGraphMutation(ArchiveProvinceDocument, { onSuccess: ({ archiveProvince }) => statusChanged(archiveProvince) }),
  };
  const busy = Object.values(mutations).some((m) => m.isPending);

  const ask = (province: Province, action: Open['action']) => {
    setOpen({ province, action });
    Object.values(mutations).forEach((m) => m.reset());
    setDone(undefined);
  };

  return (
    <>
      {done && (
        <div className="message success" role="status" data-testid="province-status-changed">
          {done}
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
              const here = open?.province.id === p.id ? open.action : undefined;
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
                    <td data-label={t('colActions')}>
                      <div className="row-actions">
                        {ACTIONS[status].map((action) => (
                          <button
                            key={action}
                            type="button"
                            className="secondary"
                            onClick={() => ask(p, action)}
                            disabled={here === action}
                            data-testid={`${action}-province`}
                          >
                            {t(LABELS[action].button)}
                          </button>
                        ))}
                        <button
                          type="button"
                          className="secondary"
                          onClick={() => (here === 'settings' ? setOpen(undefined) : ask(p, 'settings'))}
                          aria-expanded={here === 'settings'}
                          data-testid="province-settings-button"
                        >
                          {t('provinceSettingsButton')}
                        </button>
                      </div>
                    </td>
                  </tr>
                  {here === 'settings' && (
                    <tr className="confirm-row">
                      <td colSpan={5}>
                        <ProvinceSettingsForm
                          province={p}
                          onSaved={(saved) => changed(saved, t('settingsSaved', { name: saved.name }))}
                          onCancel={() => setOpen(undefined)}
                        />
                      </td>
                    </tr>
                  )}
                  {here && here !== 'settings' && (
                    <StatusConfirmation
                      province={p}
                      action={here}
                      mutation={mutations[here]}
                      busy={busy}
                      onCancel={() => setOpen(undefined)}
                    />
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

interface ConfirmationProps {
  province: Province;
  action: StatusAction;
  mutation: { mutate: (v: { id: string }) => void; error: ApiError | null; retry: () => void };
  busy: boolean;
  onCancel: () => void;
}

/** "Tạm ngừng Tỉnh …?": what the change means for the province's people, then the change or a way back. */
function StatusConfirmation({ province, action, mutation, busy, onCancel }: ConfirmationProps) {
  const { t } = useLang();
  return (
    <tr className="confirm-row">
      <td colSpan={5}>
        <div className="confirm" role="alertdialog" aria-labelledby={`confirm-${province.id}`} data-testid="province-confirm">
          <p id={`confirm-${province.id}`}>{t(LABELS[action].question, { name: province.name })}</p>
          {mutation.error && (
            <ErrorMessage error={mutation.error} onRetry={isRetryable(mutation.error) ? mutation.retry : undefined} />
          )}
          <div className="actions">
            <button
              type="button"
              onClick={() => mutation.mutate({ id: province.id })}
              disabled={busy}
              data-testid="confirm-status-change"
            >
              {busy ? t('updatingStatus') : t(LABELS[action].confirm)}
            </button>
            <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
              {t('cancel')}
            </button>
          </div>
        </div>
      </td>
    </tr>
  );
}

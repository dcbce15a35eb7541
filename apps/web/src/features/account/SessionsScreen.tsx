import { describeDevice } from '@qcdc/tenancy/domain';
import { EndSessionDocument, LogoutEverywhereDocument, MySessionsDocument, type MySessionsQuery } from '../../gql/graphql';
import { useGraphMutation, useGraphQuery } from '../../shared/api/query';
import { endSession, sessionOwner } from '../../shared/api/session';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { forgetCache } from '../../shared/offline/cache';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { PageHeading } from '../../shared/ui/PageHeading';
import { TableBox } from '../../shared/ui/TableBox';

type SessionInfo = MySessionsQuery['mySessions'][number];

/**
 * "Phiên đăng nhập": where the official is signed in (browser, system, address, when), so that a sign-in
 * left open on another office's PC, or a lost phone, can be ended from here; and "sign out everywhere".
 */
export function SessionsRoute() {
  const { t } = useLang();
  const sessions = useGraphQuery(MySessionsDocument, {});
  const end = useGraphMutation(EndSessionDocument, { invalidates: [MySessionsDocument] });
  const everywhere = useGraphMutation(LogoutEverywhereDocument, {
    onSuccess: () => {
      const owner = sessionOwner();
      if (owner) void forgetCache(owner);
      endSession('signed-out');
    },
  });
  const busy = end.isPending || everywhere.isPending;

  return (
    <>
      <PageHeading eyebrow={t('accountEyebrow')} title={t('sessionsTitle')} hint={t('sessionsHint')} />
      <section className="card">
        {sessions.error && <ErrorMessage error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.isPending && <p>{t('loading')}</p>}
        {sessions.data && (
          <TableBox label={t('sessionsTitle')}>
            <table className="table" data-testid="session-table">
              <thead>
                <tr>
                  <th>{t('colDevice')}</th>
                  <th>{t('colAddress')}</th>
                  <th>{t('colSignedInAt')}</th>
                  <th>{t('colLastUsed')}</th>
                  <th>{t('colActions')}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.data.mySessions.map((s) => (
                  <tr key={s.id} data-testid={s.current ? 'session-current' : 'session-other'}>
                    <td className="card-title">
                      <DeviceName session={s} />
                    </td>
                    <td data-label={t('colAddress')}>{s.clientAddress || t('notAvailable')}</td>
                    <td data-label={t('colSignedInAt')}>{formatDateTime(s.startedAt)}</td>
                    <td data-label={t('colLastUsed')}>{formatDateTime(s.renewedAt)}</td>
                    <td data-label={t('colActions')}>
                      {s.current ? (
                        <span className="badge ok">{t('thisSession')}</span>
                      ) : (
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy}
                          onClick={() => end.mutate({ sessionId: s.id })}
                          data-testid="session-end"
                        >
                          {t('endSession')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
        <FormOutcome
          problemTestId="session-problem"
          error={end.error ?? undefined}
          success={end.isSuccess ? t('sessionEnded') : undefined}
          successTestId="session-ended"
        />
      </section>
      <section className="card">
        <h2>{t('logoutEverywhere')}</h2>
        <p className="hint">{t('logoutEverywhereHint')}</p>
        <FormOutcome problemTestId="logout-everywhere-problem" error={everywhere.error ?? undefined} />
        <button type="button" disabled={busy} onClick={() => everywhere.mutate({})} data-testid="logout-everywhere">
          {t('logoutEverywhere')}
        </button>
      </section>
    </>
  );
}

function DeviceName({ session }: { session: SessionInfo }) {
  const { t } = useLang();
  const { browser, system } = describeDevice(session.userAgent);
  const name = browser && system ? t('deviceOn', { browser, system }) : (browser ?? system ?? t('unknownDevice'));
  return <span title={session.userAgent}>{name}</span>;
}

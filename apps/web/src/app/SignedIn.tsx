import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MeDocument } from '../gql/graphql';
import { queryClient, useGraphQuery } from '../shared/api/query';
import { sessionEnd, sessionOwner, useSignedIn } from '../shared/api/session';
import { keepCache, restoreCache } from '../shared/offline/cache';
import { useLang } from '../shared/i18n';
import { startOutbox } from '../shared/offline/outbox';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { OfflineBanner, OutboxStatus } from '../shared/ui/OutboxStatus';
import { MAIN_ID } from '../shared/ui/SkipLink';
import { Header } from './Header';
import { paths } from './paths';
import { ViewerContext } from './viewer';
import { workspacesOf } from './workspaces';

/**
 * The frame of every signed-in screen: without a session it sends the official to sign in (keeping the
 * address to come back to, unless they signed out themselves); with one, it shows the header and the screen.
 */
export function SignedIn() {
  const { t } = useLang();
  const signedIn = useSignedIn();
  const location = useLocation();
  // What this official last saw is put back before anything is fetched, so a reload offline still shows it.
  const [restored, setRestored] = useState(false);
  const me = useGraphQuery(MeDocument, {}, { enabled: signedIn && restored, staleTime: Infinity });
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    let stopKeeping: (() => void) | undefined;
    // A token that cannot be read names nobody: nothing to restore, and the server will renew or end it.
    const owner = sessionOwner();
    void (owner ? restoreCache(queryClient, owner) : Promise.resolve()).then(() => {
      if (!live) return;
      if (owner) stopKeeping = keepCache(queryClient, owner);
      setRestored(true);
    });
    // The outbox of whoever is signed in: what waits is shown and sent from the first screen on.
    const stopOutbox = startOutbox();
    return () => {
      live = false;
      stopKeeping?.();
      stopOutbox();
    };
  }, [signedIn]);

  if (!signedIn) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate replace to={paths.login(sessionEnd() === 'signed-out' ? undefined : here)} />;
  }
  if (!me.data) {
    // Opened without a connection and nothing kept from before: still say what waits to be sent.
    return (
      <>
        <OfflineBanner />
        <main className="page" id={MAIN_ID} tabIndex={-1}>
          <OutboxStatus />
          {me.error ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : t('loading')}
        </main>
      </>
    );
  }
  const viewer = me.data.me;
  const workspaces = workspacesOf(viewer);
  return (
    <ViewerContext.Provider value={{ viewer, workspaces }}>
      <Header />
      <OfflineBanner />
      <main className="page" id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </main>
    </ViewerContext.Provider>
  );
}

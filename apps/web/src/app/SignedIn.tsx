import { Navigate, Outlet, useLocation } from 'react-router';
import { MeDocument } from '../gql/graphql';
import { useGraphQuery } from '../shared/api/query';
import { sessionEnd, useSignedIn } from '../shared/api/session';
import { useLang } from '../shared/i18n';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
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
  const me = useGraphQuery(MeDocument, {}, { enabled: signedIn, staleTime: Infinity });

  if (!signedIn) {
    const here = `${location.pathname}${location.search}`;
    return <Navigate replace to={paths.login(sessionEnd() === 'signed-out' ? undefined : here)} />;
  }
  if (!me.data) {
    return (
      <main className="page" id={MAIN_ID} tabIndex={-1}>
        {me.error ? <ErrorMessage error={me.error} onRetry={() => void me.refetch()} /> : t('loading')}
      </main>
    );
  }
  const viewer = me.data.me;
  const workspaces = workspacesOf(viewer);
  return (
    <ViewerContext.Provider value={{ viewer, workspaces }}>
      <Header />
      <main className="page" id={MAIN_ID} tabIndex={-1}>
        <Outlet />
      </main>
    </ViewerContext.Provider>
  );
}

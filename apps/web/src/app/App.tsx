import { useEffect, useState } from 'react';
import { VIEWER_FIELDS, type Viewer } from '../shared/api/api-types';
import { ErrorMessage } from '../shared/ui/ErrorMessage';
import { ApiError, gql, gqlPublic, onSessionEnded } from '../shared/api/graphql';
import { useLang } from '../shared/i18n';
import { LoginScreen, type LoginResult } from '../features/auth/LoginScreen';
import { ProgressBar } from '../shared/ui/ProgressBar';
import { clearTokens, loadTokens, saveTokens } from '../shared/api/session';
import { asApiError } from '../shared/api/useLoad';
import { WorkspaceScreen } from './WorkspaceScreen';

const ME = `query Me { me { ${VIEWER_FIELDS} } }`;

export function App() {
  const { t } = useLang();
  // undefined while a session kept from before a reload is being checked; null when signed out.
  const [viewer, setViewer] = useState<Viewer | null | undefined>(() => (loadTokens() ? undefined : null));
  const [notice, setNotice] = useState<ApiError>();
  const [restoreError, setRestoreError] = useState<ApiError>();

  useEffect(
    () =>
      onSessionEnded((reason) => {
        setNotice(reason);
        setViewer(null);
      }),
    [],
  );

  const restore = () => {
    setRestoreError(undefined);
    gql<{ me: Viewer }>(ME).then(
      (d) => setViewer(d.me),
      (err: unknown) => {
        const e = asApiError(err);
        // An expired session has already been ended by the client (onSessionEnded above).
        if (e.code !== 'UNAUTHENTICATED') setRestoreError(e);
      },
    );
  };
  // Once, on start: a reload keeps the session of this tab.
  useEffect(() => {
    if (viewer === undefined) restore();
  }, []);

  const loggedIn = (session: LoginResult) => {
    saveTokens(session);
    setNotice(undefined);
    setViewer(session.viewer);
  };
  const logout = () => {
    // Revoke the refresh token on the server too; signing out here must not wait for the network.
    const tokens = loadTokens();
    if (tokens) {
      gqlPublic(`mutation Logout($t: String!) { logout(refreshToken: $t) }`, { t: tokens.refreshToken }).catch(
        () => undefined,
      );
    }
    clearTokens();
    setNotice(undefined);
    setViewer(null);
    window.location.hash = '';
  };

  return (
    <>
      <ProgressBar />
      {viewer === undefined &&
        (restoreError ? (
          <main className="page">
            <ErrorMessage error={restoreError} onRetry={restore} />
          </main>
        ) : (
          <main className="page">{t('loading')}</main>
        ))}
      {viewer === null && <LoginScreen notice={notice} onLoggedIn={loggedIn} />}
      {viewer && <WorkspaceScreen viewer={viewer} onLogout={logout} />}
    </>
  );
}

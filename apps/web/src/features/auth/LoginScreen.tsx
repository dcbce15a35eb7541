import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { paths, safeNext } from '../../app/paths';
import { landingOf, workspacesOf } from '../../app/workspaces';
import { LoginDocument, MeDocument } from '../../gql/graphql';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { queryClient, queryKey, useGraphQuery } from '../../shared/api/query';
import { requestPublic } from '../../shared/api/request';
import { sessionEnd, startSession, useSignedIn } from '../../shared/api/session';
import { useLang } from '../../shared/i18n';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { MAIN_ID } from '../../shared/ui/SkipLink';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { ProvinceChoice, useProvinceChoice } from './ProvinceChoice';
import { LAST_PROVINCE } from './PublicPage';

/**
 * "/dang-nhap": province, username, password. Once signed in, the official goes back to the address they
 * were sent here from (`?tiep=`) if it is theirs, else to their home.
 */
export function LoginScreen() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('tiep'));
  return useSignedIn() ? <Landing next={next} /> : <LoginForm />;
}

/** Signed in: where to now (the viewer is in the cache right after sign-in; after a reload it is fetched). */
function Landing({ next }: { next: string | null }) {
  const me = useGraphQuery(MeDocument, {}, { staleTime: Infinity });
  if (me.error) return <Navigate replace to={paths.home()} />;
  if (!me.data) return null;
  return <Navigate replace to={landingOf(workspacesOf(me.data.me), next)} />;
}

function LoginForm() {
  const { t } = useLang();
  const province = useProvinceChoice();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  // Why the last session ended, when the server ended it.
  const [error, setError] = useState<ApiError | undefined>(() => {
    const end = sessionEnd();
    return end === 'signed-out' ? undefined : end;
  });
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!province.chosen) return setProblem(t('provinceRequired'));
    if (!username.trim() || !password) return setProblem(t('credentialsRequired'));
    setBusy(true);
    try {
      const input = { province: province.code, username: username.trim(), password };
      const { login } = await requestPublic(LoginDocument, { input });
      localStorage.setItem(LAST_PROVINCE, province.value);
      // The screen gives way to the landing (LoginScreen follows the session), which finds who signed in.
      startSession(login.accessToken);
      queryClient.setQueryData(queryKey(MeDocument), { me: login.viewer });
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  }

  return (
    <main className="login" id={MAIN_ID} tabIndex={-1}>
      <div className="login-top">
        <LanguageSwitch />
      </div>
      <h1>{t('appTitle')}</h1>
      <form className="card" onSubmit={submit} data-testid="login-form">
        <h2>{t('loginTitle')}</h2>
        <p className="hint">{t('loginIntro')}</p>
        <ProvinceChoice value={province.value} onChange={province.setValue} testId="login-province" />
        <label className="field">
          {t('username')}
          <input
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            autoComplete="username"
            data-testid="login-username"
          />
        </label>
        <label className="field">
          {t('password')}
          <input
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            data-testid="login-password"
          />
        </label>
        <FormOutcome problem={problem} problemTestId="login-problem" error={error} />
        <SubmitButton busy={busy} label={t('loginButton')} busyLabel={t('loggingIn')} testId="login-submit" />
        <p>
          <Link to={paths.passwordReset()} data-testid="login-forgot">
            {t('forgotPassword')}
          </Link>
        </p>
      </form>
    </main>
  );
}

import { useState, type FormEvent } from 'react';
import { VIEWER_FIELDS, type ProvinceListing, type Viewer } from '../../shared/api/api-types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { ApiError, gqlPublic } from '../../shared/api/graphql';
import { useLang } from '../../shared/i18n';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { asApiError, useLoad } from '../../shared/api/useLoad';

const PROVINCE_DIRECTORY = `query ProvinceDirectory { provinceDirectory { id code name } }`;
const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { accessToken refreshToken viewer { ${VIEWER_FIELDS} } }
}`;

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  viewer: Viewer;
}

// The select's value for platform administrators, who belong to no province.
const PLATFORM = '__platform__';
// The province chosen last time on this PC: an office PC almost always serves one province.
const LAST_PROVINCE = 'qcdc.lastProvince';

export function LoginScreen({ notice, onLoggedIn }: { notice?: ApiError; onLoggedIn: (r: LoginResult) => void }) {
  const { t } = useLang();
  const provinces = useLoad(
    () => gqlPublic<{ provinceDirectory: ProvinceListing[] }>(PROVINCE_DIRECTORY).then((d) => d.provinceDirectory),
    [],
  );
  const [province, setProvince] = useState(() => localStorage.getItem(LAST_PROVINCE) ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string>();
  const [error, setError] = useState<ApiError | undefined>(notice);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!province) return setProblem(t('provinceRequired'));
    if (!username.trim() || !password) return setProblem(t('credentialsRequired'));
    setBusy(true);
    try {
      const input = { province: province === PLATFORM ? null : province, username: username.trim(), password };
      const data = await gqlPublic<{ login: LoginResult }>(LOGIN, { input });
      localStorage.setItem(LAST_PROVINCE, province);
      onLoggedIn(data.login);
    } catch (err) {
      setError(asApiError(err));
      // Not in a `finally` (hence no useSubmit): once signed in, this screen gives way to the workspace.
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <div className="login-top">
        <LanguageSwitch />
      </div>
      <h1>{t('appTitle')}</h1>
      <form className="card" onSubmit={submit} data-testid="login-form">
        <h2>{t('loginTitle')}</h2>
        <p className="hint">{t('loginIntro')}</p>
        {provinces.error && <ErrorMessage error={provinces.error} onRetry={provinces.reload} />}
        <label className="field">
          {t('province')}
          <select value={province} onChange={(e) => setProvince(e.target.value)} data-testid="login-province">
            <option value="">{provinces.loading ? t('loading') : t('chooseProvince')}</option>
            {provinces.data?.map((p) => (
              <option key={p.id} value={p.code}>
                {p.name}
              </option>
            ))}
            <option value={PLATFORM}>{t('platformOption')}</option>
          </select>
        </label>
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
      </form>
    </main>
  );
}

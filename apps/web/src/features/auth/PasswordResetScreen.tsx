import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { assertPasswordAcceptable } from '@qcdc/tenancy/domain';
import { paths } from '../../app/paths';
import { RequestPasswordResetDocument, ResetPasswordDocument } from '../../gql/graphql';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { requestPublic } from '../../shared/api/request';
import { useLang } from '../../shared/i18n';
import { refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { NewPasswordField } from '../../shared/ui/NewPasswordField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { ProvinceChoice, useProvinceChoice } from './ProvinceChoice';
import { PublicPage, rememberProvince } from './PublicPage';

/**
 * "/dat-lai-mat-khau": asking for a reset link (the province and the username or email; the answer is the
 * same whether the account exists); "/dat-lai-mat-khau/<token>", the link of the mail: the new password.
 */
export function PasswordResetScreen() {
  const { token } = useParams();
  return <PublicPage>{token ? <NewPasswordForm token={token} /> : <RequestForm />}</PublicPage>;
}

function RequestForm() {
  const { t } = useLang();
  const province = useProvinceChoice();
  const [login, setLogin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const found = !province.chosen ? t('provinceRequired') : !login.trim() ? t('errResetLoginRequired') : null;
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      await requestPublic(RequestPasswordResetDocument, { input: { province: province.code, login: login.trim() } });
      setSent(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate data-testid="reset-request-form">
      <h2>{t('resetRequestTitle')}</h2>
      <p className="hint">{t('resetRequestIntro')}</p>
      <ProvinceChoice value={province.value} onChange={province.setValue} testId="reset-province" />
      <TextField label={t('resetLogin')} value={login} onChange={setLogin} autoComplete="username" testId="reset-login" />
      <FormOutcome problem={problem} problemTestId="reset-problem" error={error} success={sent ? t('resetRequested') : undefined} successTestId="reset-requested" />
      <SubmitButton busy={busy} label={t('resetRequestButton')} busyLabel={t('sending')} testId="reset-request-submit" />
      <p>
        <Link to={paths.login()}>{t('goToLogin')}</Link>
      </p>
    </form>
  );
}

function NewPasswordForm({ token }: { token: string }) {
  const { t, say } = useLang();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const refusal = refusalOf(() => assertPasswordAcceptable(password));
    const found = refusal ? say(refusal.messages) : password !== again ? t('errPasswordsDiffer') : null;
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      const { resetPassword } = await requestPublic(ResetPasswordDocument, { input: { token, password } });
      if (resetPassword.provinceCode) rememberProvince(resetPassword.provinceCode);
      setDone(resetPassword.username);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate data-testid="reset-form">
      <h2>{t('resetTitle')}</h2>
      {!done && (
        <>
          <p className="hint">{t('resetIntro')}</p>
          <NewPasswordField value={password} onChange={setPassword} refused={error?.field === 'password'} testId="reset-password" />
          <label className="field">
            {t('confirmPassword')}
            <input
              type="password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              autoComplete="new-password"
              data-testid="reset-password-again"
            />
          </label>
        </>
      )}
      <FormOutcome problem={problem} problemTestId="reset-problem" error={error} success={done && t('passwordReset', { username: done })} successTestId="reset-done" />
      {!done && <SubmitButton busy={busy} label={t('resetButton')} busyLabel={t('sending')} testId="reset-submit" />}
      <p>
        <Link to={paths.login()}>{t('goToLogin')}</Link>
      </p>
    </form>
  );
}

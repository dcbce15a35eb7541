import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { assertPasswordAcceptable, normaliseUsername } from '@qcdc/tenancy/domain';
import { paths } from '../../app/paths';
import { AcceptInvitationDocument, InvitationDocument } from '../../gql/graphql';
import { asApiError, type ApiError } from '../../shared/api/errors';
import { useGraphQuery } from '../../shared/api/query';
import { requestPublic } from '../../shared/api/request';
import { formatDateTime } from '../../shared/format';
import { useLang } from '../../shared/i18n';
import { refusalOf } from '../../shared/rules';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { NewPasswordField } from '../../shared/ui/NewPasswordField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { UsernameField } from '../../shared/ui/UsernameField';
import { PublicPage, rememberProvince } from './PublicPage';

/**
 * "/moi/<token>": the link of an invitation mail. Shows who is invited to which province, then the person
 * keeps or changes the proposed username and sets a password; an expired, used or replaced link says so and
 * what to do (ask the administrator to invite again).
 */
export function InvitationScreen() {
  const { t, say } = useLang();
  const { token = '' } = useParams();
  const invitation = useGraphQuery(InvitationDocument, { token }, { public: true, retry: false, staleTime: Infinity });
  const [username, setUsername] = useState<string>();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<string>();

  const preview = invitation.data?.invitation;
  const chosen = username ?? preview?.username ?? '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    const refusal = refusalOf(() => normaliseUsername(chosen)) ?? refusalOf(() => assertPasswordAcceptable(password));
    const found = refusal ? say(refusal.messages) : password !== again ? t('errPasswordsDiffer') : null;
    setProblem(found);
    if (found) return;
    setBusy(true);
    try {
      const { acceptInvitation } = await requestPublic(AcceptInvitationDocument, {
        input: { token, username: normaliseUsername(chosen), password },
      });
      if (acceptInvitation.provinceCode) rememberProvince(acceptInvitation.provinceCode);
      setAccepted(acceptInvitation.username);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <PublicPage>
      <form className="card" onSubmit={submit} noValidate data-testid="invitation-form">
        <h2>{t('invitationTitle')}</h2>
        {invitation.isPending && <p className="hint">{t('loading')}</p>}
        {invitation.error && <ErrorMessage error={invitation.error} onRetry={() => void invitation.refetch()} />}
        {preview && !accepted && (
          <>
            <p data-testid="invitation-greeting">
              {t('invitationGreeting', { name: preview.displayName, province: preview.province.name })}
            </p>
            <p className="hint">{t('invitationExpires', { time: formatDateTime(preview.expiresAt) })}</p>
            <TextField label={t('inviteEmail')} value={preview.email} onChange={() => undefined} readOnly testId="invitation-email" />
            <UsernameField value={chosen} onChange={setUsername} refused={error?.field === 'username'} testId="invitation-username" />
            <NewPasswordField value={password} onChange={setPassword} refused={error?.field === 'password'} testId="invitation-password" />
            <label className="field">
              {t('confirmPassword')}
              <input
                type="password"
                value={again}
                onChange={(e) => setAgain(e.target.value)}
                autoComplete="new-password"
                data-testid="invitation-password-again"
              />
            </label>
          </>
        )}
        <FormOutcome
          problem={problem}
          problemTestId="invitation-problem"
          error={error}
          success={accepted && t('invitationAccepted', { username: accepted })}
          successTestId="invitation-accepted"
        />
        {preview && !accepted && (
          <SubmitButton busy={busy} label={t('acceptButton')} busyLabel={t('accepting')} testId="invitation-submit" />
        )}
        {(accepted || invitation.error) && (
          <p>
            <Link to={paths.login()} data-testid="invitation-to-login">
              {t('goToLogin')}
            </Link>
          </p>
        )}
      </form>
    </PublicPage>
  );
}

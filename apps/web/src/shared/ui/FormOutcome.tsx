import { isRetryable, type ApiError } from '../api/errors';
import { useLang } from '../i18n';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  /** Found before sending; the form was not sent. */
  problem?: string | null;
  problemTestId: string;
  /** The server's refusal, or no answer. */
  error?: ApiError;
  /**
   * Sends the same again (with the same idempotency key), offered when trying again may help; without it,
   * "Thử lại" sends the form it stands in.
   */
  onRetry?: () => void;
  success?: string;
  successTestId?: string;
  /** Not sent yet, for this reason: the entry waits in the outbox and goes out by itself. */
  waiting?: ApiError;
}

/** Under a form, what came of sending it: why it was not sent, the server's refusal, what was done, or that it waits. */
export function FormOutcome({ problem, problemTestId, error, onRetry, success, successTestId, waiting }: Props) {
  const { lang, t } = useLang();
  return (
    <>
      {problem && (
        <div className="message error" role="alert" data-testid={problemTestId}>
          {problem}
        </div>
      )}
      {error && (
        <ErrorMessage
          error={error}
          onRetry={isRetryable(error) ? onRetry : undefined}
          retrySubmits={isRetryable(error) && !onRetry}
        />
      )}
      {success && (
        <div className="message success" role="status" data-testid={successTestId}>
          {success}
        </div>
      )}
      {waiting && (
        <div className="message warning" role="status" data-testid="entry-waiting" data-code={waiting.code}>
          {t('entryWaiting', { reason: lang === 'vi' ? waiting.message : waiting.messageEn })}
        </div>
      )}
    </>
  );
}

import type { ApiError } from '../api/errors';
import { useLang } from '../i18n';

interface Props {
  error: ApiError;
  onRetry?: () => void;
  /** Inside a form: "Thử lại" sends the form again, as it stands. */
  retrySubmits?: boolean;
}

/** The server's own words (in the chosen language), and a way forward when there is one. */
export function ErrorMessage({ error, onRetry, retrySubmits }: Props) {
  const { lang, t } = useLang();
  return (
    <div className="message error" role="alert" data-testid="error-message" data-code={error.code}>
      <span>{lang === 'vi' ? error.message : error.messageEn}</span>
      {(onRetry || retrySubmits) && (
        <button type={onRetry ? 'button' : 'submit'} className="secondary" onClick={onRetry} data-testid="retry">
          {t('retry')}
        </button>
      )}
    </div>
  );
}

import type { ApiError } from '../api/errors';
import { useLang } from '../i18n';

/** The server's own words (in the chosen language), and a way forward when there is one. */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { lang, t } = useLang();
  return (
    <div className="message error" role="alert" data-testid="error-message" data-code={error.code}>
      <span>{lang === 'vi' ? error.message : error.messageEn}</span>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

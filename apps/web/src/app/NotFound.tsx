import { Link } from 'react-router';
import { useLang } from '../shared/i18n';

/** An address that is not a screen, or a screen of a unit that is not the official's. */
export function NotFound() {
  const { t } = useLang();
  return (
    <section className="card" data-testid="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <Link to="/" className="button-link" data-testid="go-home">
        {t('goHome')}
      </Link>
    </section>
  );
}

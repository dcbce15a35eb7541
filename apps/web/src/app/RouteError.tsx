import { useRouteError } from 'react-router';
import { useLang } from '../shared/i18n';
import { MAIN_ID, SkipLink } from '../shared/ui/SkipLink';

/** What went wrong while opening a screen (a part of the app failed to load after an update, a bug). */
export function RouteError() {
  const { t } = useLang();
  const error = useRouteError();
  // It stands in for the whole app (the root route's error element), skip link included.
  return (
    <>
      <SkipLink />
      <main className="page" id={MAIN_ID} tabIndex={-1}>
        <section className="card message error" role="alert" data-testid="route-error">
          <h1>{t('routeErrorTitle')}</h1>
          <p>{t('routeErrorText')}</p>
          <p className="hint">{error instanceof Error ? error.message : String(error)}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </section>
      </main>
    </>
  );
}

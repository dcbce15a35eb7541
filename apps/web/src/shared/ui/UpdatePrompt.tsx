import { useRegisterSW } from 'virtual:pwa-register/react';
import { useLang } from '../i18n';

/**
 * Registers the service worker that keeps the app's shell for offline use (after the page has loaded, so it
 * never slows the first screen), and offers a new version once one has been downloaded. The new version is
 * loaded only when the official presses the button: never in the middle of typing.
 */
export function UpdatePrompt() {
  const { t } = useLang();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="message info banner" role="status" data-testid="update-ready">
      <span>{t('updateReady')}</span>
      <button type="button" className="secondary" onClick={() => void updateServiceWorker(true)}>
        {t('updateNow')}
      </button>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { whenNoRequests } from '../api/progress';
import { useLang } from '../i18n';

/**
 * The service worker that keeps the app's shell for offline use. It downloads every file of the app, which
 * on a slow line takes a while: so it is registered only once the page has loaded and the first screen's own
 * requests are answered, never competing with them.
 */
export function ServiceWorker() {
  const [quiet, setQuiet] = useState(false);
  useEffect(() => {
    let live = true;
    // After the next frame and task: by then the first screen has rendered and asked for its data.
    const start = () =>
      requestAnimationFrame(() =>
        setTimeout(() => void whenNoRequests().then(() => live && setQuiet(true)), 0),
      );
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      live = false;
      window.removeEventListener('load', start);
    };
  }, []);
  return quiet ? <UpdatePrompt /> : null;
}

/**
 * Registers the service worker, and offers a new version once one has been downloaded. The new version is
 * loaded only when the official presses the button: never in the middle of typing.
 */
function UpdatePrompt() {
  const { t } = useLang();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
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

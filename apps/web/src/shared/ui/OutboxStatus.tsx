import { useSyncExternalStore } from 'react';
import { formatDateTime } from '../format';
import { useLang } from '../i18n';
import { discard, flush, useOutbox } from '../offline/outbox';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser believes it has a network; re-renders when that changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/** Said once, at the top of every signed-in screen, while the network is gone. */
export function OfflineBanner() {
  const { t } = useLang();
  if (useOnline()) return null;
  return (
    <div className="message warning banner" role="status" data-testid="offline-banner">
      {t('offlineBanner')}
    </div>
  );
}

/**
 * "N thay đổi chờ gửi": the signed-in official's outbox, opened to list each entry with its state (waiting,
 * or refused with the server's reason), to send now, and to set aside a refused one. Nothing when empty.
 */
export function OutboxStatus() {
  const { t, lang } = useLang();
  const entries = useOutbox();
  if (entries.length === 0) return null;
  const refused = entries.filter((e) => e.refusal).length;
  const waiting = entries.length - refused;
  return (
    <details className="outbox" data-testid="outbox">
      <summary data-testid="outbox-summary" aria-live="polite">
        {waiting > 0 && <span data-testid="outbox-pending">{t('outboxPending', { count: waiting })}</span>}
        {waiting > 0 && refused > 0 && ' · '}
        {refused > 0 && (
          <span className="refused" data-testid="outbox-refused">
            {t('outboxRefused', { count: refused })}
          </span>
        )}
      </summary>
      <div className="outbox-panel">
        <h2 className="outbox-title">{t('outboxTitle')}</h2>
        <p className="hint">{t('outboxIntro')}</p>
        <ol className="outbox-list">
          {entries.map((e) => (
            <li key={e.id} data-testid="outbox-entry" data-state={e.refusal ? 'refused' : 'waiting'}>
              <div>{lang === 'vi' ? e.summary.vi : e.summary.en}</div>
              <div className="hint">{t('outboxMadeAt', { time: formatDateTime(e.madeAt) })}</div>
              {e.refusal ? (
                <div className="message error" data-code={e.refusal.code}>
                  {t('outboxStateRefused', { reason: lang === 'vi' ? e.refusal.message : e.refusal.messageEn })}
                  <div className="hint">{t('outboxRefusedHint')}</div>
                  <button type="button" className="secondary" onClick={() => void discard(e.id as number)} data-testid="outbox-discard">
                    {t('outboxDiscard')}
                  </button>
                </div>
              ) : (
                <div className="hint">{t('outboxStateWaiting')}</div>
              )}
            </li>
          ))}
        </ol>
        {waiting > 0 && (
          <button type="button" onClick={() => void flush()} data-testid="outbox-send-now">
            {t('outboxSendNow')}
          </button>
        )}
      </div>
    </details>
  );
}

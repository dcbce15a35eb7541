import { useSyncExternalStore } from 'react';
import { isProgressVisible, subscribeProgress } from '../api/progress';
import { useLang } from '../i18n';

/** A thin bar across the top while a request takes longer than a moment; named ("Đang tải…") for screen readers. */
export function ProgressBar() {
  const { t } = useLang();
  const visible = useSyncExternalStore(subscribeProgress, isProgressVisible);
  return visible ? <div className="progress-bar" role="progressbar" aria-busy="true" aria-label={t('loading')} data-testid="progress-bar" /> : null;
}

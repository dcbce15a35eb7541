import { useSyncExternalStore } from 'react';
import { isProgressVisible, subscribeProgress } from '../api/progress';

/** A thin bar across the top while a request takes longer than a moment. */
export function ProgressBar() {
  const visible = useSyncExternalStore(subscribeProgress, isProgressVisible);
  return visible ? <div className="progress-bar" role="progressbar" aria-busy="true" data-testid="progress-bar" /> : null;
}

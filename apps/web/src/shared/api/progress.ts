// Counts requests in flight, for the thin progress bar at the top. The bar appears only once a request
// has been running for SHOW_AFTER_MS, so quick answers do not make the page flicker.
const SHOW_AFTER_MS = 300;

let pending = 0;
let visible = false;
let idleWaiters: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function setVisible(next: boolean): void {
  if (visible === next) return;
  visible = next;
  listeners.forEach((l) => l());
}

export function requestStarted(): void {
  pending += 1;
  if (pending === 1) timer = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
}

export function requestFinished(): void {
  pending = Math.max(0, pending - 1);
  if (pending === 0) {
    clearTimeout(timer);
    setVisible(false);
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((w) => w());
  }
}

/** Resolves once no request is in flight (at once if none is): for work that must not slow the screen's own. */
export function whenNoRequests(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isProgressVisible = (): boolean => visible;

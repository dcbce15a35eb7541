import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
};
const read = () => window.location.hash.replace(/^#\/?/, '');

/** The location hash without "#/", and a way to change it (the browser's Back button still works). */
export function useHash(): [string, (next: string) => void] {
  const hash = useSyncExternalStore(subscribe, read);
  return [hash, (next) => (window.location.hash = `/${next}`)];
}

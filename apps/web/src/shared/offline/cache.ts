// The server's last answers, kept on the device for the signed-in official: opened again without a
// connection, the app shows what it last saw (and says it cannot reach the server) instead of an empty page,
// and the forms that work offline can be filled. Filed under the official; forgotten at sign-out and after
// a day.
import { dehydrate, hydrate, type QueryClient } from '@tanstack/react-query';
import { now } from '../clock';
import { database } from './store';

const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const SAVE_EVERY_MS = 250;
/**
 * The build, named by its entry script: its file name carries a hash of the whole build (it names every chunk
 * it loads), so a new version never reads answers shaped for an old one.
 */
const BUILD = document.querySelector('script[type=module][src]')?.getAttribute('src') ?? 'unknown';

/** Puts back what the official's last session kept, if it is recent and of this build, to be fetched again. */
export async function restoreCache(client: QueryClient, owner: string): Promise<void> {
  try {
    const saved = await (await database()).get('cache', owner);
    if (!saved || saved.build !== BUILD || now().getTime() - saved.savedAt >= MAX_AGE_MS) return;
    hydrate(client, saved.state);
    // Shown at once, but fetched again as each screen opens: the device may have kept an answer older than
    // the last save (a reload right after saving). Without a connection the kept answer is all there is.
    if (navigator.onLine) await client.invalidateQueries({ refetchType: 'none' });
  } catch {
    // Nothing kept, or no IndexedDB: the app fetches as usual.
  }
}

/** Keeps the cache of `owner` up to date (at most four times a second) until the returned stop is called. */
export function keepCache(client: QueryClient, owner: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    void database()
      .then((db) => db.put('cache', { owner, build: BUILD, savedAt: now().getTime(), state: dehydrate(client) }))
      .catch(() => undefined);
  };
  const unsubscribe = client.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.action.type === 'success' && !timer) timer = setTimeout(save, SAVE_EVERY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

/** Forgets the official's kept answers: at sign-out, so the next person at this PC finds none of them. */
export async function forgetCache(owner: string): Promise<void> {
  await (await database()).delete('cache', owner).catch(() => undefined);
}

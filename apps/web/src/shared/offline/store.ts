// What this device keeps for the official between visits, in IndexedDB (database "qcdc"): form drafts, the
// outbox of entries waiting to be sent, and the last answers of the server (so a reload without a connection
// still shows the screens). Both are filed under their owner (province/user), so two
// officials sharing an office PC never see or send each other's.
import type { DehydratedState } from '@tanstack/react-query';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Attempt, OutboxEntry } from './outbox-entry';

export type { Attempt };

/** A form's unsaved input, and the idempotency key of its last attempt at being sent. */
export interface StoredDraft {
  /** "<owner>|<form key>" */
  id: string;
  value: unknown;
  attempt?: Attempt;
}

/** The query cache of one official's session, as last seen. */
export interface StoredCache {
  owner: string;
  /** The app's build: a cache from another build may not fit its screens. */
  build: string;
  savedAt: number;
  state: DehydratedState;
}

interface QcdcDb extends DBSchema {
  cache: { key: string; value: StoredCache };
  drafts: { key: string; value: StoredDraft };
  outbox: { key: number; value: OutboxEntry; indexes: { owner: string } };
}

let opened: Promise<IDBPDatabase<QcdcDb>> | undefined;

export function database(): Promise<IDBPDatabase<QcdcDb>> {
  opened ??= openDB<QcdcDb>('qcdc', 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' });
      db.createObjectStore('cache', { keyPath: 'owner' });
      // The auto-increment key is the order in which entries were made, and so the order they are sent in.
      db.createObjectStore('outbox', { keyPath: 'id', autoIncrement: true }).createIndex('owner', 'owner');
    },
  });
  return opened;
}

import { useState } from 'react';

const PREFIX = 'qcdc.draft.';

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

/**
 * A form's unsaved input, kept in localStorage under `key` so that a closed tab, a crash or a lost
 * connection does not lose what an official typed. `clear` forgets it (after a successful save).
 * The key is read once: give the component a React `key` per unit and period.
 */
export function useDraft<T>(key: string, initial: () => T) {
  const [saved] = useState(() => read<T>(key));
  const [value, setValue] = useState<T>(() => saved ?? initial());
  const [hasDraft, setHasDraft] = useState(saved !== undefined);

  const update = (next: T) => {
    setValue(next);
    setHasDraft(true);
    localStorage.setItem(PREFIX + key, JSON.stringify(next));
  };
  const clear = (reset: T) => {
    localStorage.removeItem(PREFIX + key);
    setValue(reset);
    setHasDraft(false);
  };
  return { value, update, clear, hasDraft };
}

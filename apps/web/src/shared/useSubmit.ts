import { useState } from 'react';
import type { ApiError } from './api/graphql';
import { asApiError } from './api/useLoad';

/**
 * Sending something to the server: `busy` while it runs, and its refusal kept in `error` to show it (and to
 * mark the field it names). `send` resolves to whether the work went through.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const clearError = () => setError(undefined);
  async function send(work: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      return true;
    } catch (err) {
      setError(asApiError(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, clearError, send };
}

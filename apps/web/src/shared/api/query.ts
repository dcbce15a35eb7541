// Server state lives in one TanStack Query cache. A query's key is its operation's name and variables, so a
// mutation names the operations whose answers it changes and they are fetched again. Every mutation is sent
// with an idempotency key, the same for every attempt at the same variables, so "Thử lại" after a timeout
// never records twice.
import {
  QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useRef } from 'react';
import type { TypedDocumentString } from '../../gql/graphql';
import { attemptFor, newIdempotencyKey } from '../offline/outbox-entry';
import type { Attempt } from '../offline/store';
import { asApiError, type ApiError } from './errors';
import { send } from './request';
import { sessionOwner, subscribeSession } from './session';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document, whatever its types
type AnyDocument = TypedDocumentString<any, any>;

/** "Activities" for `query Activities(...) {...}`: the first operation of the document. */
export function operationName(document: AnyDocument): string {
  const name = /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
  if (!name) throw new Error('a document without a named operation');
  return name;
}

export function queryKey<V>(document: TypedDocumentString<unknown, V>, variables?: V): readonly unknown[] {
  return [operationName(document), variables ?? {}];
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Errors are shown with a "Thử lại" button; a refusal (FORBIDDEN, NOT_FOUND...) would only repeat.
      retry: false,
      staleTime: 30_000,
      // Without a network a request fails at once and says so (with "Thử lại"), rather than waiting
      // silently, paused, for a connection; queries in error are fetched again when it comes back.
      networkMode: 'always',
    },
    mutations: { networkMode: 'always' },
  },
});

// When the session ends (sign-out, or the server ended it) or another person's takes its place, nothing of it
// stays in memory.
let shownFor = sessionOwner();
subscribeSession(() => {
  if (sessionOwner() !== shownFor) queryClient.clear();
  shownFor = sessionOwner();
});

interface GraphQueryOptions<R> extends Omit<UseQueryOptions<R>, 'queryKey' | 'queryFn'> {
  /** A public operation (no token): the province list on the sign-in screen. */
  public?: boolean;
}

/** The answer to a query document, from the cache or the server. */
export function useGraphQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: GraphQueryOptions<R> = {}) {
  const { public: isPublic, ...rest } = options;
  return useQuery<R>({
    queryKey: queryKey(document, variables),
    queryFn: () =>
      send(document as TypedDocumentString<R, never>, variables, !isPublic).catch((err: unknown) => {
        throw asApiError(err);
      }),
    ...rest,
  });
}

interface GraphMutationOptions<R, V> extends Omit<UseMutationOptions<R, ApiError, V>, 'mutationFn'> {
  /** The queries whose answers this mutation changes: fetched again after it succeeds. */
  invalidates?: AnyDocument[];
}

/** A mutation document, ready to send; on success the queries it `invalidates` are fetched again. */
export function useGraphMutation<R, V>(document: TypedDocumentString<R, V>, options: GraphMutationOptions<R, V> = {}) {
  const client = useQueryClient();
  const { invalidates = [], onSuccess, onError, ...rest } = options;
  // The key of the last attempt: sending the same variables again (a retry) reuses it.
  const attempt = useRef<Attempt | undefined>(undefined);
  const mutation = useMutation<R, ApiError, V>({
    mutationFn: (variables) => {
      attempt.current = attemptFor(attempt.current, variables, newIdempotencyKey);
      return send(document as TypedDocumentString<R, never>, variables, true, {
        idempotencyKey: attempt.current.idempotencyKey,
      }).catch((err: unknown) => {
        throw asApiError(err);
      });
    },
    onError: (error, ...more) => {
      // The server knows the key for another change: the next attempt, whatever it sends, gets a new one.
      if (error.code === 'IDEMPOTENCY_KEY_REUSED') attempt.current = undefined;
      return onError?.(error, ...more);
    },
    onSuccess: async (...args) => {
      // Done: the same variables sent later are a new entry (a second briefing on the same day).
      attempt.current = undefined;
      await onSuccess?.(...args);
      // Awaited: the mutation counts as busy until what it changed has been read again.
      await Promise.all(invalidates.map((d) => client.invalidateQueries({ queryKey: [operationName(d)] })));
    },
    ...rest,
  });
  /** Sends the last variables again, with the same key: for "Thử lại" after no answer. */
  const retry = () => {
    if (mutation.variables !== undefined) mutation.mutate(mutation.variables);
  };
  return { ...mutation, retry };
}

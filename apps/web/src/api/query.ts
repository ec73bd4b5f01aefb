import { keepPreviousData, QueryClient, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * The web's fetch cache (TanStack Query). Answers are kept per query key, shown at once when a
 * screen comes back and refreshed behind it; a request for a key that is no longer wanted is
 * aborted (the api client passes the signal to fetch). Errors are not retried: the api answers
 * with a problem the screen shows, and a 401 is already refreshed once by the api client.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

interface RequestState<T> {
  data: T | undefined;
  error: unknown;
  /** A request for this key is under way (the first or a refresh). */
  loading: boolean;
  reload: () => void;
  setData: (d: T | ((prev: T | undefined) => T)) => void;
}

/**
 * A GET through the cache, under `key`; pass `null` as fn to skip it. While the key changes,
 * the previous key's answer stays on screen until the new one arrives.
 */
export function useApi<T>(key: QueryKey, fn: ((signal: AbortSignal) => Promise<T>) | null): RequestState<T> {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => (fn as (signal: AbortSignal) => Promise<T>)(signal),
    enabled: fn !== null,
    placeholderData: keepPreviousData,
  });
  return {
    data: query.data,
    error: query.error ?? undefined,
    loading: query.isFetching,
    reload: () => void query.refetch(),
    setData: (d) => client.setQueryData<T>(key, d as T | ((prev: T | undefined) => T)),
  };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type RequestOptions } from './client';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Fetches again, keeping the current data visible until the new answer arrives. */
  reload: () => void;
  /** Replaces the data locally, e.g. with the body a successful save returned. */
  setData: (data: T) => void;
}

/**
 * GETs `path` and refetches when it, the query or the UI language changes (answers carry
 * translated text). Pass null to wait, e.g. until a parameter is known.
 */
export function useApi<T>(path: string | null, opts?: Pick<RequestOptions, 'query' | 'parse'>): ApiState<T> {
  const { i18n } = useTranslation();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);
  // Callers usually pass a fresh object each render; refetch only when its content changes.
  const latest = useRef(opts);
  latest.current = opts;
  const queryKey = JSON.stringify(opts?.query ?? null);
  const language = i18n.language;

  // biome-ignore lint/correctness/useExhaustiveDependencies: queryKey stands for opts.query; language and generation trigger refetches.
  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    api
      .get<T>(path, { signal: controller.signal, query: latest.current?.query, parse: latest.current?.parse })
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'internal', String(caught)));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, queryKey, language, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}

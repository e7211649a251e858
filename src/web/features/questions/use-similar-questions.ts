import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { SimilarQuestion } from './question-types';

const DELAY_MS = 350;

/**
 * Earlier answered questions like `text`, fetched once typing pauses; a newer text
 * cancels the older request so suggestions never arrive out of order.
 */
export function useSimilarQuestions(networkId: string, text: string): SimilarQuestion[] | null {
  const [found, setFound] = useState<SimilarQuestion[] | null>(null);
  const query = text.trim();
  useEffect(() => {
    if (!networkId || query.length < 3) {
      setFound(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api
        .get<{ suggestions: SimilarQuestion[] }>(
          `/api/networks/${encodeURIComponent(networkId)}/questions/similar`,
          {
            query: { q: query },
            signal: controller.signal,
          },
        )
        .then((res) => setFound(res.suggestions))
        .catch(() => {
          // Suggestions are a help, not a requirement: a failed lookup leaves the form usable.
        });
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [networkId, query]);
  return found;
}

import { z } from '@hono/zod-openapi';
import { searchDocumentKinds } from '../../db/schema/search';

export const SEARCH_PAGE_SIZE = 20;
/** Hits counted and ranked per search; more than this and the user is asked to narrow it. */
export const SEARCH_HIT_CAP = 300;
export const SEARCH_MAX_PAGE = SEARCH_HIT_CAP / SEARCH_PAGE_SIZE;

const day = z.iso.date().openapi({ example: '2026-03-23', description: 'Dag i Europe/Stockholm' });

export const searchQuery = z
  .object({
    q: z.string().trim().min(2).max(200).openapi({ example: 'barnomsorg', description: 'Sökord' }),
    network: z.string().uuid().optional().openapi({ description: 'Bara detta nätverk' }),
    from: day.optional(),
    to: day.optional(),
    kind: z.enum(searchDocumentKinds).optional().openapi({ description: 'Bara denna typ' }),
    page: z.coerce.number().int().min(1).max(SEARCH_MAX_PAGE).default(1),
  })
  .openapi('SearchQuery');
export type SearchQuery = z.infer<typeof searchQuery>;

const segment = z
  .object({ text: z.string(), highlighted: z.boolean() })
  .openapi('SearchSegment', { description: 'En bit text; markerade bitar matchar sökningen' });

export const searchHit = z
  .object({
    kind: z.enum(searchDocumentKinds),
    entityId: z.string().uuid(),
    networkId: z.string().uuid(),
    networkName: z.string(),
    occurredAt: z.string(),
    url: z.string().openapi({ description: 'Sökväg i webbappen' }),
    title: z.array(segment),
    snippet: z.array(segment),
    score: z.number(),
  })
  .openapi('SearchHit');

export const searchResponse = z
  .object({
    query: z.string(),
    total: z
      .number()
      .int()
      .openapi({ description: `Antal träffar, högst ${SEARCH_HIT_CAP}` }),
    totalCapped: z.boolean().openapi({ description: 'Fler träffar finns än de som räknats' }),
    page: z.number().int(),
    pageSize: z.number().int(),
    pages: z.number().int(),
    hits: z.array(searchHit),
  })
  .openapi('SearchResult');
export type SearchResponse = z.infer<typeof searchResponse>;

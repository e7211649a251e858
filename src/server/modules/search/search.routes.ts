import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { searchQuery, searchResponse } from './search.schemas';
import { search } from './search.service';

const searchRoute = createRoute({
  method: 'get',
  path: '/search',
  tags: ['Sök'],
  summary: 'Sök i protokoll, dagordningar, beslut, frågor och svar, utskick och remisser',
  description:
    'Fulltext med svensk ordstamning ("barnomsorg" hittar "barnomsorgen"), och när den ger få träffar även ' +
    'liknande stavning (namn, ukrainska och ryska ord). Bara nätverk där den inloggade organisationen är ' +
    'medlem. Träffar rangordnas; markerade textbitar kommer som segment, inte HTML.',
  request: { query: searchQuery },
  responses: { 200: jsonContent(searchResponse, 'Träffar'), ...errorResponses(400, 401, 404) },
});

export const searchRoutes = createRouter().openapi(searchRoute, async (c) =>
  c.json(await search(ctxOf(c), c.req.valid('query')), 200),
);

import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { feedCreated, feedFileParam, feedList, feedScopeBody } from './calendar.schemas';
import { createOrRotateFeed, deleteFeed, listFeeds, renderFeed } from './feeds.service';

const tags = ['Kalender'];

const feedRoute = createRoute({
  method: 'get',
  path: '/calendar/feeds/{file}',
  tags,
  summary: 'Prenumerera: iCalendar-flöde (RFC 5545) för en användare eller ett nätverk',
  description:
    'Den hemliga token i adressen är behörigheten (ingen kaka eller nyckel behövs), så att Outlook och andra kalendrar kan prenumerera. ' +
    'Innehåller VTIMEZONE Europe/Stockholm, stabila UID, SEQUENCE som höjs vid ändringar och inställda händelser med STATUS:CANCELLED. ' +
    'Ett halvår bakåt och två år framåt. Stöder If-None-Match (304). Okänd eller bytt token ger 404.',
  request: { params: feedFileParam },
  responses: {
    200: {
      description: 'Kalendern',
      content: { 'text/calendar': { schema: z.string().openapi({ example: 'BEGIN:VCALENDAR\r\n…' }) } },
    },
    304: { description: 'Oförändrad sedan förra hämtningen (ETag)' },
    ...errorResponses(400, 404),
  },
});
const listRoute = createRoute({
  method: 'get',
  path: '/calendar/feeds',
  tags,
  summary: 'Mina kalenderflöden (utan de hemliga adresserna)',
  responses: { 200: jsonContent(feedList, 'Flödena'), ...errorResponses(401) },
});
const createFeedRoute = createRoute({
  method: 'post',
  path: '/calendar/feeds',
  tags,
  summary: 'Skapa eller byt adress för mitt flöde (alla mina nätverk när networkId är null)',
  description: 'Adressen visas bara i svaret. Byter man adress slutar den gamla att fungera direkt.',
  request: { body: jsonContent(feedScopeBody) },
  responses: { 201: jsonContent(feedCreated, 'Flödets adress'), ...errorResponses(400, 401, 404) },
});
const deleteFeedRoute = createRoute({
  method: 'delete',
  path: '/calendar/feeds',
  tags,
  summary: 'Sluta dela ett flöde (adressen slutar fungera)',
  request: { query: z.object({ networkId: z.string().uuid().optional() }) },
  responses: { 204: { description: 'Borttaget' }, ...errorResponses(400, 401, 404) },
});

export const feedRoutes = createRouter()
  .openapi(feedRoute, async (c) => {
    const deps = c.get('deps');
    const feed = await renderFeed(deps.database.db, c.req.valid('param').file, {
      now: deps.now ? deps.now() : new Date(),
      publicUrl: deps.config.publicUrl,
    });
    // The URL is a secret: no shared caches, and clients revalidate with the ETag.
    const headers = {
      'Cache-Control': 'private, max-age=300',
      ETag: feed.etag,
      'X-Robots-Tag': 'noindex',
    };
    if (c.req.header('if-none-match') === feed.etag) return c.body(null, 304, headers);
    return c.body(feed.body, 200, {
      ...headers,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="samla.ics"',
    });
  })
  .openapi(listRoute, async (c) => c.json(await listFeeds(ctxOf(c)), 200))
  .openapi(createFeedRoute, async (c) => {
    const { networkId } = c.req.valid('json');
    return c.json(await createOrRotateFeed(ctxOf(c), networkId, c.get('deps').config.publicUrl), 201);
  })
  .openapi(deleteFeedRoute, async (c) => {
    await deleteFeed(ctxOf(c), c.req.valid('query').networkId ?? null);
    return c.body(null, 204);
  });

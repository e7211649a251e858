import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent as json } from '../../platform/openapi';
import { getOrgHistory } from './org-history.service';
import {
  historyQuery,
  networkParams,
  orgHistorySchema,
  orgParams,
  pictureQuery,
  pictureSchema,
  trendQuery,
  trendSchema,
} from './picture.schemas';
import { getPicture } from './picture.service';
import { getTrend } from './trends.service';

const tags = ['Lägesbild'];

const pictureRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/picture',
  tags,
  summary: 'Lägesbilden för ett nätverk (eller ett län i det) och en omgång',
  description:
    'Beräknas vid varje anrop av de inskickade rapporterna; utkast syns aldrig. Antal personer 1–4 visas som "<5" utom i den egna organisationens rad.',
  request: { params: networkParams, query: pictureQuery },
  responses: { 200: json(pictureSchema, 'Lägesbilden'), ...errorResponses(400, 401, 404) },
});

const trendRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/trends',
  tags,
  summary: 'Utvecklingen av ett nyckeltal eller ett områdes påverkan över de senaste omgångarna',
  request: { params: networkParams, query: trendQuery },
  responses: { 200: json(trendSchema, 'Trenden, äldsta omgången först'), ...errorResponses(400, 401, 404) },
});

const historyRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/organisations/{orgId}/history',
  tags,
  summary: 'En organisations inskickade rapporter i nätverket över tid',
  request: { params: orgParams, query: historyQuery },
  responses: {
    200: json(orgHistorySchema, 'Historiken per mall, nyast först'),
    ...errorResponses(400, 401, 404),
  },
});

export const pictureRoutes = createRouter()
  .openapi(pictureRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const query = c.req.valid('query');
    const picture = await getPicture(ctxOf(c), {
      networkId,
      roundId: query.roundId,
      countyCode: query.county,
      mapFigures: query.mapFigure ? [query.mapFigure] : [],
      locale: c.get('locale'),
    });
    return c.json(picture, 200);
  })
  .openapi(trendRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const query = c.req.valid('query');
    const trend = await getTrend(ctxOf(c), {
      networkId,
      templateId: query.templateId,
      key: query.key,
      rounds: query.rounds,
      countyCode: query.county,
      locale: c.get('locale'),
    });
    return c.json(trend, 200);
  })
  .openapi(historyRoute, async (c) => {
    const { networkId, orgId } = c.req.valid('param');
    const { rounds } = c.req.valid('query');
    return c.json(await getOrgHistory(ctxOf(c), { networkId, orgId, rounds, locale: c.get('locale') }), 200);
  });

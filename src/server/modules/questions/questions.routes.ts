import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import {
  addresseeList,
  answerBody,
  askBody,
  assignBody,
  listQuestionsQuery,
  networkIdParam,
  questionDetail,
  questionIdParam,
  questionList,
  similarList,
  similarQuery,
  tagsBody,
} from './questions.schemas';
import * as service from './questions.service';
import * as workflow from './questions.workflow';

const tags = ['Frågor och svar'];

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/questions',
  tags,
  summary: 'Publicerade frågor och svar, egna frågor eller inkorgen för den tillfrågade organisationen',
  request: { params: networkIdParam, query: listQuestionsQuery },
  responses: { 200: jsonContent(questionList, 'Frågor'), ...errorResponses(400, 401, 404) },
});
const similarRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/questions/similar',
  tags,
  summary: 'Tidigare besvarade frågor som liknar texten (svensk fulltext och trigram), medan man skriver',
  request: { params: networkIdParam, query: similarQuery },
  responses: { 200: jsonContent(similarList, 'Förslag'), ...errorResponses(400, 401, 404) },
});
const addresseesRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/questions/addressees',
  tags,
  summary: 'Vilka frågor kan ställas till: nätverkets myndigheter och samordnaren',
  request: { params: networkIdParam },
  responses: { 200: jsonContent(addresseeList, 'Mottagare'), ...errorResponses(401, 404) },
});
const askRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/questions',
  tags,
  summary: 'Ställ en fråga till en myndighet i nätverket eller till samordnaren',
  request: { params: networkIdParam, body: jsonContent(askBody) },
  responses: { 201: jsonContent(questionDetail, 'Ställd'), ...errorResponses(400, 401, 403, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/questions/{id}',
  tags,
  summary: 'En fråga med svar och vad användaren får göra',
  request: { params: questionIdParam },
  responses: { 200: jsonContent(questionDetail, 'Frågan'), ...errorResponses(400, 401, 404) },
});
const assignRoute = createRoute({
  method: 'post',
  path: '/questions/{id}/assign',
  tags,
  summary: 'Fördela frågan till en person i den tillfrågade organisationen',
  request: { params: questionIdParam, body: jsonContent(assignBody) },
  responses: { 200: jsonContent(questionDetail, 'Fördelad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const answerRoute = createRoute({
  method: 'post',
  path: '/questions/{id}/answer',
  tags,
  summary: 'Besvara frågan; svaret publiceras i nätverket som fråga och svar',
  request: { params: questionIdParam, body: jsonContent(answerBody) },
  responses: { 200: jsonContent(questionDetail, 'Besvarad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const tagsRoute = createRoute({
  method: 'put',
  path: '/questions/{id}/tags',
  tags,
  summary: 'Ändra taggarna på en publicerad fråga (samordnare eller den som svarade)',
  request: { params: questionIdParam, body: jsonContent(tagsBody) },
  responses: { 200: jsonContent(questionDetail, 'Ändrad'), ...errorResponses(400, 401, 403, 404, 409) },
});

export const questionRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.listQuestions(ctxOf(c), networkId, c.req.valid('query')), 200);
  })
  .openapi(similarRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.findSimilar(ctxOf(c), networkId, c.req.valid('query').q), 200);
  })
  .openapi(addresseesRoute, async (c) => {
    return c.json(await service.listAddressees(ctxOf(c), c.req.valid('param').networkId), 200);
  })
  .openapi(askRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const publicUrl = c.get('deps').config.publicUrl;
    return c.json(await workflow.askQuestion(ctxOf(c), networkId, c.req.valid('json'), publicUrl), 201);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await service.getQuestion(ctxOf(c), c.req.valid('param').id), 200);
  })
  .openapi(assignRoute, async (c) => {
    const publicUrl = c.get('deps').config.publicUrl;
    const { id } = c.req.valid('param');
    return c.json(await workflow.assignQuestion(ctxOf(c), id, c.req.valid('json'), publicUrl), 200);
  })
  .openapi(answerRoute, async (c) => {
    const publicUrl = c.get('deps').config.publicUrl;
    const { id } = c.req.valid('param');
    return c.json(await workflow.answerQuestion(ctxOf(c), id, c.req.valid('json'), publicUrl), 200);
  })
  .openapi(tagsRoute, async (c) => {
    const { id } = c.req.valid('param');
    return c.json(await workflow.updateTags(ctxOf(c), id, c.req.valid('json')), 200);
  });

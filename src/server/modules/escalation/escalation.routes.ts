import { createRoute } from '@hono/zod-openapi';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import { escalateBody, escalated, orgEscalations, orgParams, reportParams } from './escalation.schemas';
import { escalateReport, listOrgEscalations } from './escalation.service';

const tags = ['Eskalering'];

const listRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/organisations/{orgId}/escalations',
  tags,
  summary: 'Organisationens rapporter som kan tas upp på nästa möte, med vad de lett till',
  description:
    'Rapporter med Allvarlig eller Kritisk påverkan eller upprepat behov av stöd (senaste 26 omgångarna), med dagordningspunkter, beslut (när protokollet är publicerat) och åtgärder.',
  request: { params: orgParams },
  responses: { 200: jsonContent(orgEscalations, 'Rapporterna'), ...errorResponses(400, 401, 404) },
});

const escalateRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/reports/{reportId}/escalations',
  tags,
  summary: 'Ta upp en rapport på nätverkets nästa möte: dagordningspunkt och åtgärd (samordnare)',
  request: { params: reportParams, body: jsonContent(escalateBody) },
  responses: {
    201: jsonContent(escalated, 'Tillagd på dagordningen'),
    ...errorResponses(400, 401, 403, 404, 422),
  },
});

export const escalationRoutes = createRouter()
  .openapi(listRoute, async (c) => {
    const { networkId, orgId } = c.req.valid('param');
    return c.json(await listOrgEscalations(ctxOf(c), networkId, orgId), 200);
  })
  .openapi(escalateRoute, async (c) => {
    const { networkId, reportId } = c.req.valid('param');
    return c.json(await escalateReport(ctxOf(c), networkId, reportId, c.req.valid('json')), 201);
  });

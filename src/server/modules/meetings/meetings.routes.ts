import { createRoute, z } from '@hono/zod-openapi';
import { downloadHeaders } from '../../platform/export/download';
import { createRouter, ctxOf } from '../../platform/http';
import { errorResponses, jsonContent } from '../../platform/openapi';
import * as actions from './actions.service';
import * as agenda from './agenda.service';
import * as invitations from './invitations.service';
import {
  actionIdParam,
  actionStatusBody,
  actionStatusResponse,
  agendaItemBody,
  agendaItemParam,
  agendaOrderBody,
  attendanceBody,
  createMeetingBody,
  deleteAgendaItemQuery,
  invitationsResponse,
  listMeetingsQuery,
  meetingDetail,
  meetingIdParam,
  meetingListResponse,
  minutesBody,
  minutesPdfQuery,
  minutesStatusBody,
  myActionsQuery,
  myActionsResponse,
  networkIdParam,
  updateMeetingBody,
  versionBody,
} from './meetings.schemas';
import * as service from './meetings.service';
import * as minutes from './minutes.service';
import { exportMinutesPdf } from './minutes-pdf';

const tags = ['Möten'];
const detail = (description: string) => jsonContent(meetingDetail, description);
const binary = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
});

const listRoute = createRoute({
  method: 'get',
  path: '/meetings',
  tags,
  summary: 'Möten i mina nätverk, kommande eller tidigare, med nätverken jag kan välja',
  request: { query: listMeetingsQuery },
  responses: { 200: jsonContent(meetingListResponse, 'Möten'), ...errorResponses(400, 401, 404) },
});
const createMeetingRoute = createRoute({
  method: 'post',
  path: '/networks/{networkId}/meetings',
  tags,
  summary: 'Skapa ett möte i nätverket (samordnare)',
  request: { params: networkIdParam, body: jsonContent(createMeetingBody) },
  responses: { 201: detail('Skapat'), ...errorResponses(400, 401, 403, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}',
  tags,
  summary:
    'Ett möte: dagordning, närvaro, protokoll (om synligt), beslut, åtgärder, uppföljning och historik',
  description:
    'Protokoll i utkast visas bara för samordnare; under granskning och publicerade för nätverkets medlemmar.',
  request: { params: meetingIdParam },
  responses: { 200: detail('Mötet'), ...errorResponses(400, 401, 404) },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/meetings/{id}',
  tags,
  summary: 'Ändra titel, typ, tid eller plats (samordnare); höjer SEQUENCE när tid, plats eller titel ändras',
  request: { params: meetingIdParam, body: jsonContent(updateMeetingBody) },
  responses: { 200: detail('Ändrat'), ...errorResponses(400, 401, 403, 404, 409) },
});
const cancelRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/cancel',
  tags,
  summary: 'Ställ in mötet (samordnare)',
  request: { params: meetingIdParam, body: jsonContent(versionBody) },
  responses: { 200: detail('Inställt'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const addItemRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/agenda-items',
  tags,
  summary: 'Lägg till en punkt sist på dagordningen (samordnare)',
  request: { params: meetingIdParam, body: jsonContent(agendaItemBody) },
  responses: { 201: detail('Tillagd'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const updateItemRoute = createRoute({
  method: 'put',
  path: '/meetings/{id}/agenda-items/{itemId}',
  tags,
  summary: 'Ändra en dagordningspunkt (samordnare)',
  request: { params: agendaItemParam, body: jsonContent(agendaItemBody) },
  responses: { 200: detail('Ändrad'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const deleteItemRoute = createRoute({
  method: 'delete',
  path: '/meetings/{id}/agenda-items/{itemId}',
  tags,
  summary: 'Ta bort en dagordningspunkt (samordnare)',
  request: { params: agendaItemParam, query: deleteAgendaItemQuery },
  responses: { 200: detail('Borttagen'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const orderRoute = createRoute({
  method: 'put',
  path: '/meetings/{id}/agenda-order',
  tags,
  summary: 'Ny ordning för dagordningen: alla punkters id i den nya ordningen (samordnare)',
  request: { params: meetingIdParam, body: jsonContent(agendaOrderBody) },
  responses: { 200: detail('Ordnad'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const attendanceRoute = createRoute({
  method: 'put',
  path: '/meetings/{id}/attendance',
  tags,
  summary: 'Närvaro per organisation och person: närvarande, frånvarande, anmält förhinder (samordnare)',
  request: { params: meetingIdParam, body: jsonContent(attendanceBody) },
  responses: { 200: detail('Sparad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const minutesRoute = createRoute({
  method: 'put',
  path: '/meetings/{id}/minutes',
  tags,
  summary: 'Spara protokollet: anteckningar per punkt, beslut och åtgärder (samordnare)',
  description:
    'Efter publicering är sparandet en rättelse: `correctionReason` krävs och en ny version sparas bredvid de tidigare.',
  request: { params: meetingIdParam, body: jsonContent(minutesBody) },
  responses: { 200: detail('Sparat'), ...errorResponses(400, 401, 403, 404, 409) },
});
const minutesStatusRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/minutes/status',
  tags,
  summary: 'Protokollets status: utkast → granskning → publicerat (samordnare)',
  request: { params: meetingIdParam, body: jsonContent(minutesStatusBody) },
  responses: { 200: detail('Ändrad'), ...errorResponses(400, 401, 403, 404, 409, 422) },
});
const invitationsRoute = createRoute({
  method: 'post',
  path: '/meetings/{id}/invitations',
  tags,
  summary: 'Skicka kallelse (eller inställelse) med e-post till nätverkets användare (samordnare)',
  request: { params: meetingIdParam },
  responses: { 200: jsonContent(invitationsResponse, 'Skickade'), ...errorResponses(401, 403, 404, 422) },
});
const icsRoute = createRoute({
  method: 'get',
  path: '/meetings/{id}/invitation.ics',
  tags,
  summary: 'Mötet som iCalendar-inbjudan (METHOD:REQUEST, CANCEL när inställt)',
  request: { params: meetingIdParam },
  responses: { 200: binary('text/calendar', 'Kalenderfil'), ...errorResponses(401, 404) },
});
const actionStatusRoute = createRoute({
  method: 'patch',
  path: '/action-items/{id}',
  tags,
  summary: 'Markera en åtgärd klar, struken eller öppen (samordnare eller ägaren)',
  request: { params: actionIdParam, body: jsonContent(actionStatusBody) },
  responses: { 200: jsonContent(actionStatusResponse, 'Ändrad'), ...errorResponses(400, 401, 403, 404, 409) },
});
const myActionsRoute = createRoute({
  method: 'get',
  path: '/my/action-items',
  tags,
  summary:
    'Mina åtgärder: åtgärder i publicerade protokoll som jag eller min organisation äger, i alla nätverk',
  request: { query: myActionsQuery },
  responses: { 200: jsonContent(myActionsResponse, 'Åtgärder'), ...errorResponses(401) },
});
const pdfRoute = createRoute({
  method: 'get',
  path: '/networks/{networkId}/minutes.pdf',
  tags,
  summary: 'Nätverkets publicerade protokoll för en period som en PDF',
  request: { params: networkIdParam, query: minutesPdfQuery },
  responses: { 200: binary('application/pdf', 'PDF'), ...errorResponses(400, 401, 404) },
});

export const meetingRoutes = createRouter()
  .openapi(listRoute, async (c) => c.json(await service.listMeetings(ctxOf(c), c.req.valid('query')), 200))
  .openapi(createMeetingRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    return c.json(await service.createMeeting(ctxOf(c), networkId, c.req.valid('json')), 201);
  })
  .openapi(getRoute, async (c) => c.json(await service.getMeeting(ctxOf(c), c.req.valid('param').id), 200))
  .openapi(updateRoute, async (c) =>
    c.json(await service.updateMeeting(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(cancelRoute, async (c) =>
    c.json(await service.cancelMeeting(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(addItemRoute, async (c) =>
    c.json(await agenda.addAgendaItem(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(updateItemRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await agenda.updateAgendaItem(ctxOf(c), id, itemId, c.req.valid('json')), 200);
  })
  .openapi(deleteItemRoute, async (c) => {
    const { id, itemId } = c.req.valid('param');
    return c.json(await agenda.deleteAgendaItem(ctxOf(c), id, itemId, c.req.valid('query')), 200);
  })
  .openapi(orderRoute, async (c) =>
    c.json(await agenda.reorderAgenda(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(attendanceRoute, async (c) =>
    c.json(await service.setAttendance(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(minutesRoute, async (c) =>
    c.json(await minutes.saveMinutes(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(minutesStatusRoute, async (c) =>
    c.json(await minutes.setMinutesStatus(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(invitationsRoute, async (c) => {
    const publicUrl = c.get('deps').config.publicUrl;
    return c.json(await invitations.sendInvitations(ctxOf(c), c.req.valid('param').id, publicUrl), 200);
  })
  .openapi(icsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const ics = await invitations.meetingIcsFile(ctxOf(c), id, c.get('deps').config.publicUrl);
    return c.body(ics, 200, downloadHeaders('text/calendar; charset=utf-8', `mote-${id}.ics`));
  })
  .openapi(actionStatusRoute, async (c) =>
    c.json(await actions.setActionStatus(ctxOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(myActionsRoute, async (c) =>
    c.json(await actions.listMyActions(ctxOf(c), c.req.valid('query')), 200),
  )
  .openapi(pdfRoute, async (c) => {
    const { networkId } = c.req.valid('param');
    const file = await exportMinutesPdf(ctxOf(c), networkId, {
      ...c.req.valid('query'),
      locale: c.get('locale'),
    });
    return c.body(new Uint8Array(file.body), 200, downloadHeaders('application/pdf', file.filename));
  });

import { z } from '@hono/zod-openapi';
import { contactFunctions } from '../../db/schema/accounts';
import { bulletinAudiences, bulletinUrgencies } from '../../db/schema/bulletins';

export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const bulletinIdParam = z.object({ id: z.string().uuid() });

export const listBulletinsQuery = z.object({
  networkId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const sendBody = z
  .object({
    title: z.string().trim().min(3).max(200),
    body: z.string().trim().min(1).max(10000),
    urgency: z.enum(bulletinUrgencies),
    audience: z.enum(bulletinAudiences),
    /** Required when audience is 'functions'. */
    functions: z.array(z.enum(contactFunctions)).max(contactFunctions.length).default([]),
  })
  .openapi('SendBulletinBody');

const counts = z.object({
  total: z.number().int(),
  read: z.number().int(),
  acknowledged: z.number().int(),
  pending: z.number().int(),
});

export const bulletinSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    networkName: z.string(),
    title: z.string(),
    urgency: z.enum(bulletinUrgencies),
    audience: z.enum(bulletinAudiences),
    functions: z.array(z.enum(contactFunctions)),
    senderName: z.string(),
    senderOrgName: z.string(),
    sentAt: z.string(),
    /** The actor's own receipt, when the actor is an addressee. */
    receipt: z.object({ readAt: z.string().nullable(), acknowledgedAt: z.string().nullable() }).nullable(),
    isSender: z.boolean(),
    /** Receipt totals, for the sender and the network's coordinators only. */
    counts: counts.nullable(),
  })
  .openapi('BulletinSummary');

export const bulletinList = z
  .object({
    bulletins: z.array(bulletinSummary),
    /** Networks in which the actor may send bulletins. */
    sendableNetworks: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  })
  .openapi('BulletinList');

export const recipientRow = z.object({
  userId: z.string().uuid(),
  name: z.string(),
  orgName: z.string(),
  deliveredAt: z.string(),
  readAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  mailCount: z.number().int(),
});

export const bulletinDetail = z
  .object({
    bulletin: bulletinSummary.extend({
      body: z.string(),
      resendCount: z.number().int(),
      lastResentAt: z.string().nullable(),
    }),
    canAcknowledge: z.boolean(),
    canResend: z.boolean(),
    /** Per recipient, for the sender and the network's coordinators; otherwise empty. */
    recipients: z.array(recipientRow),
  })
  .openapi('BulletinDetail');

export const resendResponse = z
  .object({ resent: z.number().int(), detail: bulletinDetail })
  .openapi('BulletinResend');

export const alarmList = z
  .object({
    alarms: z.array(
      z.object({
        id: z.string().uuid(),
        title: z.string(),
        networkName: z.string(),
        senderOrgName: z.string(),
        sentAt: z.string(),
      }),
    ),
  })
  .openapi('AlarmList');

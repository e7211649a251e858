import { z } from '@hono/zod-openapi';
import { networkEventKinds } from '../../db/schema/calendar';

export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const eventIdParam = z.object({ id: z.string().uuid() });

const instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-04-14T12:00:00+02:00' });
const day = z.iso.date().openapi({ example: '2026-04-14' });
const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), { message: 'invalid_format' });

export const entryKinds = [
  'meeting',
  'webinar',
  'lunch_meeting',
  'event',
  'round_deadline',
  'consultation_deadline',
] as const;

/**
 * Timed events give `startsAt` (and optionally `endsAt`); all-day events give `startDate`
 * (and optionally `endDate`, the last day). The service checks the combination.
 */
export const eventInput = z
  .object({
    kind: z.enum(networkEventKinds),
    title: z.string().trim().min(1).max(200),
    allDay: z.boolean().default(false),
    startsAt: instant.optional(),
    endsAt: instant.nullable().optional(),
    startDate: day.optional(),
    endDate: day.nullable().optional(),
    location: z.string().trim().max(300).default(''),
    url: httpUrl.default(''),
    description: z.string().trim().max(5000).default(''),
  })
  .openapi('NetworkEventInput');

export const createEventBody = eventInput;
export const updateEventBody = eventInput
  .extend({ version: z.number().int().min(1) })
  .openapi('NetworkEventUpdate');
export const cancelEventBody = z.object({ version: z.number().int().min(1) }).openapi('NetworkEventCancel');

export const networkEvent = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    kind: z.enum(networkEventKinds),
    title: z.string(),
    allDay: z.boolean(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    location: z.string(),
    url: z.string(),
    description: z.string(),
    cancelled: z.boolean(),
    sequence: z.number().int(),
    version: z.number().int(),
    updatedAt: z.string(),
    canManage: z.boolean(),
  })
  .openapi('NetworkEvent');

export const calendarQuery = z.object({
  from: day,
  to: day,
  networkId: z.string().uuid().optional(),
});

export const calendarEntry = z
  .object({
    uid: z.string(),
    kind: z.enum(entryKinds),
    networkId: z.string().uuid(),
    networkName: z.string(),
    title: z.string(),
    start: z.string(),
    end: z.string().nullable(),
    allDay: z.boolean(),
    /** All-day entries: first and last day (Europe/Stockholm). */
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    location: z.string(),
    url: z.string(),
    description: z.string(),
    cancelled: z.boolean(),
    path: z.string().nullable(),
    /** Network events only: the id to edit it by. */
    eventId: z.string().uuid().nullable(),
  })
  .openapi('CalendarEntry');

export const calendarNetwork = z
  .object({ id: z.string().uuid(), name: z.string(), canManage: z.boolean() })
  .openapi('CalendarNetwork');

export const calendarResponse = z
  .object({ entries: z.array(calendarEntry), networks: z.array(calendarNetwork) })
  .openapi('Calendar');

export const feedScopeBody = z
  .object({ networkId: z.string().uuid().nullable() })
  .openapi('CalendarFeedScope');

export const feedInfo = z
  .object({
    networkId: z.string().uuid().nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi('CalendarFeed');

export const feedList = z.object({ feeds: z.array(feedInfo) }).openapi('CalendarFeeds');

/** The secret URL is shown once, when created or rotated. */
export const feedCreated = feedInfo
  .extend({ token: z.string(), path: z.string(), url: z.string() })
  .openapi('CalendarFeedCreated');

/** `<secret token>.ics`: the extension is part of the one path segment, for clients that want it. */
export const feedFileParam = z.object({
  file: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}\.ics$/)
    .openapi({ param: { name: 'file', in: 'path' }, example: 'Zk3q…hemlig-token.ics' }),
});

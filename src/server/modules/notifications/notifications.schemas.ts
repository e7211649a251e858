import { z } from '@hono/zod-openapi';

export const notificationView = z
  .object({
    id: z.string().uuid(),
    kind: z.string().openapi({ example: 'reminder' }),
    payload: z.record(z.string(), z.unknown()),
    /** A path inside the app to open, when the notice points somewhere. */
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');

export const notificationList = z
  .object({ items: z.array(notificationView), unread: z.number().int().min(0) })
  .openapi('NotificationList');

export const notificationQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(30)
    .openapi({ param: { name: 'limit', in: 'query' } }),
});

export const notificationParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const unreadCount = z.object({ unread: z.number().int().min(0) }).openapi('NotificationUnread');

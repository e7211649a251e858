import { z } from '@hono/zod-openapi';

export const mailView = z
  .object({
    id: z.string().uuid(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(['queued', 'sent', 'failed']),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('DevMail');

export const mailboxResponse = z.object({ mails: z.array(mailView) }).openapi('DevMailbox');

export const mailboxQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ param: { name: 'limit', in: 'query' } }),
  to: z
    .string()
    .trim()
    .max(254)
    .optional()
    .openapi({ param: { name: 'to', in: 'query' }, description: 'Filtrera på mottagare (del av adress)' }),
});

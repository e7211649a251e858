import { z } from '@hono/zod-openapi';

export const apiTokenView = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'Tokenets första tecken, för att skilja nycklar åt' }),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const apiTokenList = z.object({ tokens: z.array(apiTokenView) }).openapi('ApiTokenList');

export const createApiTokenBody = z
  .object({ name: z.string().trim().min(1).max(100) })
  .openapi('CreateApiTokenBody');

export const createdApiToken = z
  .object({
    token: apiTokenView,
    secret: z.string().openapi({ description: 'Själva nyckeln. Visas bara denna gång.' }),
  })
  .openapi('CreatedApiToken');

export const apiTokenParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

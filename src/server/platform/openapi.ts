import { z } from '@hono/zod-openapi';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation' }),
      message: z.string().openapi({ description: 'Översatt meddelande enligt Accept-Language' }),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .openapi('Error');

const descriptions: Record<number, string> = {
  400: 'Ogiltig begäran',
  401: 'Inte inloggad',
  403: 'Saknar behörighet',
  404: 'Finns inte',
  409: 'Konflikt med en nyare version',
  413: 'För stor begäran',
  415: 'Filtypen stöds inte',
  422: 'Kan inte behandlas',
  429: 'För många försök',
};

/** The error responses a route can give, all with the one error body. */
export function errorResponses<S extends number>(...statuses: S[]) {
  const out = {} as Record<
    S,
    { description: string; content: { 'application/json': { schema: typeof errorSchema } } }
  >;
  for (const s of statuses) {
    out[s] = {
      description: descriptions[s] ?? 'Fel',
      content: { 'application/json': { schema: errorSchema } },
    };
  }
  return out;
}

export function jsonContent<T extends z.ZodType>(schema: T, description = '') {
  return { content: { 'application/json': { schema } }, description, required: true };
}

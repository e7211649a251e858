import { z } from '@hono/zod-openapi';
import { parseIsoWeek } from '../../../core/time/iso-week';

const uuid = z.string().uuid();

export const networkParams = z.object({
  networkId: uuid.openapi({ param: { name: 'networkId', in: 'path' } }),
});

export const pictureExportQuery = z.object({
  roundId: uuid.optional().openapi({ description: 'Omgång; utan den den senast öppnade' }),
  county: z
    .string()
    .regex(/^\d{2}$/, 'invalid_format')
    .optional()
    .openapi({
      description: 'Länskod, två siffror: lägesbilden för nätverkets medlemmar i länet',
      example: '14',
    }),
  area: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,47}$/, 'invalid_format')
    .optional()
    .openapi({
      description: 'PDF: kartan färgas efter detta område i stället för högsta påverkan i något område',
    }),
});

const isoWeek = z
  .string()
  .refine((value) => parseIsoWeek(value) !== null, 'invalid_format')
  .openapi({ description: 'ISO-vecka, t.ex. 2026-W47', example: '2026-W47' });

export const answersExportQuery = z.object({
  templateId: uuid.openapi({ description: 'Mallen vars rapporter exporteras' }),
  fromWeek: isoWeek
    .optional()
    .openapi({ description: 'Första veckan (ISO), utan den från början', example: '2016-W47' }),
  toWeek: isoWeek
    .optional()
    .openapi({ description: 'Sista veckan (ISO), utan den till sista omgången', example: '2026-W47' }),
});

export const binaryFile = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: { type: 'string' as const, format: 'binary' } } },
});

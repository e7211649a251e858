import { z } from '@hono/zod-openapi';

export const importRoundParams = z.object({
  roundId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'roundId', in: 'path' } }),
});

export const importBody = z
  .object({
    // 'required' as the message makes the field error read "Obligatoriskt fält." when no file came.
    file: z
      .custom<File>((value) => value instanceof File, { message: 'required' })
      .openapi({ type: 'string', format: 'binary', description: '.csv (UTF-8, ; eller ,) eller .xlsx' }),
    mode: z.enum(['dry_run', 'commit']).default('dry_run').openapi({
      description: 'dry_run visar vad som skulle hända utan att spara; commit sparar allt eller inget',
    }),
  })
  .openapi('ImportUpload');

export const importError = z
  .object({
    row: z.number().int().openapi({ description: 'Radnummer som i kalkylbladet (rubrikraden är 1)' }),
    column: z.string().openapi({ example: 'figure:smittade_brukare' }),
    columnLetter: z.string().nullable().openapi({ example: 'D' }),
    code: z.string(),
    message: z.string().openapi({ description: 'Översatt felmeddelande' }),
    value: z.string().nullable().openapi({ description: 'Cellens innehåll' }),
    params: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  })
  .openapi('ImportError');

export const importResult = z
  .object({
    mode: z.enum(['dry_run', 'commit']),
    format: z.enum(['csv', 'xlsx']),
    rows: z.number().int().openapi({ description: 'Datarader i filen' }),
    skipped: z
      .number()
      .int()
      .openapi({ description: 'Rader med bara organisationen ifylld, som hoppas över' }),
    organisations: z.array(
      z.object({
        row: z.number().int(),
        orgId: z.string().uuid(),
        code: z.string().nullable(),
        name: z.string(),
        action: z.enum(['create', 'update']),
      }),
    ),
    errors: z.array(importError),
    wouldCreate: z.number().int(),
    wouldUpdate: z.number().int(),
    imported: z.number().int().openapi({ description: 'Inskickade rapporter (0 vid dry_run)' }),
  })
  .openapi('ImportResult');

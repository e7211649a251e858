import { z } from '@hono/zod-openapi';

export const networkParams = z.object({
  networkId: z
    .string()
    .uuid()
    .openapi({ param: { name: 'networkId', in: 'path' } }),
});

export const attachmentParams = z.object({
  id: z
    .string()
    .uuid()
    .openapi({ param: { name: 'id', in: 'path' } }),
});

export const uploadBody = z
  .object({
    // 'required' as the message makes the field error read "Obligatoriskt fält." when no file came.
    file: z
      .custom<File>((value) => value instanceof File, { message: 'required' })
      .openapi({
        type: 'string',
        format: 'binary',
        description: 'PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG eller JPEG; högst 25 MB som standard',
      }),
    visibility: z.enum(['network', 'private']).default('network').openapi({
      description: 'private: bara den egna organisationen och nätverkets samordnare',
    }),
  })
  .openapi('AttachmentUpload');

export const attachmentSummary = z
  .object({
    id: z.string().uuid(),
    filename: z.string(),
    contentType: z.string().openapi({ example: 'application/pdf' }),
    size: z.number().int().openapi({ description: 'Storlek i byte' }),
  })
  .openapi('Attachment');

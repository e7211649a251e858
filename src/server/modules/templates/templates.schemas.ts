import { z } from '@hono/zod-openapi';
import { templateDefinition } from '../../../core/reports/template-definition';

export const networkIdParam = z.object({ networkId: z.string().uuid() });
export const templateIdParam = z.object({ id: z.string().uuid() });
export const templateVersionParam = z.object({
  id: z.string().uuid(),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

const name = z.string().trim().min(1).max(200);
const description = z.string().trim().max(2000);
/** Checked in the service against TemplateDefinition, so errors carry full paths. */
const definitionInput = z.unknown().openapi({
  description: 'Mallens definition (schemat TemplateDefinition): områden, nyckeltal och fritexter.',
});

export const createTemplateBody = z
  .object({ name, description: description.default(''), definition: definitionInput })
  .openapi('CreateTemplateBody');

export const updateDefinitionBody = z
  .object({
    definition: definitionInput,
    /** The version the edit started from; a newer current version answers 409. */
    baseVersion: z.number().int().min(1),
  })
  .openapi('UpdateTemplateDefinitionBody');

export const patchTemplateBody = z
  .object({ name: name.optional(), description: description.optional(), isActive: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.description !== undefined || b.isActive !== undefined, {
    message: 'required',
  })
  .openapi('PatchTemplateBody');

/**
 * The core schema, used as is: calling `.openapi()` on it would depend on the import order
 * (zod 4 adds the method to instances made after @hono/zod-openapi loads).
 */
export const definitionSchema = templateDefinition;

export const templateSummary = z
  .object({
    id: z.string().uuid(),
    networkId: z.string().uuid(),
    name: z.string(),
    description: z.string(),
    isActive: z.boolean(),
    currentVersion: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('TemplateSummary');

export const templateVersionInfo = z
  .object({
    version: z.number().int(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  })
  .openapi('TemplateVersionInfo');

export const templateListResponse = z.object({ templates: z.array(templateSummary) }).openapi('TemplateList');

export const templateDetail = z
  .object({
    template: templateSummary,
    definition: definitionSchema,
    versions: z.array(templateVersionInfo),
    canEdit: z.boolean(),
  })
  .openapi('TemplateDetail');

export const templateVersionResponse = z
  .object({
    templateId: z.string().uuid(),
    version: z.number().int(),
    isCurrent: z.boolean(),
    createdAt: z.string(),
    createdBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
    definition: definitionSchema,
  })
  .openapi('TemplateVersion');

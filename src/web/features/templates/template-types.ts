import type { TemplateDefinition } from '../../../core/reports/template-definition';

export type { TemplateDefinition };

/** GET /api/networks/:networkId/templates items. */
export interface TemplateSummary {
  id: string;
  networkId: string;
  name: string;
  description: string;
  isActive: boolean;
  currentVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface TemplateVersionInfo {
  version: number;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
}

/** GET /api/templates/:id, and the answer of PUT and PATCH. */
export interface TemplateDetail {
  template: TemplateSummary;
  definition: TemplateDefinition;
  versions: TemplateVersionInfo[];
  canEdit: boolean;
}

/** GET /api/templates/:id/versions/:version. */
export interface TemplateVersionDetail {
  templateId: string;
  version: number;
  isCurrent: boolean;
  createdAt: string;
  createdBy: { id: string; name: string } | null;
  definition: TemplateDefinition;
}

import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { receptionDefinition } from './reception-template';
import { socialServicesDefinition } from './social-services-template';

/**
 * The two report templates Samla ships with. Keys are stable: the picture and the trends
 * compare figures by key across template versions, so renaming a key starts a new series.
 */

export const SOCIAL_SERVICES_NETWORK_SLUG = 'socialchefsnatverket';
export const RECEPTION_NETWORK_SLUG = 'gr-mottagande';
export const SOCIAL_SERVICES_TEMPLATE_NAME = 'Socialtjänstens lägesrapport';
export const RECEPTION_TEMPLATE_NAME = 'Mottagande av skyddsbehövande';

export { receptionDefinition, socialServicesDefinition };

export interface StandardTemplate {
  networkSlug: string;
  name: string;
  description: string;
  definition: TemplateDefinition;
}

export const standardTemplates: readonly StandardTemplate[] = [
  {
    networkSlug: SOCIAL_SERVICES_NETWORK_SLUG,
    name: SOCIAL_SERVICES_TEMPLATE_NAME,
    description:
      'Veckovis lägesrapport om påverkan på socialtjänstens verksamheter, personal och skyddsutrustning.',
    definition: socialServicesDefinition,
  },
  {
    networkSlug: RECEPTION_NETWORK_SLUG,
    name: RECEPTION_TEMPLATE_NAME,
    description: 'Veckovis rapport om mottagande, boende och anvisningar av skyddsbehövande.',
    definition: receptionDefinition,
  },
];

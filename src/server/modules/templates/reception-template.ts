import type { TemplateDefinition } from '../../../core/reports/template-definition';
import { count, needsText, persons } from './standard-figures';

/** "Mottagande av skyddsbehövande": reception and housing of persons in need of protection. */
export const receptionDefinition: TemplateDefinition = {
  areas: [
    {
      key: 'mottagande_boende',
      label: { sv: 'Mottagande och boende', en: 'Reception and housing' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        persons(
          'lma_housing_persons',
          'Personer i kommunalt boende enligt LMA',
          'Persons in municipal housing under LMA',
        ),
        count('free_places', 'Lediga platser', 'Free places', 'platser'),
        persons('anvisningar_week', 'Anvisningar mottagna denna vecka', 'Assignments received this week'),
        count(
          'contracts_ending',
          'Hushåll vars boendekontrakt upphör inom 3 månader',
          'Households whose housing contract ends within 3 months',
          'hushåll',
        ),
        persons(
          'temporary_protection_registered',
          'Registrerade personer med tillfälligt skydd',
          'Registered persons with temporary protection',
        ),
      ],
    },
  ],
  figures: [],
  texts: [needsText],
};

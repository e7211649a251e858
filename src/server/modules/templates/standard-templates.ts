import type { FigureDefinition, TemplateDefinition } from '../../../core/reports/template-definition';

/**
 * The two report templates Samla ships with. Keys are stable: the picture and the trends
 * compare figures by key across template versions, so renaming a key starts a new series.
 */

export const SOCIAL_SERVICES_NETWORK_SLUG = 'socialchefsnatverket';
export const RECEPTION_NETWORK_SLUG = 'gr-mottagande';

function persons(key: string, sv: string, en: string): FigureDefinition {
  return { key, label: { sv, en }, type: 'integer', unit: 'personer', min: 0, required: false, countsPersons: true };
}

function absence(key: string): FigureDefinition {
  return {
    key,
    label: { sv: 'Personalfrånvaro', en: 'Staff absence' },
    type: 'percent',
    unit: '%',
    min: 0,
    max: 100,
    required: false,
    countsPersons: false,
  };
}

function protectiveDays(key: string): FigureDefinition {
  return {
    key,
    label: { sv: 'Dagar kvar av skyddsutrustning', en: 'Days of protective equipment left' },
    type: 'integer',
    unit: 'dagar',
    min: 0,
    max: 365,
    required: false,
    countsPersons: false,
  };
}

const infectedUsersLabel = { sv: 'Bekräftat smittade brukare', en: 'Confirmed infected service users' };
const infectedStaffLabel = { sv: 'Bekräftat smittad personal', en: 'Confirmed infected staff' };

export const socialServicesDefinition: TemplateDefinition = {
  areas: [
    {
      key: 'sabo',
      label: { sv: 'Äldreomsorg – särskilt boende (SÄBO)', en: 'Elderly care – residential care homes' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        persons('sabo_infected_users', infectedUsersLabel.sv, infectedUsersLabel.en),
        persons('sabo_infected_staff', infectedStaffLabel.sv, infectedStaffLabel.en),
        absence('sabo_staff_absence'),
        protectiveDays('sabo_protective_days'),
      ],
    },
    {
      key: 'hemtjanst',
      label: { sv: 'Hemtjänst', en: 'Home care' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        persons('hemtjanst_infected_users', infectedUsersLabel.sv, infectedUsersLabel.en),
        persons('hemtjanst_infected_staff', infectedStaffLabel.sv, infectedStaffLabel.en),
        absence('hemtjanst_staff_absence'),
        protectiveDays('hemtjanst_protective_days'),
      ],
    },
    {
      key: 'lss',
      label: { sv: 'Funktionsstöd (LSS)', en: 'Disability support (LSS)' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        persons('lss_infected_staff', infectedStaffLabel.sv, infectedStaffLabel.en),
        absence('lss_staff_absence'),
        protectiveDays('lss_protective_days'),
      ],
    },
    {
      key: 'ifo',
      label: { sv: 'Individ- och familjeomsorg', en: 'Individual and family care' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        persons('ifo_infected_staff', infectedStaffLabel.sv, infectedStaffLabel.en),
        absence('ifo_staff_absence'),
      ],
    },
    {
      key: 'ekonomiskt_bistand',
      label: { sv: 'Ekonomiskt bistånd', en: 'Financial assistance' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        absence('ekb_staff_absence'),
        {
          key: 'ekb_new_applications',
          label: { sv: 'Nya ansökningar under veckan', en: 'New applications this week' },
          type: 'integer',
          unit: 'hushåll',
          min: 0,
          required: false,
          countsPersons: false,
        },
      ],
    },
    {
      key: 'mottagande',
      label: {
        sv: 'Mottagande av nyanlända och skyddsbehövande',
        en: 'Reception of newly arrived and persons in need of protection',
      },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        absence('mottagande_staff_absence'),
        persons('mottagande_arrived', 'Mottagna personer under veckan', 'Persons received this week'),
      ],
    },
  ],
  figures: [
    absence('total_staff_absence'),
    persons('total_infected_staff', 'Bekräftat smittad personal totalt', 'Confirmed infected staff in total'),
  ],
  texts: [
    {
      key: 'needs',
      label: { sv: 'Behov av samordning och stöd', en: 'Needs of coordination and support' },
      required: false,
      maxLength: 4000,
    },
    { key: 'other', label: { sv: 'Övrigt', en: 'Other' }, required: false, maxLength: 4000 },
  ],
};

export const receptionDefinition: TemplateDefinition = {
  areas: [
    {
      key: 'mottagande_boende',
      label: { sv: 'Mottagande och boende', en: 'Reception and housing' },
      impactMode: 'either',
      commentRequiredFrom: 4,
      figures: [
        persons('lma_housing_persons', 'Personer i kommunalt boende enligt LMA', 'Persons in municipal housing under LMA'),
        {
          key: 'free_places',
          label: { sv: 'Lediga platser', en: 'Free places' },
          type: 'integer',
          unit: 'platser',
          min: 0,
          required: false,
          countsPersons: false,
        },
        persons('anvisningar_week', 'Anvisningar mottagna denna vecka', 'Assignments received this week'),
        {
          key: 'contracts_ending',
          label: {
            sv: 'Hushåll vars boendekontrakt upphör inom 3 månader',
            en: 'Households whose housing contract ends within 3 months',
          },
          type: 'integer',
          unit: 'hushåll',
          min: 0,
          required: false,
          countsPersons: false,
        },
        persons(
          'temporary_protection_registered',
          'Personer med tillfälligt skydd folkbokförda/registrerade',
          'Persons with temporary protection registered',
        ),
      ],
    },
  ],
  figures: [],
  texts: [
    {
      key: 'needs',
      label: { sv: 'Behov av samordning och stöd', en: 'Needs of coordination and support' },
      required: false,
      maxLength: 4000,
    },
  ],
};

export interface StandardTemplate {
  networkSlug: string;
  name: string;
  description: string;
  definition: TemplateDefinition;
}

export const standardTemplates: readonly StandardTemplate[] = [
  {
    networkSlug: SOCIAL_SERVICES_NETWORK_SLUG,
    name: 'Socialtjänstens lägesrapport',
    description: 'Veckovis lägesrapport om påverkan på socialtjänstens verksamheter, personal och skyddsutrustning.',
    definition: socialServicesDefinition,
  },
  {
    networkSlug: RECEPTION_NETWORK_SLUG,
    name: 'Mottagande av skyddsbehövande',
    description: 'Veckovis rapport om mottagande, boende och anvisningar av skyddsbehövande.',
    definition: receptionDefinition,
  },
];

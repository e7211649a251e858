import type { AreaDefinition, TemplateDefinition } from '../../../core/reports/template-definition';
import {
  absence,
  count,
  infectedStaff,
  infectedUsers,
  needsText,
  persons,
  protectiveDays,
} from './standard-figures';

function area(key: string, sv: string, en: string, figures: AreaDefinition['figures']): AreaDefinition {
  return { key, label: { sv, en }, impactMode: 'either', commentRequiredFrom: 4, figures };
}

/**
 * "Socialtjänstens lägesrapport": six areas, each with an impact level and a comment
 * required from Allvarlig, 27 key figures and two texts — about 40 values a report.
 */
export const socialServicesDefinition: TemplateDefinition = {
  areas: [
    area('sabo', 'Äldreomsorg – särskilt boende (SÄBO)', 'Elderly care – residential care homes', [
      infectedUsers('sabo_infected_users'),
      infectedStaff('sabo_infected_staff'),
      persons(
        'sabo_deceased',
        'Avlidna brukare med bekräftad smitta',
        'Deceased users with confirmed infection',
      ),
      absence('sabo_staff_absence'),
      protectiveDays('sabo_protective_days'),
      count('sabo_free_places', 'Lediga platser', 'Free places', 'platser'),
    ]),
    area('hemtjanst', 'Hemtjänst', 'Home care', [
      infectedUsers('hemtjanst_infected_users'),
      infectedStaff('hemtjanst_infected_staff'),
      absence('hemtjanst_staff_absence'),
      protectiveDays('hemtjanst_protective_days'),
      count(
        'hemtjanst_missed_visits',
        'Besök som inte kunnat utföras',
        'Visits that could not be made',
        'besök',
      ),
    ]),
    area('lss', 'Funktionsstöd (LSS)', 'Disability support (LSS)', [
      infectedUsers('lss_infected_users'),
      infectedStaff('lss_infected_staff'),
      absence('lss_staff_absence'),
      protectiveDays('lss_protective_days'),
    ]),
    area('ifo', 'Individ- och familjeomsorg', 'Individual and family care', [
      infectedStaff('ifo_infected_staff'),
      absence('ifo_staff_absence'),
      persons('ifo_reports_of_concern', 'Orosanmälningar under veckan', 'Reports of concern this week'),
    ]),
    area('ekonomiskt_bistand', 'Ekonomiskt bistånd', 'Financial assistance', [
      absence('ekb_staff_absence'),
      count('ekb_new_applications', 'Nya ansökningar under veckan', 'New applications this week', 'hushåll'),
      count('ekb_waiting_days', 'Väntetid till nybesök', 'Waiting time for a first meeting', 'dagar', 365),
    ]),
    area(
      'mottagande',
      'Mottagande av nyanlända och skyddsbehövande',
      'Reception of newly arrived and persons in need of protection',
      [
        absence('mottagande_staff_absence'),
        persons('mottagande_arrived', 'Mottagna personer under veckan', 'Persons received this week'),
        persons(
          'mottagande_temporary_protection',
          'Personer med tillfälligt skydd i kommunens boende',
          'Persons with temporary protection in municipal housing',
        ),
        count('mottagande_free_places', 'Lediga boendeplatser', 'Free housing places', 'platser'),
      ],
    ),
  ],
  figures: [
    absence('total_staff_absence'),
    persons('total_infected_staff', 'Bekräftat smittad personal totalt', 'Confirmed infected staff in total'),
  ],
  texts: [
    needsText,
    { key: 'other', label: { sv: 'Övrigt', en: 'Other' }, required: false, maxLength: 4000 },
  ],
};
